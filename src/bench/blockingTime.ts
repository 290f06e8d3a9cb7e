/** A main-thread task the browser reported as long (PerformanceObserver 'longtask'): ms from navigation. */
export interface LongTask {
  startMs: number;
  durationMs: number;
}

/** Over this, a task keeps a key press or a tap waiting long enough to be felt (the RAIL model's 50 ms). */
export const LONG_TASK_MS = 50;

/**
 * How long the main thread was blocked before `untilMs`: each task's time past LONG_TASK_MS, summed (what
 * Lighthouse calls total blocking time), and the longest task. A host page's scrolling and scripts wait on
 * the embed's main thread when both run in one process, as on most phones, so this is the page's cost to
 * the article around it as much as its own. Tasks that start at or after `untilMs` do not count; one that
 * runs across it counts whole.
 */
export function blockingTime(tasks: readonly LongTask[], untilMs: number): { blockingMs: number; longestTaskMs: number } {
  let blockingMs = 0;
  let longestTaskMs = 0;
  for (const { startMs, durationMs } of tasks) {
    if (startMs >= untilMs) continue;
    blockingMs += Math.max(0, durationMs - LONG_TASK_MS);
    longestTaskMs = Math.max(longestTaskMs, durationMs);
  }
  return { blockingMs, longestTaskMs };
}
