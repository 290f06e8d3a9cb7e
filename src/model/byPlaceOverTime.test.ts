import { describe, expect, it } from 'vitest';
import { byPlaceOverTime, placesChangedFrom } from './byPlaceOverTime';
import { claimFixture as claim } from './claimFixture';
import { eventsAt, isEvent } from './eventsAt';
import { indexClaims } from './indexClaims';
import { placeStatusAt } from './placeStatusAt';
import { statusLookup } from './statusLookup';

const claims = [
  claim({ id: 'gov', holder: 'government', actor: 'government', extent: 'all', eventStart: '2016-11-30T21:00:00.000Z', eventEnd: '2016-12-31T20:59:59.000Z', historic: true }),
  claim({ id: 'half', extent: 'half', eventStart: '2024-11-29T10:00:00.000Z', eventEnd: '2024-11-30T08:00:00.000Z', contradicts: ['most'] }),
  claim({ id: 'most', extent: 'most', eventStart: '2024-11-29T12:00:00.000Z', eventEnd: '2024-11-30T20:59:59.000Z', contradicts: ['half'] }),
  claim({ id: 'hama', places: ['hama-city'], eventStart: '2024-11-28T00:00:00.000Z', eventEnd: '2024-12-01T12:00:00.000Z', publishedAt: '2024-12-01T20:59:59.000Z' }),
  claim({ id: 'strike', kind: 'airstrike', holder: null, extent: null, places: ['idlib-city'], eventEnd: '2024-11-30T05:00:00.000Z' }),
];
const index = indexClaims(claims);
const places = ['aleppo-city', 'hama-city', 'idlib-city', 'nowhere'];
// Every change time, a moment either side of it, and the moments a link might carry.
const moments = [
  '2016-01-01T00:00:00.000Z',
  '2016-12-31T20:59:59.000Z',
  '2024-11-27T00:00:00.000Z',
  '2024-11-28T00:00:00.000Z',
  '2024-11-29T10:00:00.000Z',
  '2024-11-29T11:00:00.000Z',
  '2024-11-30T05:00:00.000Z',
  '2024-11-30T07:59:59.000Z',
  '2024-11-30T08:00:00.000Z',
  '2024-11-30T12:00:00.000Z',
  '2024-11-30T20:59:59.000Z',
  '2024-12-01T12:00:00.000Z',
  '2024-12-01T20:59:59.000Z',
];
// Forwards, backwards, and a jumpy order, as a slider, the End key and a pasted link go.
const orders = [moments, [...moments].reverse(), moments.map((_, i) => moments[(i * 5) % moments.length] ?? '')];

describe('byPlaceOverTime(index, places, compute)', () => {
  it('gives every place what computing it afresh gives, at every moment, in any order, under both readings', () => {
    for (const reading of ['event', 'report'] as const) {
      for (const order of orders) {
        const statuses = byPlaceOverTime(index, places, statusLookup(index));
        const events = byPlaceOverTime(index, places, (place, moment, r) => eventsAt(index, [place], moment, r), isEvent);
        for (const moment of order) {
          const got = statuses(moment, reading);
          expect([...got.keys()]).toEqual(places);
          for (const place of places) {
            expect(got.get(place), `${place} at ${moment} (${reading})`).toEqual(placeStatusAt(index, place, moment, reading));
            expect(events(moment, reading).get(place)).toEqual(eventsAt(index, [place], moment, reading));
          }
        }
      }
    }
  });

  it('recomputes only the places with a change between the two moments, and hands the others back as they were', () => {
    const asked: string[] = [];
    const valuesAt = byPlaceOverTime(index, places, (place, moment) => {
      asked.push(place);
      return { place, moment };
    });
    const before = valuesAt('2024-11-29T11:00:00.000Z', 'event');
    expect(asked).toEqual(places);
    asked.length = 0;
    // Only Aleppo's 'half' claim becomes known (and stops being pending) between these two moments.
    const after = valuesAt('2024-11-30T08:00:00.000Z', 'event');
    expect(asked).toEqual(['aleppo-city', 'idlib-city']);
    expect(after.get('hama-city')).toBe(before.get('hama-city'));
    expect(after).not.toBe(before);
  });

  it('answers the same moment again with the same map, and keeps each reading apart', () => {
    const valuesAt = byPlaceOverTime(index, places, (place, moment, reading) => `${place} ${moment} ${reading}`);
    const first = valuesAt('2024-11-30T12:00:00.000Z', 'event');
    expect(valuesAt('2024-11-30T12:00:00.000Z', 'event')).toBe(first);
    expect(valuesAt('2024-11-30T12:00:00.000Z', 'report').get('nowhere')).toBe('nowhere 2024-11-30T12:00:00.000Z report');
  });

  it('tells which places a step changed: exactly those whose value is not the same object, for the step it made', () => {
    for (const reading of ['event', 'report'] as const) {
      for (const order of orders) {
        const valuesAt = byPlaceOverTime(index, places, statusLookup(index));
        let previous = valuesAt(order[0] ?? '', reading);
        for (const moment of order.slice(1)) {
          const next = valuesAt(moment, reading);
          const differing = places.filter((place) => next.get(place) !== previous.get(place));
          expect([...(placesChangedFrom(previous, next) ?? ['not known'])].sort()).toEqual(differing);
          previous = next;
        }
      }
    }
  });

  it('remembers its answers by moment: a moment asked for again, after others, is the very same map, worked out once', () => {
    const asked: string[] = [];
    const valuesAt = byPlaceOverTime(index, places, (place, moment) => {
      asked.push(`${place} ${moment}`);
      return { place, moment };
    });
    const [a, b, c] = [moments[3] ?? '', moments[6] ?? '', moments[10] ?? ''];
    const first = valuesAt(a, 'event');
    valuesAt(b, 'event');
    valuesAt(c, 'event');
    const askedSoFar = asked.length;
    expect(valuesAt(a, 'event')).toBe(first);
    expect(valuesAt(b, 'event').get('aleppo-city')).toEqual({ place: 'aleppo-city', moment: b });
    expect(asked).toHaveLength(askedSoFar);
    // The other reading has answers of its own.
    expect(valuesAt(a, 'report')).not.toBe(first);
  });

  it('past its budget of places’ answers keeps no more, and works a moment out again, to the same values', () => {
    const asked: string[] = [];
    // Room for two moments' answers of four places.
    const valuesAt = byPlaceOverTime(index, places, statusLookup(index), undefined, 2 * places.length);
    const count = byPlaceOverTime(index, places, (place, moment) => asked.push(`${place} ${moment}`), undefined, 2 * places.length);
    for (const moment of moments.slice(0, 4)) [valuesAt, count].forEach((ask) => ask(moment, 'event'));
    const firstKept = valuesAt(moments[0] ?? '', 'event');
    const notKept = valuesAt(moments[3] ?? '', 'event');
    valuesAt(moments[1] ?? '', 'event');
    expect(valuesAt(moments[0] ?? '', 'event')).toBe(firstKept);
    const again = valuesAt(moments[3] ?? '', 'event');
    expect(again).not.toBe(notKept);
    expect(Object.fromEntries(again)).toEqual(Object.fromEntries(notKept));
    count(moments[0] ?? '', 'event');
    asked.length = 0;
    count(moments[3] ?? '', 'event');
    expect(asked.length).toBeGreaterThan(0);
  });

  it('tells which places differ on a step back onto a remembered answer, as on the step forward', () => {
    const valuesAt = byPlaceOverTime(index, places, statusLookup(index));
    const before = valuesAt('2024-11-29T11:00:00.000Z', 'event');
    const after = valuesAt('2024-11-30T08:00:00.000Z', 'event');
    expect(valuesAt('2024-11-29T11:00:00.000Z', 'event')).toBe(before);
    const differing = places.filter((place) => before.get(place) !== after.get(place));
    expect(differing.length).toBeGreaterThan(0);
    expect([...(placesChangedFrom(after, before) ?? ['not known'])].sort()).toEqual(differing);
  });

  it('knows nothing of two answers that are not one step apart, and nothing changed between an answer and itself', () => {
    const valuesAt = byPlaceOverTime(index, places, statusLookup(index));
    const first = valuesAt(moments[2] ?? '', 'event');
    const second = valuesAt(moments[6] ?? '', 'event');
    const third = valuesAt(moments[10] ?? '', 'event');
    expect(placesChangedFrom(first, third)).toBeNull();
    expect(placesChangedFrom(third, first)).toBeNull();
    expect(placesChangedFrom(second, second)).toEqual([]);
    expect(placesChangedFrom(second, third)).not.toBeNull();
  });
});
