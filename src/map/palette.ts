import type { Status } from '../model/vocabulary';

/**
 * Colours from the Okabe–Ito palette, chosen to stay apart under the common colour-vision deficiencies; the
 * map never relies on them alone (hatching marks contested and disputed places, and every status is written
 * out in the panel and the legend, in the words the app passes down: this folder holds no words).
 */
export const STATUS_COLOURS: Record<Status, string> = {
  government: '#D55E00',
  opposition: '#0072B2',
  sdf: '#CC79A7',
  contested: '#6b6b6b',
  unknown: '#a8a8a0',
};
