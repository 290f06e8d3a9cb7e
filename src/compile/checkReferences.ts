import type { GeoError } from './GeoError';
import { claimEntries, errorAtClaim } from './claimEntries';
import type { LoadedGeo } from './loadGeo';

/** Every id a file mentions names something that exists: a dangling reference would be a blank on the map. */
export function checkReferences(geo: LoadedGeo): GeoError[] {
  const errors: GeoError[] = [];
  const placeIds = new Set(geo.places.map((place) => place.value.id));
  const sourceIds = new Set(geo.sources.map((source) => source.value.id));
  const originIds = new Set(geo.origins.value.origins.map((origin) => origin.id));
  const viaIds = new Set(geo.origins.value.vias.map((via) => via.id));

  for (const place of geo.places) {
    const { parent } = place.value.properties;
    if (parent !== null && !placeIds.has(parent)) {
      errors.push(place.doc.errorAt(['properties', 'parent'], `"${parent}" is not a place in geo/places/`));
    }
    if (parent === place.value.id) errors.push(place.doc.errorAt(['properties', 'parent'], 'a place cannot lie in itself'));
  }

  for (const claimFile of geo.claimFiles) {
    const { source } = claimFile.value;
    if (!sourceIds.has(source)) errors.push(claimFile.doc.errorAt(['source'], `"${source}" is not a source in geo/sources/`));
  }

  for (const entry of claimEntries(geo.claimFiles)) {
    const { claim } = entry;
    claim.places.forEach((id, i) => {
      if (!placeIds.has(id)) errors.push(errorAtClaim(entry, ['places', i], `"${id}" is not a place in geo/places/`));
    });
    if (!originIds.has(claim.attribution.origin)) {
      errors.push(errorAtClaim(entry, ['attribution', 'origin'], `"${claim.attribution.origin}" is not an origin in geo/origins.yaml`));
    }
    claim.attribution.via.forEach((id, i) => {
      if (!viaIds.has(id)) errors.push(errorAtClaim(entry, ['attribution', 'via', i], `"${id}" is not a via in geo/origins.yaml`));
    });
    const check = claim.check;
    const checked = check ? ('distanceKm' in check ? [check.distanceKm.from, check.distanceKm.to] : check.frontLengthKm.along) : [];
    for (const id of checked) {
      if (!placeIds.has(id)) errors.push(errorAtClaim(entry, ['check'], `"${id}" is not a place in geo/places/`));
    }
  }
  return errors;
}
