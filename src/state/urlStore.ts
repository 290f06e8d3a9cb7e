import { parseUrlState, serializeUrlState, type UrlStateContext, type ViewState } from './urlState';

/** The parts of a browser window the store uses; a test hands it a stand-in. */
export interface UrlWindow {
  location: { search: string; pathname: string; hash: string };
  history: { pushState(data: unknown, unused: string, url: string): void; replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
  performance: { now(): number };
}

/** Every field of the view but its date: what the page around the slider shows. */
export type SettledState = Omit<ViewState, 'date'>;

export interface UrlStore {
  /** The state now: a new object after every change, the same one until then. */
  get(): ViewState;
  /**
   * The state without its date, the same object until a field other than the date changes: what the page
   * around the slider listens to, so that a slider step leaves it alone.
   */
  getSettled(): SettledState;
  /** Called after every change, whatever changed; returns the way to stop. */
  subscribe(listener: () => void): () => void;
  /**
   * Changes the state at once and writes it to the address a moment later. `push` makes a history entry (a
   * chosen place, a date); `replace` does not (panning the map, dragging the slider).
   */
  update(patch: Partial<ViewState>, mode?: 'push' | 'replace'): void;
  /** Follows Back and Forward until the returned function is called. */
  followHistory(): () => void;
}

/** Long enough to span the steps of a held key or a drag, short enough that a copied link is current. */
export const HISTORY_DELAY_MS = 250;

/**
 * The view lives in the URL query string: a reload or a shared link restores it, and back and forward step
 * through the reader's choices. It is kept here, outside React, so that each part of the page can listen to
 * the fields it shows: a slider step re-renders what depends on the moment, not the whole page.
 *
 * History is written a moment after the last change, not on every step: each write makes Chromium fetch and
 * decode the page's icon again (why the icon is a small PNG, not an SVG) and costs more the larger the page,
 * which was once most of a slider step's time. A burst of steps (a held arrow key, a drag) becomes one
 * history entry, a push if any step in it asked for one. A step in a burst only moves the write's due time:
 * the one timer, when it fires early, waits out the rest, so a held key does not clear and set a timer on
 * every step.
 * An embed passes `history: 'replace'`: an iframe shares the host page's history, so its entries would make
 * the reader's Back button step the map instead of leaving the page.
 */
export function createUrlStore(known: UrlStateContext, { history = 'push', win = window as UrlWindow }: { history?: 'push' | 'replace'; win?: UrlWindow } = {}): UrlStore {
  let state = parseUrlState(win.location.search, known);
  let settled = withoutDate(state);
  const listeners = new Set<() => void>();
  let pending: { timer: number; push: boolean; due: number } | null = null;

  const tell = () => {
    if (!sameBesidesDate(settled, state)) settled = withoutDate(state);
    for (const listener of [...listeners]) listener();
  };

  const fire = () => {
    if (!pending) return;
    const left = pending.due - win.performance.now();
    if (left > 0) pending.timer = win.setTimeout(fire, left);
    else write(pending.push);
  };

  const write = (push: boolean) => {
    pending = null;
    const search = serializeUrlState(state);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  return {
    get: () => state,
    getSettled: () => settled,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(patch, mode = 'push') {
      state = { ...state, ...patch };
      const push = (pending?.push ?? false) || (mode === 'push' && history === 'push');
      const due = win.performance.now() + HISTORY_DELAY_MS;
      if (pending) {
        pending.push = push;
        pending.due = due;
      } else pending = { timer: win.setTimeout(fire, HISTORY_DELAY_MS), push, due };
      tell();
    },
    followHistory() {
      const onPopState = () => {
        // The reader went back or forward: what was about to be written belongs to the page they left.
        if (pending) win.clearTimeout(pending.timer);
        pending = null;
        state = parseUrlState(win.location.search, known);
        tell();
      };
      win.addEventListener('popstate', onPopState);
      return () => win.removeEventListener('popstate', onPopState);
    },
  };
}

function withoutDate({ date: _date, ...settled }: ViewState): SettledState {
  return settled;
}

/** Fields are compared as values: a pan that ends where it began changes nothing. */
function sameBesidesDate(settled: SettledState, state: ViewState): boolean {
  return (Object.keys(settled) as (keyof SettledState)[]).every((key) => sameValue(settled[key], state[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
