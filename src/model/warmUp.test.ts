import { describe, expect, it } from 'vitest';
import { claimFixture as claim } from './claimFixture';
import { indexClaims } from './indexClaims';
import { placeStatusAt } from './placeStatusAt';
import { statusLookup } from './statusLookup';
import { warmUp } from './warmUp';

const claims = [
  claim({ id: 'a1', eventEnd: '2024-11-29T12:00:00.000Z', publishedAt: '2024-11-30T20:59:59.000Z' }),
  claim({ id: 'a2', holder: 'government', actor: 'government', eventEnd: '2024-11-29T12:00:00.000Z', publishedAt: '2024-12-01T20:59:59.000Z' }),
  claim({ id: 'a3', eventEnd: '2024-11-30T12:00:00.000Z', publishedAt: '2024-12-01T20:59:59.000Z' }),
  claim({ id: 'h1', places: ['hama-city'], eventEnd: '2024-11-30T06:00:00.000Z', publishedAt: '2024-11-30T20:59:59.000Z' }),
];
const index = indexClaims(claims);

const places = ['aleppo-city', 'hama-city'];

describe('warmUp(index, reading, lookups)', () => {
  it('asks each lookup about each place once per distinct moment a claim of it becomes known, under the reading', () => {
    const asked: string[] = [];
    const record = (placeId: string, moment: string, reading: string) => void asked.push(`${placeId} ${moment} ${reading}`);
    expect([...warmUp(index, 'event', [[record, places]])]).toEqual([1, 2]);
    expect(asked).toEqual(['aleppo-city 2024-11-29T12:00:00.000Z event', 'aleppo-city 2024-11-30T12:00:00.000Z event', 'hama-city 2024-11-30T06:00:00.000Z event']);
    asked.length = 0;
    expect([...warmUp(index, 'report', [[record, places]])]).toHaveLength(2);
    expect(asked).toEqual(['aleppo-city 2024-11-30T20:59:59.000Z report', 'aleppo-city 2024-12-01T20:59:59.000Z report', 'hama-city 2024-11-30T20:59:59.000Z report']);
  });

  it('does nothing until asked for its next place, so the caller can spread it out or stop', () => {
    let asked = 0;
    const work = warmUp(index, 'event', [[() => void (asked += 1), places]]);
    expect(asked).toBe(0);
    work.next();
    expect(asked).toBe(2);
  });

  it('asks each lookup only about its own places, and about a place without claims nothing', () => {
    const asked: string[] = [];
    const statuses = (placeId: string) => void asked.push(`status ${placeId}`);
    const events = (placeId: string) => void asked.push(`events ${placeId}`);
    expect([...warmUp(index, 'event', [[statuses, [...places, 'nowhere']], [events, ['hama-city']]])]).toEqual([1, 2, 3, 4]);
    expect(asked).toEqual(['status aleppo-city', 'status aleppo-city', 'status hama-city', 'events hama-city']);
  });

  it('leaves a status lookup answering as before, from what it remembered', () => {
    const statusOf = statusLookup(index);
    expect([...warmUp(index, 'event', [[statusOf, places]])]).toHaveLength(2);
    for (const moment of ['2024-11-29T00:00:00.000Z', '2024-11-29T12:00:00.000Z', '2024-11-30T13:00:00.000Z']) {
      expect(statusOf('aleppo-city', moment, 'event')).toEqual(placeStatusAt(index, 'aleppo-city', moment, 'event'));
    }
  });
});
