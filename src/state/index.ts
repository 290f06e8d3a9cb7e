export {
  DEFAULT_VIEW_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlStateContext,
  type ViewState,
} from './urlState';
