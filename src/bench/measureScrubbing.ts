import type { Browser, CDPSession, Page } from '@playwright/test';
import { WARM_UP_MEASURE } from '../app/warmUpMeasure';
import { openBenchPage, SLIDER } from './openBenchPage';
import { COUNT_NODES, NODE_COUNTS, NOW, RESET_NODES, settle, WARM_UP_RUN, WARMED_UP, type NodeCounts, type WarmUpRun } from './pageScripts';
import { median, p95 } from './stats';

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
   * The same measurement with no key pressed (median of several): the floor the method itself costs, in
   * Playwright's evaluate calls, their promises and the frames they wait for. A step's key press and
   * everything it sets off stay in the step.
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

/** Idle measurements for the harness's floor: its median is taken off every step. */
const IDLE_SAMPLES = 15;
/** Enough steps for a p95 to mean something; the real data has only a handful of stops. */
const MIN_SAMPLES = 40;

/**
 * Once the app has worked out its statuses ahead (`warmsUp`: it records a measure when done, in idle time
 * after its first draw), steps the date slider through its stops with the keyboard and measures each step's main-thread time as
 * the growth of Chromium's TaskDuration (CDP Performance.getMetrics: every task on the renderer's main
 * thread: script, style, layout, paint) from just before the key press to after the next painted frame
 * and a short quiet spell. The page settles before each step, and the same measurement with no key pressed
 * (the harness's own calls and frames) is taken off, as is the time the element counter below spent in the
 * page, so what remains is the step's own work. A MutationObserver counts the elements each step adds,
 * removes, and re-creates unchanged: a step that only changes styles should do none of it.
 * Stepping stops early once it has taken `budgetMs`, so a huge dataset reports its first steps rather than
 * holding the benchmark for an hour.
 * At full speed the time is the main thread's own CPU time (threadTicks): on a shared machine, wall-clock
 * time also counts every moment another process held the core, which is noise, not the app's work. Slowed
 * down it is wall-clock time (timeTicks), since Chromium's CPU throttling pauses the thread, which thread
 * time would not see.
 */
export async function measureScrubbing(
  browser: Browser,
  url: string,
  options: { maxSteps: number; cpuSlowdown: number; timeoutMs: number; budgetMs: number; warmsUp: boolean; log: (line: string) => void },
): Promise<ScrubMeasurement> {
  const { maxSteps, cpuSlowdown, timeoutMs, budgetMs, warmsUp, log } = options;
  const { context, page, cdp } = await openBenchPage(browser, cpuSlowdown);
  let phase = 'loading';
  let crashed = false;
  page.on('crash', () => (crashed = true));
  try {
    await cdp.send('Performance.enable', { timeDomain: cpuSlowdown === 1 ? 'threadTicks' : 'timeTicks' });
    await page.goto(url, { timeout: timeoutMs });
    const slider = page.locator(SLIDER);
    await slider.waitFor({ timeout: timeoutMs });
    const loadMs = await page.evaluate<number>(NOW);
    log(`loaded in ${Math.round(loadMs)} ms`);
    await page.waitForLoadState('networkidle', { timeout: timeoutMs });
    let warmUp: WarmUpRun | null = null;
    if (warmsUp) {
      phase = 'waiting for the warm-up';
      await page.waitForFunction(WARMED_UP, WARM_UP_MEASURE, { timeout: timeoutMs, polling: 100 });
      warmUp = await page.evaluate<WarmUpRun>(WARM_UP_RUN);
      log(`warmed up in ${Math.round(warmUp.busyMs)} ms of main-thread time, done at ${Math.round(warmUp.doneMs)} ms`);
    }
    await slider.focus();
    await page.keyboard.press('Home');
    await page.evaluate(settle(500));
    await page.evaluate(COUNT_NODES);

    const idle: number[] = [];
    for (let i = 0; i < IDLE_SAMPLES; i++) idle.push((await measureStep(page, cdp, null)).task);
    const floor = median(idle);
    const last = Number(await slider.getAttribute('max'));
    if (!(last > 0)) throw new Error(`the slider has no steps (max ${last})`);
    const samples: Awaited<ReturnType<typeof measureStep>>[] = [];
    const wanted = Math.min(maxSteps, Math.max(MIN_SAMPLES, last));
    const started = performance.now();
    for (let at = 0; samples.length < wanted && performance.now() - started < budgetMs; ) {
      phase = `step ${samples.length + 1} of ${wanted}`;
      if (at === last) {
        // A short timeline is stepped through again, from a settled start, until there are enough samples.
        await page.keyboard.press('Home');
        await page.evaluate(settle(500));
        at = 0;
      }
      samples.push(await measureStep(page, cdp, 'ArrowRight'));
      at += 1;
      const stands = Number(await slider.inputValue());
      if (stands !== at) throw new Error(`the slider stands at ${stands}, not ${at}, after a step`);
    }

    const range = (values: number[]): [number, number] => [median(values), Math.max(...values)];
    const raw = samples.map((s) => s.task + s.counting);
    const net = samples.map((s) => Math.max(0, s.task - floor));
    return {
      steps: samples.length,
      stops: last + 1,
      loadMs,
      warmUp,
      taskMs: { median: median(net), p95: p95(net) },
      rawMs: { median: median(raw), p95: p95(raw) },
      scriptMs: median(samples.map((s) => s.script)),
      styleLayoutMs: median(samples.map((s) => s.styleLayout)),
      idleMs: floor,
      countingMs: median(samples.map((s) => s.counting)),
      nodes: {
        mapAdded: range(samples.map((s) => s.nodes.mapAdded)),
        mapRemoved: range(samples.map((s) => s.nodes.mapRemoved)),
        pageAdded: range(samples.map((s) => s.nodes.pageAdded)),
        pageRemoved: range(samples.map((s) => s.nodes.pageRemoved)),
        recreated: range(samples.map((s) => s.nodes.recreated)),
      },
    };
  } catch (error) {
    if (!crashed) throw error;
    throw new Error(`the page crashed (out of memory?) while ${phase === 'loading' ? 'loading' : `at ${phase}`}`, { cause: error });
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function measureStep(page: Page, cdp: CDPSession, key: string | null) {
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

