import type { Geometry } from 'geojson';
import { PLACES_DETAIL_FORMAT, type Place, type PlacesDetailFile } from '../model/types';
import type { PlaceKind } from '../model/vocabulary';
import { simplifyShared } from './simplifyShared';

/**
 * Simplification of the large outlines the map first draws; finer ones load once a reader zooms in.
 * Every field is measured for the real dataset (npm run bench, README "Speed and size").
 */
export const OVERVIEW = {
  /** The areas that are context at the first zoom (governorates, the country, the countryside rings). */
  kinds: new Set<PlaceKind>(['country', 'region', 'governorate', 'countryside']),
  /** Degrees, about 400 m: under a pixel up to zoom 8, where the map opens; detail takes over from zoom 10. */
  tolerance: 0.004,
} as const;

/**
 * Splits the places into what the map draws first and the detail it loads later: the large context areas
 * simplified together (shared borders simplified once, so neighbours still meet), and their full outlines
 * in a file of their own. Measurements were taken on the full outlines before this. Pure: new objects out.
 */
export function overviewPlaces(features: Place[]): { overview: Place[]; detail: PlacesDetailFile } {
  const large = features.filter((place) => OVERVIEW.kinds.has(place.properties.kind));
  const simplified = new Map<string, Geometry>(
    simplifyShared(
      large.map((place) => place.geometry),
      OVERVIEW.tolerance,
    ).map((geometry, i) => [large[i]?.id ?? '', geometry]),
  );
  const detailed = large.filter((place) => vertexCount(simplified.get(place.id)) < vertexCount(place.geometry));
  const detailIds = new Set(detailed.map((place) => place.id));
  return {
    overview: features.map((place) =>
      detailIds.has(place.id)
        ? { ...place, properties: { ...place.properties, detail: true }, geometry: simplified.get(place.id) ?? place.geometry }
        : { ...place, properties: { ...place.properties, detail: false } },
    ),
    detail: {
      type: 'FeatureCollection',
      format: PLACES_DETAIL_FORMAT,
      features: detailed.map((place) => ({ type: 'Feature', id: place.id, properties: { id: place.id }, geometry: place.geometry })),
    },
  };
}

function vertexCount(geometry: Geometry | undefined): number {
  if (!geometry || geometry.type === 'GeometryCollection') return 0;
  return JSON.stringify(geometry.coordinates).split('],[').length;
}
