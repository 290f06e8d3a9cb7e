export { describeMoment } from './describeMoment';
export { parseSyriaTime, syriaDay, SYRIA_UTC_OFFSET, type Bound } from './parseSyriaTime';
export { momentIndexAtOrBefore, timeline, type Timeline } from './timeline';
