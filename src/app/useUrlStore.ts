import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { createUrlStore, type SettledState, type UrlStore } from '../state/urlStore';
import type { UrlStateContext, ViewState } from '../state/urlState';

/**
 * The page's view, kept in the address (see createUrlStore), made once for the page and following Back and
 * Forward while it is shown. Components read it with useUrlValue, useSettledState or useWholeState.
 */
export function useUrlStore(known: UrlStateContext, options: { history?: 'push' | 'replace' } = {}): UrlStore {
  const { history = 'push' } = options;
  const store = useMemo(() => createUrlStore(known, { history }), [known, history]);
  useEffect(() => store.followHistory(), [store]);
  return store;
}

/**
 * One field of the view (or something worked out from it that is the same value while the field is): the
 * component re-renders when that changes and not otherwise. Pass a `select` defined outside the component.
 */
export function useUrlValue<T>(store: UrlStore, select: (state: ViewState) => T): T {
  const read = useCallback((from: UrlStore) => select(from.get()), [select]);
  return useFollowed(store, read);
}

const whole = (store: UrlStore) => store.get();
const settled = (store: UrlStore) => store.getSettled();

/** The whole view, the date included: for the few parts that write a link to it (they re-render on every change). */
export function useWholeState(store: UrlStore): ViewState {
  return useFollowed(store, whole);
}

/** Every field but the date: a slider step re-renders none of the components that read only this. */
export function useSettledState(store: UrlStore): SettledState {
  return useFollowed(store, settled);
}

/**
 * What `read` finds in the store, kept as the component's state and set again after every change; React
 * re-renders the component only when it is a different value.
 *
 * Not useSyncExternalStore: for every component whose value changed, that leaves a passive effect to check it
 * again after the commit, and React schedules a task of its own for those. A slider step re-renders the few
 * components that follow the moment and should end in its own task, before the frame. On the real data, with
 * the map's effects already moved to layout effects, this took a step's script from 1.74 to 1.62 ms (npm run
 * bench's measurement, the two builds interleaved). The subscription is made in a layout effect, which reads
 * the store once more in case it changed between this render and the subscription. Tearing, which
 * useSyncExternalStore guards against, needs a render that yields partway (a transition). The one render here
 * that does is the dataset's first (useDataset), before anything is on screen, and that same layout effect
 * brings every component to the store's value at its commit.
 */
function useFollowed<T>(store: UrlStore, read: (store: UrlStore) => T): T {
  const [value, setValue] = useState(() => read(store));
  useLayoutEffect(() => {
    const follow = () => setValue(() => read(store));
    follow();
    return store.subscribe(follow);
  }, [store, read]);
  return value;
}
