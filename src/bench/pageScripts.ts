import { WARM_UP_MEASURE } from '../app/warmUpMeasure';
import type { LongTask } from './blockingTime';

/**
 * The code the benchmark runs inside the page, as text. tsx compiles with esbuild's keepNames, which wraps
 * named functions in a `__name()` helper that exists only in Node, so a function handed to Playwright would
 * throw in the page. Each script is an expression; its results live on `window.__claimmap`. The exception:
 * what waitForFunction polls must be a function (a string would be eval'd in the page, which the app's CSP
 * forbids), so those are one-expression arrows with nothing inside for keepNames to wrap.
 */

/**
 * Installed before the app's own scripts. Each animation frame it looks for the first place path and the
 * slider; the frame that finds one is the frame that paints it, and the time its callbacks run counts from
 * navigation (performance's time origin). Not the callback's own timestamp: that is when the frame began,
 * and a long task before its callbacks (the app's first render and commit, half a second at 4x) leaves it
 * that far behind, which once made the first place look drawn 500 ms before the app had made it. Once the
 * slider is there, a task posted at the priority Chromium gives input ('user-blocking') runs as soon as the
 * task in progress ends and no input-priority work is ahead of it: that is when a key press on the slider
 * would be answered. It also keeps the long tasks Chromium reports (over 50 ms of the main thread), from the
 * navigation on.
 */
export const startProbe = (place: string, slider: string) => `(() => {
  const marks = { firstPlace: null, slider: null, answered: null, longTasks: [] };
  window.__claimmap = marks;
  const keep = (entries) => { for (const task of entries) marks.longTasks.push({ startMs: task.startTime, durationMs: task.duration }); };
  const tasks = new PerformanceObserver((list) => keep(list.getEntries()));
  tasks.observe({ type: 'longtask', buffered: true });
  marks.takeTasks = () => keep(tasks.takeRecords());
  const poll = () => {
    const now = performance.now();
    if (marks.firstPlace === null && document.querySelector(${JSON.stringify(place)})) marks.firstPlace = now;
    const input = document.querySelector(${JSON.stringify(slider)});
    if (marks.slider === null && input && !input.disabled) {
      marks.slider = now;
      const answer = () => (marks.answered = performance.now());
      if (window.scheduler && scheduler.postTask) scheduler.postTask(answer, { priority: 'user-blocking' });
      else setTimeout(answer, 0);
    }
    if (marks.firstPlace === null || marks.slider === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})()`;

export interface StartMarks {
  firstPlace: number | null;
  slider: number | null;
  answered: number | null;
  longTasks: LongTask[];
}

/** The marks so far, with the long tasks the observer has not yet handed over. */
export const START_MARKS = `(() => {
  const { firstPlace, slider, answered, longTasks, takeTasks } = window.__claimmap;
  takeTasks();
  return { firstPlace, slider, answered, longTasks };
})()`;
type WithMarks = { __claimmap: StartMarks };
export const FIRST_PLACE_SEEN = () => (window as unknown as WithMarks).__claimmap.firstPlace !== null;
export const SLIDER_ANSWERED = () => (window as unknown as WithMarks).__claimmap.answered !== null;

/**
 * Counts the elements added and removed under the map and in the whole page (an element counts with all it
 * holds; text nodes, which React adds and drops as a label's words change, do not count) into
 * `window.__claimmap`, and keeps their markup: an element removed and an identical one added in the same
 * step was re-created for nothing. RESET_NODES starts a step; NODE_COUNTS reads it.
 */
export const COUNT_NODES = `(() => {
  const counts = { mapAdded: 0, mapRemoved: 0, pageAdded: 0, pageRemoved: 0, added: [], removed: [], observerMs: 0 };
  window.__claimmap = counts;
  const map = document.querySelector('.leaflet-container');
  const sizeOf = (node) => (node instanceof Element ? 1 + node.getElementsByTagName('*').length : 0);
  new MutationObserver((records) => {
    const started = performance.now();
    for (const record of records) {
      const inMap = Boolean(map && map.contains(record.target));
      for (const node of record.addedNodes) {
        counts.pageAdded += sizeOf(node);
        if (inMap) counts.mapAdded += sizeOf(node);
        if (node instanceof Element) counts.added.push([node.outerHTML, sizeOf(node)]);
      }
      for (const node of record.removedNodes) {
        counts.pageRemoved += sizeOf(node);
        if (inMap) counts.mapRemoved += sizeOf(node);
        if (node instanceof Element) counts.removed.push(node.outerHTML);
      }
    }
    counts.observerMs += performance.now() - started;
  }).observe(document.body, { childList: true, subtree: true });
})()`;

export interface NodeCounts {
  /** Ms the counting itself took in the page (the MutationObserver's callbacks): the harness's, not the step's. */
  observerMs: number;
  mapAdded: number;
  mapRemoved: number;
  pageAdded: number;
  pageRemoved: number;
  /** Elements removed and added back unchanged (same markup) in the step. */
  recreated: number;
}

export const RESET_NODES =
  'Object.assign(window.__claimmap, { mapAdded: 0, mapRemoved: 0, pageAdded: 0, pageRemoved: 0, added: [], removed: [], observerMs: 0 })';
export const NODE_COUNTS = `(() => {
  const { added, removed, ...counts } = window.__claimmap;
  const gone = new Map();
  for (const html of removed) gone.set(html, (gone.get(html) || 0) + 1);
  let recreated = 0;
  for (const [html, size] of added) {
    if (!gone.get(html)) continue;
    gone.set(html, gone.get(html) - 1);
    recreated += size;
  }
  return { ...counts, recreated };
})()`;

/** Two animation frames (the step's frame is painted), then `quietMs` for anything it scheduled. */
export const settle = (quietMs: number) =>
  `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, ${quietMs}))))`;

export const NOW = 'performance.now()';

/**
 * Whether the app has worked out every place's statuses and events ahead, in idle time after its first draw
 * (the measure it records, named by WARM_UP_MEASURE: pass the name as waitForFunction's argument). Steps are
 * measured after it, so that neither the idle measurement nor a step takes in that work; WARM_UP_RUN reads
 * what it cost.
 */
export const WARMED_UP = (name: string) => performance.getEntriesByName(name, 'measure').length > 0;
export const WARM_UP_RUN = `(() => {
  const [entry] = performance.getEntriesByName(${JSON.stringify(WARM_UP_MEASURE)}, 'measure');
  return { busyMs: entry.detail.busyMs, doneMs: entry.startTime + entry.duration };
})()`;

export interface WarmUpRun {
  /** Main-thread time the warm-up took, spread over idle periods. */
  busyMs: number;
  /** When it was done, ms from navigation. */
  doneMs: number;
}
