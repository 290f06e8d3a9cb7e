import { describe, expect, it } from 'vitest';
import { claimFixture as claim } from './claimFixture';
import { eventsAt } from './eventsAt';
import { eventsLookup } from './eventsLookup';
import { indexClaims } from './indexClaims';

const strike1 = claim({ id: 's1', kind: 'airstrike', holder: null, extent: null, eventEnd: '2024-11-30T05:00:00.000Z', publishedAt: '2024-11-30T20:59:59.000Z' });
const control = claim({ id: 'ctl', eventEnd: '2024-11-30T08:00:00.000Z', publishedAt: '2024-11-30T20:59:59.000Z' });
const strike2 = claim({ id: 's2', kind: 'airstrike', holder: null, extent: null, eventEnd: '2024-11-30T10:00:00.000Z', publishedAt: '2024-12-01T20:59:59.000Z' });
const curfew = claim({ id: 'c', kind: 'curfew', holder: null, extent: null, eventEnd: '2024-11-30T14:00:00.000Z', publishedAt: '2024-12-01T20:59:59.000Z' });
const index = indexClaims([strike1, control, strike2, curfew]);
const moments = [
  '2024-11-29T00:00:00.000Z',
  '2024-11-30T05:00:00.000Z',
  '2024-11-30T08:00:00.000Z',
  '2024-11-30T09:00:00.000Z',
  '2024-11-30T10:00:00.000Z',
  '2024-11-30T20:59:59.000Z',
  '2024-12-01T20:59:59.000Z',
];

describe('eventsLookup(index)', () => {
  it('gives exactly what eventsAt gives for the place, at every moment, under both readings, in any order of asking', () => {
    const eventsOf = eventsLookup(index);
    for (const reading of ['event', 'report'] as const) {
      for (const moment of [...moments, ...[...moments].reverse()]) {
        for (const place of ['aleppo-city', 'nowhere']) {
          expect(eventsOf(place, moment, reading), `${place} ${moment} ${reading}`).toEqual(eventsAt(index, [place], moment, reading));
        }
      }
    }
  });

  it('hands back the same array while the place’s events are unchanged, through a claim that is not an event', () => {
    const eventsOf = eventsLookup(index);
    const afterFirstStrike = eventsOf('aleppo-city', '2024-11-30T05:00:00.000Z', 'event');
    // The control claim becomes known at 08:00: more claims known, the same events.
    expect(eventsOf('aleppo-city', '2024-11-30T08:00:00.000Z', 'event')).toBe(afterFirstStrike);
    expect(eventsOf('aleppo-city', '2024-11-30T10:00:00.000Z', 'event')).not.toBe(afterFirstStrike);
  });

  it('reuses the array of the count above too, when that one was asked for first (scrubbing backwards)', () => {
    const eventsOf = eventsLookup(index);
    const atEight = eventsOf('aleppo-city', '2024-11-30T08:00:00.000Z', 'event');
    expect(eventsOf('aleppo-city', '2024-11-30T05:00:00.000Z', 'event')).toBe(atEight);
  });
});
