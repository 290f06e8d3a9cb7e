import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Geometry, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGeometry } from './checkGeometry';
import { deriveBasemap } from './deriveBasemap';
import { readGeoTree, type GeoTree } from './readGeoTree';
import type { PlaceFileJson } from './schemas/placeFileSchema';
import { BASEMAP_FORMAT, type BasemapFile, type BasemapLayer } from '../model/types';

const LAYERS: BasemapLayer[] = ['land', 'governorate', 'border', 'coast', 'river', 'lake', 'city'];
/** The vendored files' clip box (geo/basemap/README.md). */
const VENDORED_BBOX = [34.5, 31.5, 42.5, 38] as const;

let tree: GeoTree;
let basemap: BasemapFile;
beforeAll(() => {
  tree = readGeoTree(join(import.meta.dirname, '../../geo'));
  basemap = deriveBasemap(tree);
});

const ofLayer = (layer: BasemapLayer) => basemap.features.filter((feature) => feature.properties.layer === layer);
const positionsOf = (geometry: Geometry): Position[] => {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'LineString') return geometry.coordinates;
  if (geometry.type === 'MultiLineString' || geometry.type === 'Polygon') return geometry.coordinates.flat();
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat(2);
  return [];
};
/** Positions as strings, rounded as deriveBasemap rounds, so that source and output compare. */
const keysOf = (geometries: Geometry[]) =>
  new Set(geometries.flatMap(positionsOf).map((p) => p.map((v) => Math.round(v * 1e4) / 1e4).join()));
const sourceGeometries = (file: string): Geometry[] =>
  JSON.parse(new TextDecoder().decode(tree.get(`geo/basemap/${file}`))).features.map((f: { geometry: Geometry }) => f.geometry);

describe('deriveBasemap(tree) on geo/basemap', () => {
  it('has every layer: the nine countries, the fourteen governorates, borders, coast, rivers, lakes, towns', () => {
    const counts = Object.fromEntries(LAYERS.map((layer) => [layer, ofLayer(layer).length]));
    console.log('basemap features per layer:', counts);
    expect(basemap.format).toBe(BASEMAP_FORMAT);
    for (const layer of LAYERS) expect(counts[layer], layer).toBeGreaterThan(0);
    expect(ofLayer('land').map((f) => f.properties.name).sort()).toEqual([
      'Iraq', 'Israel', 'Jordan', 'Lebanon', 'Northern Cyprus', 'Palestine', 'Saudi Arabia', 'Syria', 'Turkey',
    ]);
    expect(counts.governorate).toBe(14);
  });

  it('stays small: under 120 KB raw', () => {
    const json = JSON.stringify(basemap);
    const bytes = new TextEncoder().encode(json).length;
    const vertices = basemap.features.reduce((n, f) => n + positionsOf(f.geometry).length, 0);
    const gzip = gzipSync(json).length;
    console.log(`basemap: ${(bytes / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip, ${vertices} vertices`);
    expect(bytes).toBeLessThan(120 * 1024);
  });

  it('keeps every polygon valid: closed rings of four or more positions, RFC 7946 winding, no self-intersections', () => {
    for (const feature of basemap.features) {
      const { layer, name } = feature.properties;
      expect(checkGeometry(feature.geometry as PlaceFileJson['geometry'], VENDORED_BBOX), `${layer} ${name}`).toEqual([]);
      if (feature.geometry.type !== 'Polygon' && feature.geometry.type !== 'MultiPolygon') continue;
      const rings = feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
      for (const ring of rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
      }
    }
  });

  it('rounds to 4 decimals and repeats no position in a row', () => {
    for (const feature of basemap.features) {
      const positions = positionsOf(feature.geometry);
      for (const value of positions.flat()) expect(Math.round(value * 1e4) / 1e4).toBe(value);
      for (let i = 1; i < positions.length; i++) expect(positions[i], feature.properties.name).not.toEqual(positions[i - 1]);
    }
  });

  it('keeps what met meeting: the coast on the land, and each shared border the same line on both sides', () => {
    const land = keysOf(ofLayer('land').map((f) => f.geometry));
    expect([...keysOf(ofLayer('coast').map((f) => f.geometry))].filter((key) => !land.has(key))).toEqual([]);
    for (const [layer, file] of [['land', 'countries.geojson'], ['governorate', 'syria_governorates.geojson']] as const) {
      const sources = sourceGeometries(file);
      const simplified = ofLayer(layer).map((f) => f.geometry);
      expect(simplified.length).toBe(sources.length);
      sources.forEach((source, b) => {
        // A vertex of A that lay on B's outline must still be a vertex of B, or a sliver opens between them.
        const onB = keysOf([source]);
        const keptOnB = keysOf([simplified[b] as Geometry]);
        simplified.forEach((a, i) => {
          if (i === b) return;
          const strays = [...keysOf([a])].filter((key) => onB.has(key) && !keptOnB.has(key));
          expect(strays, `${layer} ${i} against ${b}`).toEqual([]);
        });
      });
    }
  });

  it('labels the towns of the offensive, and names the Orontes', () => {
    const towns = new Map(ofLayer('city').map((f) => [f.properties.name, f]));
    for (const name of ['Aleppo', 'Idlib', 'Hama', 'Latakia', 'Damascus', 'Homs']) {
      expect(towns.get(name)?.geometry.type, name).toBe('Point');
      expect(towns.get(name)?.properties.rank, name).toEqual(expect.any(Number));
    }
    expect(ofLayer('city').length).toBe(towns.size); // one label per name
    expect(ofLayer('river').map((f) => f.properties.name)).toContain('Orontes (Asi)');
  });

  it('is deterministic and does not mutate the tree it reads', () => {
    const before = new Map([...tree].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));
    const again = deriveBasemap(tree);
    expect(JSON.stringify(again)).toBe(JSON.stringify(basemap));
    expect(new Map([...tree].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]))).toEqual(before);
  });
});

describe('deriveBasemap(tree) without a full geo/basemap', () => {
  it('gives an empty basemap for a tree with no geo/basemap/ (the fixtures)', () => {
    expect(deriveBasemap(new Map())).toEqual({ type: 'FeatureCollection', format: BASEMAP_FORMAT, features: [] });
  });

  it('throws, naming the file, when one of the vendored files is missing', () => {
    const partial = new Map(readGeoTree(join(import.meta.dirname, '../../geo')));
    partial.delete('geo/basemap/rivers.geojson');
    expect(() => deriveBasemap(partial)).toThrow('geo/basemap/rivers.geojson is missing');
  });
});
