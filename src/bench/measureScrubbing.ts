import type { Browser, CDPSession, Page } from '@playwright/test';
import { WARM_UP_MEASURE } from '../app/warmUpMeasure';
import { seededRandom } from '../random';
import { openBenchPage, SLIDER } from './openBenchPage';
import { COUNT_NODES, NODE_COUNTS, NOW, RESET_NODES, settle, WARM_UP_RUN, WARMED_UP, type NodeCounts, type WarmUpRun } from './pageScripts';
import { summariseSteps, type StepSample } from './summariseSteps';

export interface ScrubMeasurement {
  /** Steps measured, and the slider's stops: a short timeline is stepped through more than once. */
  steps: number;
  stops: number;
  /** Ms from navigation until the slider was there (the dataset loaded and drawn). */
  loadMs: number;
  /** The app's working out ahead in idle time, waited for before any step (null on a page without it). */
  warmUp: WarmUpRun | null;
  /**
   * Main-thread time per step, ms, less the harness's own share (`idleMs`): what the step itself costs.
   * `rawMs` is the same before the harness is taken off.
   */
  taskMs: { median: number; p95: number };
  rawMs: { median: number; p95: number };
  /** The script and style+layout shares of it (medians), to show where the time goes. */
  scriptMs: number;
  styleLayoutMs: number;
  /**
   * The same measurement with no key pressed (median of one taken just before each step): the floor the
   * method itself costs, in Playwright's evaluate calls, their promises and the frames they wait for. A step's
   * key press and everything it sets off stay in the step.
   */
  idleMs: number;
  /**
   * Elements added, removed, and re-created unchanged per step, inside the map (Leaflet's panes) and in
   * the whole page: [median, max]. Going forward in time only adds to the picture, so a removed element
   * was replaced; one replaced by an identical copy was re-created for nothing.
   */
  nodes: Record<Exclude<keyof NodeCounts, 'observerMs'>, [number, number]>;
  /** The element counter's own time in the page per step (median), taken off each step. */
  countingMs: number;
}

export interface ScrubOptions {
  maxSteps: number;
  cpuSlowdown: number;
  timeoutMs: number;
  /** Stepping stops early once it has taken this long, so a huge dataset reports its first steps. */
  budgetMs: number;
  log: (line: string) => void;
}

/** A page to step through; `warmsUp`: the app records a measure once it has worked out its statuses ahead. */
export interface ScrubPage {
  url: string;
  warmsUp: boolean;
}

/**
 * Enough steps for a median and a p95 to mean something; the real data has only a handful of stops, so its
 * timeline is stepped through several times. With 40, as before, its p95 was the second slowest step; 120 is
 * what the generated sets get from --steps anyway.
 */
const MIN_SAMPLES = 120;
/** The order the pages are visited in, each round: the same on every run. */
const ORDER_SEED = 6;

/**
 * Once each app has worked out its statuses ahead (`warmsUp`: it records a measure when done, in idle time
 * after its first draw), steps each page's date slider through its stops with the keyboard and measures
 * each step's main-thread time as the growth of Chromium's TaskDuration (CDP Performance.getMetrics: every
 * task on the renderer's main thread: script, style, layout, paint) from just before the key press to after
 * the next painted frame and a short quiet spell. Just before each step the same measurement is taken with
 * no key pressed (the harness's own calls and frames); the median of those is taken off every step, as is
 * the time the element counter below spent in the page, so what remains is the step's own work.
 *
 * The pages are open together and measured in turn, a step and its idle sample on each page per round, in an
 * order drawn afresh each round: on a shared machine the speed drifts by a fifth within minutes, and a page
 * measured after another would be compared across spells. So the floors' figures and the app's come from the
 * same minutes, and so do a step and the harness's share taken off it.
 *
 * A MutationObserver counts the elements each step adds, removes, and re-creates unchanged: a step that only
 * changes styles should do none of it. Stepping stops early once it has taken `budgetMs`.
 * At full speed the time is the main thread's own CPU time (threadTicks): on a shared machine, wall-clock
 * time also counts every moment another process held the core, which is noise, not the app's work. Slowed
 * down it is wall-clock time (timeTicks), since Chromium's CPU throttling pauses the thread, which thread
 * time would not see. A page that fails gives its error in its place; the others go on. One page alone is
 * measured the same way, its idle samples still taken between its steps.
 */
export async function measureScrubbing(browser: Browser, pages: ScrubPage[], options: ScrubOptions): Promise<(ScrubMeasurement | Error)[]> {
  const sessions: (Session | Error)[] = [];
  try {
    for (const page of pages) sessions.push(await openSession(browser, page, options).catch(asError));
    const wanted = sessions.map((s) => (s instanceof Error ? 0 : Math.min(options.maxSteps, Math.max(MIN_SAMPLES, s.last))));
    const random = seededRandom(ORDER_SEED);
    const started = performance.now();
    for (;;) {
      const due = sessions.flatMap((s, i) => (s instanceof Error || s.samples.length >= (wanted[i] ?? 0) ? [] : [i]));
      if (due.length === 0 || performance.now() - started >= options.budgetMs) break;
      for (let left = due.length; left > 0; left--) {
        const i = due.splice(random.below(left), 1)[0] as number;
        const session = sessions[i] as Session;
        try {
          if (sessions.length > 1) await session.page.bringToFront();
          await session.round(wanted[i] ?? 0);
        } catch (error) {
          sessions[i] = session.failure(error);
          await session.close();
        }
      }
    }
    return sessions.map((s) => (s instanceof Error ? s : s.result()));
  } finally {
    for (const s of sessions) if (!(s instanceof Error)) await s.close();
  }
}

type Session = Awaited<ReturnType<typeof openSession>>;

async function openSession(browser: Browser, { url, warmsUp }: ScrubPage, { cpuSlowdown, timeoutMs, log }: ScrubOptions) {
  const { context, page, cdp } = await openBenchPage(browser, cpuSlowdown);
  let phase = 'loading';
  let crashed = false;
  page.on('crash', () => (crashed = true));
  const failure = (error: unknown): Error => {
    const cause = asError(error);
    if (!crashed) return cause;
    return new Error(`the page crashed (out of memory?) while ${phase === 'loading' ? 'loading' : `at ${phase}`}`, { cause });
  };
  const close = () => context.close().catch(() => undefined);
  try {
    await cdp.send('Performance.enable', { timeDomain: cpuSlowdown === 1 ? 'threadTicks' : 'timeTicks' });
    await page.goto(url, { timeout: timeoutMs });
    const slider = page.locator(SLIDER);
    await slider.waitFor({ timeout: timeoutMs });
    const loadMs = await page.evaluate<number>(NOW);
    log(`${url}: loaded in ${Math.round(loadMs)} ms`);
    await page.waitForLoadState('networkidle', { timeout: timeoutMs });
    let warmUp: WarmUpRun | null = null;
    if (warmsUp) {
      phase = 'waiting for the warm-up';
      await page.waitForFunction(WARMED_UP, WARM_UP_MEASURE, { timeout: timeoutMs, polling: 100 });
      warmUp = await page.evaluate<WarmUpRun>(WARM_UP_RUN);
      log(`${url}: warmed up in ${Math.round(warmUp.busyMs)} ms of main-thread time, done at ${Math.round(warmUp.doneMs)} ms`);
    }
    await slider.focus();
    await page.keyboard.press('Home');
    await page.evaluate(settle(500));
    await page.evaluate(COUNT_NODES);
    const last = Number(await slider.getAttribute('max'));
    if (!(last > 0)) throw new Error(`the slider has no steps (max ${last})`);

    const idle: number[] = [];
    const samples: StepSample[] = [];
    let at = 0;
    return {
      page,
      last,
      samples,
      failure,
      close,
      /** An idle sample, then a step; a short timeline starts again from a settled first stop. */
      async round(wanted: number) {
        phase = `step ${samples.length + 1} of ${wanted}`;
        if (at === last) {
          await page.keyboard.press('Home');
          await page.evaluate(settle(500));
          at = 0;
        }
        idle.push((await measureStep(page, cdp, null)).task);
        samples.push(await measureStep(page, cdp, 'ArrowRight'));
        at += 1;
        const stands = Number(await slider.inputValue());
        if (stands !== at) throw new Error(`the slider stands at ${stands}, not ${at}, after a step`);
      },
      /** An error, not a throw, when nothing was measured: the other pages' results still come back. */
      result(): ScrubMeasurement | Error {
        if (samples.length === 0) return new Error(`${url}: no step was measured`);
        return summariseSteps(samples, idle, { stops: last + 1, loadMs, warmUp });
      },
    };
  } catch (error) {
    await close();
    throw failure(error);
  }
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

async function measureStep(page: Page, cdp: CDPSession, key: string | null): Promise<StepSample> {
  await page.evaluate(RESET_NODES);
  const before = await metrics(cdp);
  if (key) await page.keyboard.press(key);
  await page.evaluate(settle(50));
  const after = await metrics(cdp);
  const nodes = await page.evaluate<NodeCounts>(NODE_COUNTS);
  const ms = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
  // The element counter is the harness's own script, and runs only when a step changes the page, so the idle
  // measurement cannot take it off: its time in the page is taken off here.
  const counting = Math.max(0, nodes.observerMs);
  return { task: ms('TaskDuration') - counting, script: ms('ScriptDuration') - counting, styleLayout: ms('RecalcStyleDuration') + ms('LayoutDuration'), counting, nodes };
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return new Map(metrics.map((metric) => [metric.name, metric.value]));
}

