import type { ScrubMeasurement } from './measureScrubbing';
import type { NodeCounts, WarmUpRun } from './pageScripts';
import { median, p95 } from './stats';

/** One measured step (or idle sample), ms of main-thread time less the element counter's own. */
export interface StepSample {
  task: number;
  script: number;
  styleLayout: number;
  /** The element counter's time in the page. */
  counting: number;
  nodes: NodeCounts;
}

/**
 * What a page's steps come to: the median of the idle samples (the harness's share, taken with no key pressed
 * just before each step) is taken off every step, never below nothing; `rawMs` keeps the steps as measured,
 * the element counter's time included. Medians and p95 by the nearest rank (stats.ts).
 */
export function summariseSteps(samples: readonly StepSample[], idle: readonly number[], page: { stops: number; loadMs: number; warmUp: WarmUpRun | null }): ScrubMeasurement {
  const floor = median(idle);
  const range = (values: number[]): [number, number] => [median(values), Math.max(...values)];
  const raw = samples.map((s) => s.task + s.counting);
  const net = samples.map((s) => Math.max(0, s.task - floor));
  return {
    steps: samples.length,
    ...page,
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
}
