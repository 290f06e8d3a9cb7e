import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInIdleTime } from './runInIdleTime';

function* counting(log: number[], upTo: number) {
  for (let i = 1; i <= upTo; i++) {
    log.push(i);
    yield i;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('runInIdleTime(work, onDone)', () => {
  it('runs steps only inside idle periods, as many as each has time for, and says when it is done', () => {
    const idle: ((deadline: { timeRemaining: () => number }) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: (typeof idle)[number]) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const log: number[] = [];
    const onDone = vi.fn();
    runInIdleTime(counting(log, 5), onDone);
    expect(log).toEqual([]);
    // An idle period whose time runs out after the fourth step (its clock is read after each).
    let left = 3;
    idle.shift()?.({ timeRemaining: () => (left-- > 0 ? 10 : 0) });
    expect(log).toEqual([1, 2, 3, 4]);
    expect(onDone).not.toHaveBeenCalled();
    idle.shift()?.({ timeRemaining: () => 10 });
    expect(log).toEqual([1, 2, 3, 4, 5]);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ busyMs: expect.any(Number), elapsedMs: expect.any(Number) });
    expect(idle).toHaveLength(0);
  });

  it('ends a slice after a few milliseconds however long the idle period, so that a key press soon gets its turn', () => {
    const idle: ((deadline: { timeRemaining: () => number }) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: (typeof idle)[number]) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    // Each step takes 3 ms of a 50 ms idle period.
    function* slow() {
      for (let i = 0; i < 100; i++) {
        now += 3;
        yield i;
      }
    }
    const work = slow();
    runInIdleTime(work);
    idle.shift()?.({ timeRemaining: () => 50 });
    expect(now).toBeLessThanOrEqual(9);
    expect(idle).toHaveLength(1);
    vi.restoreAllMocks();
  });

  it('stops when told, and asks for no further idle period', () => {
    const idle: ((deadline: { timeRemaining: () => number }) => void)[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: (typeof idle)[number]) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const log: number[] = [];
    const stop = runInIdleTime(counting(log, 5));
    stop();
    expect(cancelled).toEqual([1]);
    idle.shift()?.({ timeRemaining: () => 10 });
    expect(log).toEqual([]);
  });

  it('without requestIdleCallback, runs short slices on timers', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const log: number[] = [];
    const onDone = vi.fn();
    runInIdleTime(counting(log, 3), onDone);
    expect(log).toEqual([]);
    vi.runAllTimers();
    expect(log).toEqual([1, 2, 3]);
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
