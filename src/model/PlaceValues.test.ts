import { describe, expect, it } from 'vitest';
import { PlaceValues } from './PlaceValues';

const places = ['aleppo-city', 'idlib-city', 'hama-city'];

describe('PlaceValues', () => {
  it('reads like a Map of the places, in their order', () => {
    const values = PlaceValues.of(places, (id) => id.length);
    expect(values.size).toBe(3);
    expect(values.get('idlib-city')).toBe(10);
    expect(values.get('nowhere')).toBeUndefined();
    expect(values.has('hama-city')).toBe(true);
    expect(values.has('nowhere')).toBe(false);
    expect([...values]).toEqual([...new Map(places.map((id) => [id, id.length]))]);
    expect([...values.keys()]).toEqual(places);
    expect([...values.values()]).toEqual([11, 10, 9]);
    const seen: string[] = [];
    values.forEach((value, id, map) => seen.push(`${id}=${value}:${map === values}`));
    expect(seen).toEqual(['aleppo-city=11:true', 'idlib-city=10:true', 'hama-city=9:true']);
  });

  it('makes a changed copy and leaves the original as it was, unchanged values the very same objects', () => {
    const original = PlaceValues.of(places, (id) => ({ id }));
    const copy = original.with([
      ['idlib-city', { id: 'taken' }],
      ['nowhere', { id: 'ignored' }],
    ]);
    expect(copy).not.toBe(original);
    expect(copy.get('idlib-city')).toEqual({ id: 'taken' });
    expect(original.get('idlib-city')).toEqual({ id: 'idlib-city' });
    expect(copy.get('aleppo-city')).toBe(original.get('aleppo-city'));
    expect(copy.has('nowhere')).toBe(false);
    expect(copy.size).toBe(3);
    const walked: string[] = [];
    copy.forEach((value, id) => walked.push(`${id}=${value.id}`));
    expect(walked).toEqual(['aleppo-city=aleppo-city', 'idlib-city=taken', 'hama-city=hama-city']);
  });

  it('keeps its own list of the places: changing the array it was made from changes nothing', () => {
    const ids = [...places];
    const values = PlaceValues.of(ids, (id) => id.length);
    ids.reverse();
    const walked: string[] = [];
    values.forEach((_value, id) => walked.push(id));
    expect(walked).toEqual(places);
  });

  it('refuses a list that names a place twice', () => {
    expect(() => PlaceValues.of(['a', 'b', 'a'], () => 0)).toThrow(/listed twice/);
  });
});
