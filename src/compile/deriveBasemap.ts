import type { Feature, Geometry } from 'geojson';
import type { GeoTree } from './readGeoTree';
import { simplifyShared } from './simplifyShared';
import { tidyGeometry } from './tidyGeometry';
import { BASEMAP_FORMAT, type BasemapFile, type BasemapLayer, type BasemapProperties } from '../model/types';

type Props = Record<string, unknown>;

/** The thinning, for zoom 7–11 around Aleppo, where a pixel is ~0.011° at zoom 7 and ~0.0007° at zoom 11. */
const DEFAULTS = {
  /**
   * Douglas–Peucker tolerance in degrees (~450 m: 0.5 px at zoom 7, 7 px at 11). Measured on geo/basemap:
   * unsimplified 184 KB; 0.003 → 109 KB, but Tartous's coast then crosses itself; 0.004 → 94 KB (26.0 KB
   * gzipped); 0.0045 → 24.7 KB gzipped, which brings the embed's first load (data and basemap) under its
   * 60 KB budget; 0.005 → 83 KB.
   */
  tolerance: 0.0045,
  /** ~10 m, a sixth of a pixel at zoom 11: a fifth decimal would only add bytes. */
  decimals: 4,
  /** Town labels for the theatre of the offensive and its approaches, not the whole vendored region. */
  cityBox: { west: 35.3, south: 33.2, east: 39.5, north: 37.2 },
  cityMinPopulation: 50_000,
  /** Natural Earth scalerank (lower = more important) at or under which a feature stays regardless. */
  maxRank: { city: 6, river: 8, lake: 8 },
};

interface LayerRule {
  layer: BasemapLayer;
  file: string;
  keep?: (feature: Feature, p: Props) => boolean;
  name?: (p: Props) => string | undefined;
  rank?: (p: Props) => number | undefined;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const numberOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const rankOf = (p: Props) => numberOf(p.scalerank);
const ranked = (p: Props, max: number) => (rankOf(p) ?? Infinity) <= max;
/**
 * NE's name, else the project's identification of an unnamed feature, cut to its label ("Orontes (Asi)" from
 * "Orontes (Asi): course passes Hama, …"). A hedged one ("probably Balikh") is drawn but not labelled: a label
 * cannot carry the hedge.
 */
const identified = (p: Props) => text(p.identified_as)?.split(/[:,]/)[0]?.trim();
const anyName = (p: Props) => text(p.name_en) ?? text(p.name) ?? identified(p);
const waterName = (p: Props) => (anyName(p)?.startsWith('probably') ? undefined : anyName(p));
// NE ranks water for a world map and puts the Orontes (through Hama and Jisr al-Shughur) at 10, Sabkhat
// al-Jabbul (beside Aleppo) at 10, Lake Qattinah at 12; on a regional map whatever can be named is what a
// reader orients by, so those stay with the top ranks.
const keepWater = (max: number) => (_: Feature, p: Props) => ranked(p, max) || anyName(p) !== undefined;

function isCityLabel(feature: Feature, p: Props): boolean {
  if (feature.geometry.type !== 'Point') return false;
  const [lon = NaN, lat = NaN] = feature.geometry.coordinates;
  const { west, south, east, north } = DEFAULTS.cityBox;
  const inside = lon >= west && lon <= east && lat >= south && lat <= north;
  return inside && (ranked(p, DEFAULTS.maxRank.city) || (numberOf(p.pop_max) ?? 0) >= DEFAULTS.cityMinPopulation);
}

const LAYERS: LayerRule[] = [
  { layer: 'land', file: 'countries.geojson', name: (p) => text(p.name) },
  // CC BY 3.0 IGO (geoBoundaries, from UN OCHA): the app credits it wherever governorates show.
  { layer: 'governorate', file: 'syria_governorates.geojson', name: (p) => text(p.name) },
  {
    layer: 'border',
    file: 'boundaries.geojson',
    // Lines between states as they stand on the ground, the Golan ceasefire line included. Claim lines and the
    // UNDOF zone's limit would add lines no claim here is about; the governorates already draw the UN's Quneitra.
    keep: (_, p) => p.kind === 'land_boundary' && p.featurecla !== 'Overlay limit',
    name: (p) => text(p.name),
  },
  { layer: 'coast', file: 'coastline.geojson' },
  { layer: 'river', file: 'rivers.geojson', keep: keepWater(DEFAULTS.maxRank.river), name: waterName, rank: rankOf },
  { layer: 'lake', file: 'lakes.geojson', keep: keepWater(DEFAULTS.maxRank.lake), name: waterName, rank: rankOf },
  {
    layer: 'city',
    file: 'populated_places.geojson',
    keep: isCityLabel,
    name: (p) => text(p.name_en) ?? text(p.name),
    rank: rankOf,
  },
];

/** The files of geo/basemap/ the basemap is drawn from; checkBasemap checks them before anything is derived. */
export const BASEMAP_FILES = LAYERS.map((rule) => `geo/basemap/${rule.file}`);

/**
 * geo/basemap/*.geojson → one small FeatureCollection the app draws offline beneath the places. Pure: reads the
 * files' bytes from the tree, returns new GeoJSON. A tree without geo/basemap/ (the fixtures) gives an empty
 * basemap; a tree with some of its files but not all is a broken vendoring and throws.
 */
export function deriveBasemap(tree: GeoTree): BasemapFile {
  const kept: { properties: BasemapProperties; geometry: Geometry }[] = [];
  const vendored = [...tree.keys()].some((path) => path.startsWith('geo/basemap/'));
  for (const rule of vendored ? LAYERS : []) {
    const names = new Set<string>();
    for (const source of readFeatures(tree, `geo/basemap/${rule.file}`)) {
      const p: Props = source.properties ?? {};
      if (rule.keep && !rule.keep(source, p)) continue;
      const name = rule.name?.(p);
      // NE has some towns twice (Antioch as "Hatay" and as "Antioch"); the first, more populous, one labels it.
      if (rule.layer === 'city' && name !== undefined && names.has(name)) continue;
      if (name !== undefined) names.add(name);
      const rank = rule.rank?.(p);
      const properties: BasemapProperties = { layer: rule.layer };
      if (name !== undefined) properties.name = name;
      if (rank !== undefined) properties.rank = rank;
      kept.push({ properties, geometry: source.geometry });
    }
  }
  // All layers in one pass, so the coast and borders stay on the land's edges.
  const simplified = simplifyShared(kept.map((feature) => feature.geometry), DEFAULTS.tolerance);
  const features: Feature<Geometry, BasemapProperties>[] = [];
  kept.forEach(({ properties }, i) => {
    const geometry = simplified[i] && tidyGeometry(simplified[i], DEFAULTS.decimals);
    if (geometry) features.push({ type: 'Feature', properties, geometry });
  });
  return { type: 'FeatureCollection', format: BASEMAP_FORMAT, features };
}

function readFeatures(tree: GeoTree, file: string): Feature[] {
  const bytes = tree.get(file);
  if (!bytes) throw new Error(`${file} is missing; the basemap needs every file geo/basemap/README.md lists`);
  const json = JSON.parse(new TextDecoder().decode(bytes)) as { type?: unknown; features?: unknown } | null;
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new Error(`${file} is not a GeoJSON FeatureCollection`);
  }
  return json.features as Feature[];
}
