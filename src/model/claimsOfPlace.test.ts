import { describe, expect, it } from 'vitest';
import { claimFixture as claim } from './claimFixture';
import { claimsOfPlace } from './claimsOfPlace';
import { indexClaims } from './indexClaims';

describe('claimsOfPlace(index, place, moment, reading)', () => {
  const early = claim({ id: 'early', eventStart: '2024-11-27T05:00:00.000Z', eventEnd: '2024-11-27T06:00:00.000Z', publishedAt: '2024-11-30T20:59:59.000Z' });
  const late = claim({ id: 'late', eventStart: '2024-11-30T05:00:00.000Z', eventEnd: '2024-11-30T06:00:00.000Z', publishedAt: '2024-11-30T20:59:59.000Z' });
  const elsewhere = claim({ id: 'elsewhere', places: ['idlib-city'] });
  const index = indexClaims([early, late, elsewhere]);

  it('lists the claims about the place known by the moment, newest first', () => {
    expect(claimsOfPlace(index, 'aleppo-city', '2024-12-01T00:00:00.000Z', 'event').map((c) => c.id)).toEqual(['late', 'early']);
    expect(claimsOfPlace(index, 'aleppo-city', '2024-11-28T00:00:00.000Z', 'event').map((c) => c.id)).toEqual(['early']);
  });

  it('by report time, lists nothing before publication', () => {
    expect(claimsOfPlace(index, 'aleppo-city', '2024-11-30T20:00:00.000Z', 'report')).toEqual([]);
    expect(claimsOfPlace(index, 'aleppo-city', '2024-11-30T20:59:59.000Z', 'report')).toHaveLength(2);
  });

  it('lists nothing for a place no claim names', () => {
    expect(claimsOfPlace(index, 'nowhere', '2030-01-01T00:00:00.000Z', 'event')).toEqual([]);
  });
});
