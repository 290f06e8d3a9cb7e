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

const aleppoTwo = { placeId: 'aleppo-city', kinds: ['airstrike'], count: 2, label: `Aleppo: ${en.t.kinds.airstrike} (2)` };
const aleppoOne = { ...aleppoTwo, count: 1, label: `Aleppo: ${en.t.kinds.airstrike} (1)` };
const idlibOne = { placeId: 'idlib-city', kinds: ['airstrike'], count: 1, label: `Idlib: ${en.t.kinds.airstrike} (1)` };

describe('eventMarkersOverTime(eventsByPlaceAt, placesById)', () => {
  it('gives each place its marker, with the count of its claims and its words, or null where nothing has happened', () => {
    const at = markersAt();
    expect(Object.fromEntries(at('2024-11-30T04:00:00.000Z', 'event', en))).toEqual({ 'aleppo-city': null, 'idlib-city': null });
    expect(Object.fromEntries(at('2024-11-30T10:00:00.000Z', 'event', en))).toEqual({ 'aleppo-city': aleppoTwo, 'idlib-city': idlibOne });
  });

  it('hands back an unchanged place’s marker as the same object, and a changed one anew', () => {
    const at = markersAt();
    const before = at('2024-11-30T06:00:00.000Z', 'event', en);
    const after = at('2024-11-30T10:00:00.000Z', 'event', en);
    expect(after.get('idlib-city')).toBe(before.get('idlib-city'));
    expect(after.get('aleppo-city')).not.toBe(before.get('aleppo-city'));
    expect(after.get('aleppo-city')?.count).toBe(2);
    expect(at('2024-11-30T10:00:00.000Z', 'event', en)).toBe(after);
  });

  it('gives the same markers whether stepped to, jumped to or stepped back to', () => {
    const stepped = markersAt();
    const jumped = markersAt();
    for (const moment of ['2024-11-30T04:00:00.000Z', '2024-11-30T06:00:00.000Z', '2024-11-30T10:00:00.000Z']) stepped(moment, 'event', en);
    expect(Object.fromEntries(stepped('2024-11-30T06:00:00.000Z', 'event', en))).toEqual({ 'aleppo-city': aleppoOne, 'idlib-city': idlibOne });
    expect(Object.fromEntries(jumped('2024-11-30T06:00:00.000Z', 'event', en))).toEqual({ 'aleppo-city': aleppoOne, 'idlib-city': idlibOne });
    expect(Object.fromEntries(stepped('2024-11-30T04:00:00.000Z', 'event', en))).toEqual({ 'aleppo-city': null, 'idlib-city': null });
  });

  it('words the markers in the language asked for, and keeps each language’s own', async () => {
    const at = markersAt();
    const nb = await loadInterfaceLanguage('nb');
    const english = at('2024-11-30T10:00:00.000Z', 'event', en);
    expect(at('2024-11-30T10:00:00.000Z', 'event', nb).get('aleppo-city')?.label).toBe(`Aleppo by: ${nb.t.kinds.airstrike} (2)`);
    expect(at('2024-11-30T10:00:00.000Z', 'event', en)).toBe(english);
  });
});
