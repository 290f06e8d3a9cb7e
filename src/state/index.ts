export {
  DEFAULT_VIEW_STATE,
  linkLanguage,
  parseUrlState,
  serializeUrlState,
  type UrlStateContext,
  type ViewState,
} from './urlState';
