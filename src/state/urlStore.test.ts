import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUrlStore, HISTORY_DELAY_MS, type UrlWindow } from './urlStore';

const known = {
  placeIds: new Set(['aleppo-city', 'idlib-city']),
  span: { start: '2024-11-26T21:00:00.000Z', end: '2024-12-01T20:59:59.000Z' },
};
const NOV_30 = '2024-11-30T20:59:59.000Z';
const DEC_1 = '2024-12-01T20:59:59.000Z';

/** A window whose address bar, history and popstate the test drives; timers are vitest's fake ones. */
function fakeWindow(search = '') {
  const entries: { kind: 'push' | 'replace'; url: string }[] = [];
  let timersSet = 0;
  const popListeners = new Set<() => void>();
  const location = { search, pathname: '/map/', hash: '' };
  const go = (kind: 'push' | 'replace') => (_data: unknown, _unused: string, url: string) => {
    entries.push({ kind, url });
    location.search = url.slice(location.pathname.length);
  };
  const win: UrlWindow = {
    location,
    history: { pushState: go('push'), replaceState: go('replace') },
    addEventListener: (_type, listener) => popListeners.add(listener),
    removeEventListener: (_type, listener) => popListeners.delete(listener),
    setTimeout: (callback, ms) => {
      timersSet += 1;
      return setTimeout(callback, ms) as unknown as number;
    },
    clearTimeout: (id) => clearTimeout(id),
    // vitest's fake timers move Date's clock with the timers.
    performance: { now: () => Date.now() },
  };
  /** The reader pressed Back to an address with this query. */
  const back = (to: string) => {
    location.search = to;
    for (const listener of popListeners) listener();
  };
  return { win, entries, back, listening: () => popListeners.size, timersSet: () => timersSet };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createUrlStore(known, options)', () => {
  it('starts from the address, checked against what exists', () => {
    const { win } = fakeWindow('?place=aleppo-city&date=2024-11-30&lang=xx');
    const store = createUrlStore(known, { win });
    expect(store.get()).toMatchObject({ place: 'aleppo-city', date: NOV_30, lang: null });
  });

  it('changes the state at once and tells every listener, with a new object', () => {
    const { win } = fakeWindow();
    const store = createUrlStore(known, { win });
    const before = store.get();
    const heard = vi.fn();
    store.subscribe(heard);
    store.update({ place: 'idlib-city' });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(store.get()).not.toBe(before);
    expect(store.get().place).toBe('idlib-city');
    expect(before.place).toBeNull();
  });

  it('stops telling a listener once it unsubscribes', () => {
    const { win } = fakeWindow();
    const store = createUrlStore(known, { win });
    const heard = vi.fn();
    const stop = store.subscribe(heard);
    stop();
    store.update({ tiles: true });
    expect(heard).not.toHaveBeenCalled();
  });

  it('keeps the settled state (all but the date) the same object while only the date changes', () => {
    const { win } = fakeWindow('?place=aleppo-city');
    const store = createUrlStore(known, { win });
    const settled = store.getSettled();
    expect(settled).not.toHaveProperty('date');
    store.update({ date: NOV_30 });
    store.update({ date: DEC_1 }, 'replace');
    expect(store.getSettled()).toBe(settled);
    store.update({ time: 'report' });
    expect(store.getSettled()).not.toBe(settled);
    expect(store.getSettled()).toMatchObject({ place: 'aleppo-city', time: 'report' });
  });

  it('counts a view or box by its values: a pan back to where it was changes nothing settled', () => {
    const { win } = fakeWindow('?view=36.2,37.15,10');
    const store = createUrlStore(known, { win });
    const settled = store.getSettled();
    store.update({ view: { lat: 36.2, lng: 37.15, zoom: 10 } }, 'replace');
    expect(store.getSettled()).toBe(settled);
    store.update({ view: { lat: 36.3, lng: 37.15, zoom: 10 } }, 'replace');
    expect(store.getSettled().view).toEqual({ lat: 36.3, lng: 37.15, zoom: 10 });
  });

  it('writes the address a moment after the last change: a burst of steps is one history entry', () => {
    const { win, entries } = fakeWindow();
    const store = createUrlStore(known, { win });
    store.update({ date: NOV_30 });
    vi.advanceTimersByTime(HISTORY_DELAY_MS - 1);
    store.update({ date: DEC_1 });
    vi.advanceTimersByTime(HISTORY_DELAY_MS - 1);
    expect(entries).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(entries).toEqual([{ kind: 'push', url: '/map/?date=2024-12-01' }]);
  });

  it('sets no timer for a step in a burst, only when the burst’s first delay runs out before its last', () => {
    const { win, entries, timersSet } = fakeWindow();
    const store = createUrlStore(known, { win });
    // A held key: a step every 30 ms for 600 ms, then nothing.
    for (let step = 0; step < 20; step++) {
      store.update({ date: step % 2 ? NOV_30 : DEC_1 });
      vi.advanceTimersByTime(30);
    }
    expect(entries).toEqual([]);
    // One timer to begin with, and one more each time it fired before the latest step's delay was out.
    expect(timersSet()).toBe(3);
    vi.advanceTimersByTime(HISTORY_DELAY_MS);
    expect(entries).toEqual([{ kind: 'push', url: '/map/?date=2024-11-30' }]);
  });

  it('pushes when any change in the burst asked for a push, and replaces when none did', () => {
    const { win, entries } = fakeWindow();
    const store = createUrlStore(known, { win });
    store.update({ view: { lat: 36, lng: 37, zoom: 8 } }, 'replace');
    vi.runAllTimers();
    store.update({ place: 'aleppo-city' }, 'push');
    store.update({ view: { lat: 36.2, lng: 37.1, zoom: 9 } }, 'replace');
    vi.runAllTimers();
    expect(entries.map((entry) => entry.kind)).toEqual(['replace', 'push']);
  });

  it('never pushes for an embed, whose history is the host page’s', () => {
    const { win, entries } = fakeWindow();
    const store = createUrlStore(known, { win, history: 'replace' });
    store.update({ place: 'aleppo-city' }, 'push');
    vi.runAllTimers();
    expect(entries.map((entry) => entry.kind)).toEqual(['replace']);
  });

  it('writes nothing when the address already says it', () => {
    const { win, entries } = fakeWindow('?place=aleppo-city');
    const store = createUrlStore(known, { win });
    store.update({ place: 'aleppo-city' });
    vi.runAllTimers();
    expect(entries).toEqual([]);
  });

  it('follows Back: re-reads the address, tells the listeners, and drops a write still waiting', () => {
    const { win, entries, back, listening } = fakeWindow('?place=aleppo-city');
    const store = createUrlStore(known, { win });
    const stop = store.followHistory();
    const heard = vi.fn();
    store.subscribe(heard);
    store.update({ place: 'idlib-city' });
    back('?place=aleppo-city&time=report');
    vi.runAllTimers();
    expect(entries).toEqual([]);
    expect(store.get()).toMatchObject({ place: 'aleppo-city', time: 'report' });
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    expect(listening()).toBe(0);
  });
});
