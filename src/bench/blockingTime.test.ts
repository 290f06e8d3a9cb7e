import { describe, expect, it } from 'vitest';
import { blockingTime } from './blockingTime';

describe('blockingTime(tasks, untilMs)', () => {
  it('sums what each task takes past 50 ms, and gives the longest task', () => {
    const tasks = [
      { startMs: 200, durationMs: 180 },
      { startMs: 600, durationMs: 50 },
      { startMs: 700, durationMs: 320 },
    ];
    expect(blockingTime(tasks, 2000)).toEqual({ blockingMs: 130 + 0 + 270, longestTaskMs: 320 });
  });

  it('leaves out tasks that start at or after the moment measured to, and counts whole one running across it', () => {
    const tasks = [
      { startMs: 900, durationMs: 300 },
      { startMs: 1100, durationMs: 90 },
    ];
    expect(blockingTime(tasks, 1100)).toEqual({ blockingMs: 250, longestTaskMs: 300 });
  });

  it('is nothing for a page with no long task', () => {
    expect(blockingTime([], 1000)).toEqual({ blockingMs: 0, longestTaskMs: 0 });
  });
});
