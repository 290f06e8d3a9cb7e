import { describe, expect, it } from 'vitest';
import { claimFixture as claim } from './claimFixture';
import { indexClaims } from './indexClaims';
import { perKnownCount } from './perKnownCount';

const index = indexClaims([
  claim({ id: 'a1', eventEnd: '2024-11-29T12:00:00.000Z', publishedAt: '2024-11-30T20:59:59.000Z' }),
  claim({ id: 'a2', eventEnd: '2024-11-30T12:00:00.000Z', publishedAt: '2024-11-30T20:59:59.000Z' }),
]);

describe('perKnownCount(index, answer)', () => {
  it('hands the answer the number of the place’s claims known at the moment, under the reading', () => {
    const counts: number[] = [];
    const lookup = perKnownCount<number>(index, (_placeId, _moment, _reading, _remembered, known) => (counts.push(known), known));
    expect(lookup('aleppo-city', '2024-11-29T00:00:00.000Z', 'event')).toBe(0);
    expect(lookup('aleppo-city', '2024-11-29T12:00:00.000Z', 'event')).toBe(1);
    expect(lookup('aleppo-city', '2024-11-30T12:00:00.000Z', 'event')).toBe(2);
    expect(lookup('aleppo-city', '2024-11-30T12:00:00.000Z', 'report')).toBe(0);
    expect(lookup('nowhere', '2024-12-01T00:00:00.000Z', 'event')).toBe(0);
    expect(counts).toEqual([0, 1, 2, 0, 0]);
  });

  it('keeps what an answer stores for its place and reading only, across moments', () => {
    const lookup = perKnownCount<string>(index, (placeId, moment, reading, remembered, known) => (remembered[known] ??= `${placeId} ${reading} ${moment}`));
    const first = lookup('aleppo-city', '2024-11-29T12:00:00.000Z', 'event');
    // A later moment with the same number known reads what the first stored.
    expect(lookup('aleppo-city', '2024-11-30T11:00:00.000Z', 'event')).toBe(first);
    expect(lookup('aleppo-city', '2024-11-30T11:00:00.000Z', 'report')).not.toBe(first);
    expect(lookup('hama-city', '2024-11-30T11:00:00.000Z', 'event')).toBe('hama-city event 2024-11-30T11:00:00.000Z');
  });
});
