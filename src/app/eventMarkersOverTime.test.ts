import { describe, expect, it } from 'vitest';
import { ENGLISH as en, loadInterfaceLanguage } from '../i18n';
import { byPlaceOverTime, eventsAt, indexClaims, isEvent, type Place } from '../model';
import { claimFixture as claim } from '../model/claimFixture';
import { eventMarkersOverTime } from './eventMarkersOverTime';

const strike = (id: string, place: string, end: string) => claim({ id, kind: 'airstrike', holder: null, extent: null, places: [place], eventEnd: end });
const index = indexClaims([
  strike('s1', 'aleppo-city', '2024-11-30T05:00:00.000Z'),
  strike('s2', 'aleppo-city', '2024-11-30T09:00:00.000Z'),
  strike('s3', 'idlib-city', '2024-11-30T05:00:00.000Z'),
]);
const place = (id: string, en: string, nb: string) => ({ id, properties: { names: { en, nb, id: en, ar: en } } }) as unknown as Place;
const placesById = new Map([
  ['aleppo-city', place('aleppo-city', 'Aleppo', 'Aleppo by')],
  ['idlib-city', place('idlib-city', 'Idlib', 'Idlib by')],
]);
const markersAt = () =>
  eventMarkersOverTime(
    byPlaceOverTime(index, [...placesById.keys()], (id, moment, reading) => eventsAt(index, [id], moment, reading), isEvent),
    placesById,
  );

describe('eventMarkersOverTime(eventsByPlaceAt, placesById)', () => {
  it('gives one marker per place with events, with the count of its claims and its words', () => {
    const at = markersAt();
    expect(at('2024-11-30T04:00:00.000Z', 'event', en)).toEqual([]);
    expect(at('2024-11-30T10:00:00.000Z', 'event', en)).toEqual([
      { placeId: 'aleppo-city', kinds: ['airstrike'], count: 2, label: `Aleppo: ${en.t.kinds.airstrike} (2)` },
      { placeId: 'idlib-city', kinds: ['airstrike'], count: 1, label: `Idlib: ${en.t.kinds.airstrike} (1)` },
    ]);
  });

  it('hands back an unchanged place’s marker as the same object, and a changed one anew', () => {
    const at = markersAt();
    const [aleppoBefore, idlibBefore] = at('2024-11-30T06:00:00.000Z', 'event', en);
    const [aleppoAfter, idlibAfter] = at('2024-11-30T10:00:00.000Z', 'event', en);
    expect(idlibAfter).toBe(idlibBefore);
    expect(aleppoAfter).not.toBe(aleppoBefore);
    expect(aleppoAfter?.count).toBe(2);
  });

  it('words the markers in the language asked for', async () => {
    const at = markersAt();
    const nb = await loadInterfaceLanguage('nb');
    at('2024-11-30T10:00:00.000Z', 'event', en);
    expect(at('2024-11-30T10:00:00.000Z', 'event', nb)[0]?.label).toBe(`Aleppo by: ${nb.t.kinds.airstrike} (2)`);
  });
});
