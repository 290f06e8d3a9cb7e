import { useCallback, useEffect, useRef, useState } from 'react';
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
  const current = useRef(state);
  // History is written a moment after the last change, not on every step: each write makes Chromium fetch
  // the favicon again and costs more the larger the page, which was most of a slider step's time. A burst
  // of steps (a held arrow key, a drag) becomes one history entry.
  const pending = useRef<{ timer: number; push: boolean } | null>(null);

  useEffect(
    function followHistory() {
      const onPopState = () => {
        if (pending.current) window.clearTimeout(pending.current.timer);
        pending.current = null;
        current.current = parseUrlState(window.location.search, known);
        setState(current.current);
      };
      window.addEventListener('popstate', onPopState);
      return function stopFollowingHistory() {
        window.removeEventListener('popstate', onPopState);
      };
    },
    [known],
  );

  const update = useCallback(
    (patch: Partial<ViewState>, mode: 'push' | 'replace' = 'push') => {
      current.current = { ...current.current, ...patch };
      setState(current.current);
      const push = (pending.current?.push ?? false) || (mode === 'push' && history === 'push');
      if (pending.current) window.clearTimeout(pending.current.timer);
      const timer = window.setTimeout(() => {
        pending.current = null;
        const search = serializeUrlState(current.current);
        if (search === window.location.search) return;
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        if (push) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }, HISTORY_DELAY_MS);
      pending.current = { timer, push };
    },
    [history],
  );

  return [state, update] as const;
}

/** Long enough to span the steps of a held key or a drag, short enough that a copied link is current. */
const HISTORY_DELAY_MS = 250;
