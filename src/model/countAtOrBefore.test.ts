import { describe, expect, it } from 'vitest';
import { countAtOrBefore } from './countAtOrBefore';

const times = ['2024-11-27', '2024-11-28', '2024-11-28', '2024-11-30'];
const count = (moment: string) => countAtOrBefore(times, (time) => time, moment);

describe('countAtOrBefore(list, timeOf, moment)', () => {
  it('counts the items at or before the moment, ties included', () => {
    expect(count('2024-11-26')).toBe(0);
    expect(count('2024-11-27')).toBe(1);
    expect(count('2024-11-28')).toBe(3);
    expect(count('2024-11-29')).toBe(3);
    expect(count('2024-12-01')).toBe(4);
  });

  it('reads each item’s time through timeOf, and has nothing to count in an empty list', () => {
    expect(countAtOrBefore([{ at: 'b' }, { at: 'c' }], (item) => item.at, 'b')).toBe(1);
    expect(countAtOrBefore([], (time: string) => time, 'z')).toBe(0);
  });
});
