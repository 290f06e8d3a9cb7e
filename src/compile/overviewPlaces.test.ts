import { describe, expect, it } from 'vitest';
import type { Place } from '../model/types';
import { OVERVIEW, overviewPlaces } from './overviewPlaces';

/** A square with `perSide` vertices on each side, jittered far below the tolerance: detail to simplify away. */
function square(id: string, kind: Place['properties']['kind'], [west, south]: [number, number], size: number, perSide = 40): Place {
  const ring: [number, number][] = [];
  const corners: [number, number][] = [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
  ];
  corners.forEach((from, i) => {
    const to = corners[(i + 1) % 4] ?? from;
    for (let k = 0; k < perSide; k++) {
      const t = k / perSide;
      const jitter = k % 2 ? OVERVIEW.tolerance / 10 : 0;
      ring.push([from[0] + (to[0] - from[0]) * t + jitter, from[1] + (to[1] - from[1]) * t + jitter]);
    }
  });
  ring.push(ring[0] ?? [west, south]);
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: { id, kind, anchor: [west, south], areaKm2: 1, lengthKm: 0, detail: false } as unknown as Place['properties'],
  };
}

describe('overviewPlaces(features)', () => {
  const governorate = square('west-governorate', 'governorate', [36, 35], 1);
  const neighbour = square('east-governorate', 'governorate', [37, 35], 1);
  const citadel = square('citadel', 'landmark', [36.5, 35.5], 0.004, 8);
  const { overview, detail } = overviewPlaces([governorate, neighbour, citadel]);

  it('simplifies the large context areas, and keeps their full outlines in the detail file', () => {
    const [west] = overview;
    expect(west?.properties.detail).toBe(true);
    expect(JSON.stringify(west?.geometry).length).toBeLessThan(JSON.stringify(governorate.geometry).length / 5);
    expect(detail.format).toBe('claimmap/places-detail@1');
    expect(detail.features.map((f) => [f.id, f.geometry])).toEqual([
      ['west-governorate', governorate.geometry],
      ['east-governorate', neighbour.geometry],
    ]);
  });

  it('leaves small places alone, however detailed, and says they have no detail file', () => {
    const small = overview[2];
    expect(small?.geometry).toEqual(citadel.geometry);
    expect(small?.properties.detail).toBe(false);
  });

  it('keeps the border two neighbours share in one place (they are simplified together)', () => {
    const ringOf = (place: Place | undefined) => (place?.geometry.type === 'Polygon' ? (place.geometry.coordinates[0] ?? []) : []);
    const onBorder = (ring: number[][]) => ring.filter(([lon]) => lon === 37).map(([, lat]) => lat).sort();
    expect(onBorder(ringOf(overview[0]))).toEqual(onBorder(ringOf(overview[1])));
  });

  it('does not change its input', () => {
    const before = JSON.stringify(governorate);
    overviewPlaces([governorate]);
    expect(JSON.stringify(governorate)).toBe(before);
  });
});
