import { describe, expect, it } from 'vitest';
import type { NodeCounts } from './pageScripts';
import { summariseSteps, type StepSample } from './summariseSteps';

const quiet: NodeCounts = { mapAdded: 0, mapRemoved: 0, pageAdded: 0, pageRemoved: 0, recreated: 0, observerMs: 0 };
const step = (task: number, more: Partial<StepSample> = {}): StepSample => ({ task, script: task / 2, styleLayout: task / 4, counting: 0, nodes: quiet, ...more });
const page = { stops: 9, loadMs: 500, warmUp: null };

describe('summariseSteps(samples, idle, page)', () => {
  it('takes the median idle sample off every step: the harness’s own share of each measurement', () => {
    const summary = summariseSteps([step(6), step(7), step(9)], [2, 3, 10], page);
    expect(summary.idleMs).toBe(3);
    expect(summary.taskMs).toEqual({ median: 4, p95: 6 });
    expect(summary.rawMs).toEqual({ median: 7, p95: 9 });
  });

  it('never counts a step as less than nothing, however slow the harness was around it', () => {
    expect(summariseSteps([step(1), step(2)], [5], page).taskMs).toEqual({ median: 0, p95: 0 });
  });

  it('leaves the element counter’s time out of the step but in the raw figure, which is the step as the browser timed it', () => {
    const summary = summariseSteps([step(5, { counting: 1 })], [1], page);
    expect(summary.taskMs.median).toBe(4);
    expect(summary.rawMs.median).toBe(6);
    expect(summary.countingMs).toBe(1);
  });

  it('reports each kind of element change as its median and its worst step, and says how many steps it saw', () => {
    const summary = summariseSteps(
      [step(5, { nodes: { ...quiet, mapAdded: 3 } }), step(5), step(5, { nodes: { ...quiet, mapAdded: 42, recreated: 1 } })],
      [1, 1, 1],
      page,
    );
    expect(summary.nodes.mapAdded).toEqual([3, 42]);
    expect(summary.nodes.recreated).toEqual([0, 1]);
    expect(summary.steps).toBe(3);
    expect(summary.stops).toBe(9);
  });
});
