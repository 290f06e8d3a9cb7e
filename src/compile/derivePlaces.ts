import type { LoadedGeo } from './loadGeo';
import { anchorOf, areaKm2, distanceKm, lengthKm } from './measure';
import { PLACES_FORMAT, type Place, type PlaceDistance, type PlacesDetailFile, type PlacesFile } from '../model/types';
import { overviewPlaces } from './overviewPlaces';
import type { PlaceKind } from '../model/vocabulary';
import { compareCodes } from '../model/compareCodes';

/** Kinds whose distances readers compare: towns and the sites the articles name, not areas or roads. */
const DISTANCE_KINDS: ReadonlySet<PlaceKind> = new Set(['city', 'village', 'airport', 'airbase', 'landmark']);

/**
 * Places with their measured facts (area, length, a label anchor, distances between the key sites), the large
 * context areas simplified for the first view, and their full outlines apart.
 */
export function derivePlaces(geo: LoadedGeo): { places: PlacesFile; detail: PlacesDetailFile } {
  const features: Place[] = [...geo.places]
    .sort((a, b) => compareCodes(a.value.id, b.value.id))
    .map(({ value }) => {
      const feature = { type: 'Feature' as const, properties: {}, geometry: value.geometry };
      return {
        type: 'Feature',
        id: value.id,
        properties: {
          ...value.properties,
          areaKm2: areaKm2(feature),
          lengthKm: lengthKm(feature),
          anchor: anchorOf(feature),
          detail: false,
        },
        geometry: value.geometry,
      };
    });
  const sites = features.filter((place) => DISTANCE_KINDS.has(place.properties.kind));
  const distances: PlaceDistance[] = [];
  sites.forEach((from, i) => {
    for (const to of sites.slice(i + 1)) {
      distances.push({ from: from.id, to: to.id, km: distanceKm(from.properties.anchor, to.properties.anchor) });
    }
  });
  const { overview, detail } = overviewPlaces(features);
  return { places: { type: 'FeatureCollection', format: PLACES_FORMAT, features: overview, distances }, detail };
}
