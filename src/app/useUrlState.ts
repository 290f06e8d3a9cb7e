import { useCallback, useEffect, useState } from 'react';
import { parseUrlState, serializeUrlState, type ViewState } from '../state/urlState';

export interface UrlStateKnown {
  placeIds: ReadonlySet<string>;
  span: { start: string; end: string };
}

/**
 * The view lives in the URL query string: a reload or a shared link restores it, and back and forward step
 * through the reader's choices. `push` adds a history entry (a chosen place, a date); `replace` does not
 * (panning the map, dragging the slider). An embed passes `history: 'replace'`: an iframe shares the host
 * page's history, so its entries would make the reader's Back button step the map instead of leaving the page.
 */
export function useUrlState(known: UrlStateKnown, { history = 'push' }: { history?: 'push' | 'replace' } = {}) {
  const [state, setState] = useState<ViewState>(() => parseUrlState(window.location.search, known));

  useEffect(
    function followHistory() {
      const onPopState = () => setState(parseUrlState(window.location.search, known));
      window.addEventListener('popstate', onPopState);
      return function stopFollowingHistory() {
        window.removeEventListener('popstate', onPopState);
      };
    },
    [known],
  );

  const update = useCallback((patch: Partial<ViewState>, mode: 'push' | 'replace' = 'push') => {
    setState((previous) => {
      const next = { ...previous, ...patch };
      const search = serializeUrlState(next);
      if (search !== window.location.search) {
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        if (mode === 'push' && history === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      return next;
    });
  }, [history]);

  return [state, update] as const;
}
