import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanClockwise } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { compileDataset, type CompiledDataset } from '../compile/compileDataset';
import { formatGeoError } from '../compile/GeoError';
import { readGeoTree } from '../compile/readGeoTree';
import { indexClaims, placeStatusAt } from '../model';
import { generateDataset, geoTreeOf } from './generateDataset';
import { writeGeoFiles } from './writeGeoFiles';

function compiled(places: number, seed?: number): CompiledDataset {
  const result = compileDataset(geoTreeOf(generateDataset({ places, seed })));
  if (!result.ok) throw new Error(result.errors.map(formatGeoError).join('\n'));
  return result.dataset;
}

describe('generateDataset({places})', () => {
  it('writes a geo/ tree that npm run geo compiles without a single error, ten claims per place', () => {
    const root = mkdtempSync(join(tmpdir(), 'claimmap-bench-test-'));
    try {
      const geoDir = writeGeoFiles(root, generateDataset({ places: 30 }));
      const result = compileDataset(readGeoTree(geoDir));
      if (!result.ok) throw new Error(result.errors.map(formatGeoError).join('\n'));
      expect(result.dataset.places.features).toHaveLength(30);
      expect(result.dataset.claims.claims).toHaveLength(300);
      expect(result.dataset.sources.sources.length).toBeGreaterThan(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is deterministic: the same seed gives the same bytes, another seed other bytes', () => {
    const bytes = (seed?: number) => JSON.stringify([...generateDataset({ places: 12, seed })]);
    expect(bytes()).toBe(bytes());
    expect(bytes(7)).not.toBe(bytes());
  });

  it('draws simple counter-clockwise polygons inside the region, one per place', () => {
    const { places } = compiled(40);
    for (const place of places.features) {
      if (place.geometry.type !== 'Polygon') throw new Error(`${place.id} is a ${place.geometry.type}`);
      const [ring] = place.geometry.coordinates;
      expect(booleanClockwise(ring as Position[])).toBe(false);
      for (const [lon, lat] of ring as Position[]) {
        expect(lon).toBeGreaterThanOrEqual(35);
        expect(lon).toBeLessThanOrEqual(42.5);
        expect(lat).toBeGreaterThanOrEqual(32);
        expect(lat).toBeLessThanOrEqual(37.5);
      }
    }
  });

  it('quotes each claim verbatim from its generated article', () => {
    const { claims, sourceTexts } = compiled(10);
    for (const claim of claims.claims) {
      expect(sourceTexts.texts[claim.sourceId]?.slice(...claim.quoteAt)).toBe(claim.quote);
    }
  });

  it('changes holders over the span and records contradictions, so the map has something to redraw', () => {
    const { claims, places } = compiled(50);
    const index = indexClaims(claims.claims);
    const { start, end } = claims.dataset.span;
    const statusAt = (moment: string) => places.features.map((place) => placeStatusAt(index, place.id, moment, 'event').status);
    expect(new Set(statusAt(start))).toEqual(new Set(['government']));
    const atEnd = statusAt(end);
    expect(atEnd).toContain('opposition');
    expect(atEnd).toContain('government');
    expect(claims.claims.filter((claim) => claim.contradicts.length).length).toBe(2 * 50);
    const middle = new Date((Date.parse(start) + Date.parse(end)) / 2).toISOString();
    expect(statusAt(middle)).toContain('contested');
  });

  it('rejects a count of places that is not a positive integer', () => {
    expect(() => generateDataset({ places: 0 })).toThrow('places must be a positive integer, not 0');
    expect(() => generateDataset({ places: 2.5 })).toThrow('places must be a positive integer');
  });
});
