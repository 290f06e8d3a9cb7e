import { describe, expect, it } from 'vitest';
import { parseSyriaTime } from '../time/parseSyriaTime';
import { cachedSyriaTime } from './cachedSyriaTime';

describe('cachedSyriaTime(text, bound)', () => {
  it.each([
    ['2024-11-30', 'start'],
    ['2024-11-30', 'end'],
    ['2024-11-30T17:00', 'start'],
    ['2024-11-30T17:00:00+02:00', 'end'],
    ['2024-02-30', 'start'],
    ['not a time', 'end'],
  ] as const)('gives what parseSyriaTime gives for %s (%s), the second time too', (text, bound) => {
    expect(cachedSyriaTime(text, bound)).toBe(parseSyriaTime(text, bound));
    expect(cachedSyriaTime(text, bound)).toBe(parseSyriaTime(text, bound));
  });

  it('keeps the two ends of a date apart', () => {
    expect(cachedSyriaTime('2024-12-01', 'start')).toBe('2024-11-30T21:00:00.000Z');
    expect(cachedSyriaTime('2024-12-01', 'end')).toBe('2024-12-01T20:59:59.000Z');
  });
});
