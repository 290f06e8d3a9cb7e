import { DEFAULT_VIEW_STATE, parseUrlState, type UrlStateContext } from './urlState';

/**
 * How the map takes each value a link carries, one parameter at a time: accepted (it changes the view) or
 * fallen back (the default stands; unknown parameter names are ignored). For the reliability counts.
 */
export function linkCounts(queries: readonly string[], known: UrlStateContext): { values: number; accepted: number; fellBack: number } {
  let accepted = 0;
  let fellBack = 0;
  for (const query of queries) {
    for (const pair of query.replace(/^\?/, '').split('&')) {
      const state = parseUrlState(pair, known);
      if (JSON.stringify(state) === JSON.stringify(DEFAULT_VIEW_STATE)) fellBack++;
      else accepted++;
    }
  }
  return { values: accepted + fellBack, accepted, fellBack };
}
