import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createUrlStore, type SettledState, type UrlStore } from '../state/urlStore';
import type { UrlStateContext, ViewState } from '../state/urlState';

/**
 * The page's view, kept in the address (see createUrlStore), made once for the page and following Back and
 * Forward while it is shown. Components read it with useUrlValue or useSettledState.
 */
export function useUrlStore(known: UrlStateContext, options: { history?: 'push' | 'replace' } = {}): UrlStore {
  const { history = 'push' } = options;
  const store = useMemo(() => createUrlStore(known, { history }), [known, history]);
  useEffect(() => store.followHistory(), [store]);
  return store;
}

/**
 * One field of the view (or something worked out from it that is the same value while the field is): the
 * component re-renders when that changes and not otherwise.
 */
export function useUrlValue<T>(store: UrlStore, select: (state: ViewState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** The whole view, the date included: for the few parts that write a link to it (they re-render on every change). */
export function useWholeState(store: UrlStore): ViewState {
  return useSyncExternalStore(store.subscribe, store.get);
}

/** Every field but the date: a slider step re-renders none of the components that read only this. */
export function useSettledState(store: UrlStore): SettledState {
  return useSyncExternalStore(store.subscribe, store.getSettled);
}
