import { describe, expect, it } from 'vitest';
import { claimFixture as claim } from './claimFixture';
import { indexClaims } from './indexClaims';
import { placeStatusAt } from './placeStatusAt';
import { statusLookup } from './statusLookup';

const claims = [
  claim({ id: 'gov', holder: 'government', actor: 'government', extent: 'all', eventStart: '2016-11-30T21:00:00.000Z', eventEnd: '2016-12-31T20:59:59.000Z', historic: true }),
  claim({ id: 'half', extent: 'half', eventStart: '2024-11-29T10:00:00.000Z', eventEnd: '2024-11-30T08:00:00.000Z', contradicts: ['most'] }),
  claim({ id: 'most', extent: 'most', eventStart: '2024-11-29T12:00:00.000Z', eventEnd: '2024-11-30T20:59:59.000Z', contradicts: ['half'] }),
];
const index = indexClaims(claims);
const moments = [
  '2016-01-01T00:00:00.000Z',
  '2024-11-27T00:00:00.000Z',
  '2024-11-29T11:00:00.000Z',
  '2024-11-30T08:00:00.000Z',
  '2024-11-30T12:00:00.000Z',
  '2024-11-30T20:59:59.000Z',
  '2024-12-01T20:59:59.000Z',
];

describe('statusLookup(index)', () => {
  it('gives exactly what placeStatusAt gives, at every moment, under both readings, in any order of asking', () => {
    const statusOf = statusLookup(index);
    for (const reading of ['event', 'report'] as const) {
      for (const moment of [...moments, ...[...moments].reverse()]) {
        for (const place of ['aleppo-city', 'nowhere']) {
          expect(statusOf(place, moment, reading), `${place} ${moment} ${reading}`).toEqual(placeStatusAt(index, place, moment, reading));
        }
      }
    }
  });

  it('hands back the same object while nothing about the place has changed, so a drawing can skip it', () => {
    const statusOf = statusLookup(index);
    const first = statusOf('aleppo-city', '2024-12-01T00:00:00.000Z', 'event');
    expect(statusOf('aleppo-city', '2024-12-01T20:59:59.000Z', 'event')).toBe(first);
    expect(statusOf('aleppo-city', '2024-11-27T00:00:00.000Z', 'event')).not.toBe(first);
  });
});
