/** What a run in idle time took: main-thread time spent on the work, and from start to finish. */
export interface IdleRun {
  busyMs: number;
  elapsedMs: number;
}

/** Without requestIdleCallback (Safari), a slice this long every so often keeps input answered within a frame. */
const FALLBACK_SLICE_MS = 5;
const FALLBACK_PAUSE_MS = 50;
/** Leave this much of an idle period unused: the browser may need it before its next frame. */
const MARGIN_MS = 1;
/**
 * The longest slice, whatever the idle period offers (up to 50 ms): a key press that arrives during a slice
 * waits for its end, so a slice stays within half a frame.
 */
const MAX_SLICE_MS = 8;

/**
 * Runs an iterator's steps while the main thread has nothing else to do, a few at a time, so that a key
 * press or a frame is never kept waiting by more than a short slice. Returns the way to stop; `onDone` is told
 * what the whole run cost once the iterator ends.
 */
export function runInIdleTime(work: Iterator<unknown>, onDone: (run: IdleRun) => void = () => undefined): () => void {
  const started = performance.now();
  let busyMs = 0;
  let stopped = false;
  let cancel: () => void = () => undefined;
  const slice = (timeLeft: () => number) => {
    if (stopped) return;
    const sliceStart = performance.now();
    const left = () => Math.min(timeLeft(), sliceStart + MAX_SLICE_MS - performance.now());
    let finished = Boolean(work.next().done);
    while (!finished && left() > MARGIN_MS) finished = Boolean(work.next().done);
    busyMs += performance.now() - sliceStart;
    if (finished) onDone({ busyMs, elapsedMs: performance.now() - started });
    else schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback((deadline) => slice(() => deadline.timeRemaining()));
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(() => {
        const end = performance.now() + FALLBACK_SLICE_MS;
        slice(() => end - performance.now());
      }, FALLBACK_PAUSE_MS);
      cancel = () => clearTimeout(id);
    }
  };
  schedule();
  return () => {
    stopped = true;
    cancel();
  };
}
