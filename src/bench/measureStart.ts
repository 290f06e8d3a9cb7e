import type { Browser } from '@playwright/test';
import { openBenchPage, PLACE_PATH, SLIDER, type NetworkProfile } from './openBenchPage';
import { FIRST_PLACE_SEEN, SLIDER_ANSWERED, START_MARKS, startProbe, type StartMarks } from './pageScripts';
import { blockingTime } from './blockingTime';
import { median } from './stats';

/**
 * How long the main thread's blocking is counted on after the slider answers: the page's work does not end
 * with its first picture (names and markers placed after it, the basemap when it comes), and a reader
 * scrolling the article meanwhile waits on that too.
 */
const AFTER_ANSWER_MS = 1000;

/** One page load, in ms from navigation. */
export interface StartRun {
  /** The frame that paints the first place. */
  firstPlaceMs: number;
  /** The frame that paints the slider, enabled; null when the page has none. */
  sliderShownMs: number | null;
  /** When the main thread is next free to take a key press on it (see startProbe). */
  sliderAnswersMs: number | null;
  /** From navigation until AFTER_ANSWER_MS after the slider answers (or the first place is drawn): see blockingTime. */
  blockingMs: number;
  longestTaskMs: number;
}

export interface StartMeasurement {
  /** Medians of the runs; a slider time is null unless every run had a slider. */
  median: StartRun;
  runs: StartRun[];
}

/**
 * Loads `url` `runs` times, each in a fresh context with the CPU slowed (and the network, if given), after
 * one unmeasured warm-up (so the server's file cache is warm for every counted run).
 */
export async function measureStart(
  browser: Browser,
  url: string,
  { runs, cpuSlowdown, timeoutMs, network = null }: { runs: number; cpuSlowdown: number; timeoutMs: number; network?: NetworkProfile | null },
): Promise<StartMeasurement> {
  const results: StartRun[] = [];
  for (let run = -1; run < runs; run++) {
    const { context, page } = await openBenchPage(browser, cpuSlowdown, network);
    try {
      await page.addInitScript({ content: startProbe(PLACE_PATH, SLIDER) });
      await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
      await page.waitForFunction(FIRST_PLACE_SEEN, null, { timeout: timeoutMs });
      // The slider renders with the map; give it a little longer, then call it absent.
      await page.waitForFunction(SLIDER_ANSWERED, null, { timeout: 10_000 }).catch(() => undefined);
      await page.waitForTimeout(AFTER_ANSWER_MS);
      const marks = await page.evaluate<StartMarks>(START_MARKS);
      const firstPlaceMs = marks.firstPlace as number;
      const blocked = blockingTime(marks.longTasks, (marks.answered ?? firstPlaceMs) + AFTER_ANSWER_MS);
      if (run >= 0) results.push({ firstPlaceMs, sliderShownMs: marks.slider, sliderAnswersMs: marks.answered, ...blocked });
    } finally {
      await context.close();
    }
  }
  const medianOf = (pick: (run: StartRun) => number | null) => {
    const values = results.map(pick).filter((ms) => ms !== null);
    return values.length === results.length ? median(values) : null;
  };
  return {
    median: {
      firstPlaceMs: median(results.map((run) => run.firstPlaceMs)),
      sliderShownMs: medianOf((run) => run.sliderShownMs),
      sliderAnswersMs: medianOf((run) => run.sliderAnswersMs),
      blockingMs: median(results.map((run) => run.blockingMs)),
      longestTaskMs: median(results.map((run) => run.longestTaskMs)),
    },
    runs: results,
  };
}
