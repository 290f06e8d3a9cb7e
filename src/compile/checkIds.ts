import type { GeoError } from './GeoError';
import { claimEntries, errorAtClaim } from './claimEntries';
import type { LoadedGeo } from './loadGeo';

/**
 * Ids are the dataset's public handles (URLs, embeds, other newsrooms' copies), so each is unique, and each
 * file is named after what it holds so that an editor looking for `aleppo-city` finds one file.
 */
export function checkIds(geo: LoadedGeo): GeoError[] {
  const errors: GeoError[] = [];

  for (const place of geo.places) {
    const { id, properties } = place.value;
    if (place.file !== `geo/places/${id}.geojson`) {
      errors.push(place.doc.errorAt(['id'], `"${id}" must be the file's name: geo/places/${id}.geojson`));
    }
    if (properties.id !== id) {
      errors.push(place.doc.errorAt(['properties', 'id'], `"${properties.id}" differs from the feature's id "${id}"`));
    }
  }

  const sourceIds = new Map<string, string>();
  for (const source of geo.sources) {
    const { id, file } = source.value;
    const expected = `geo/sources/${file.replace(/\.txt$/, '.yaml')}`;
    if (source.file !== expected) errors.push(source.doc.errorAt(['file'], `must match this file's name (${expected})`));
    const first = sourceIds.get(id);
    if (first) errors.push(source.doc.errorAt(['id'], `"${id}" is already the id of ${first}`));
    else sourceIds.set(id, source.file);
  }

  for (const claimFile of geo.claimFiles) {
    const expected = `geo/claims/${claimFile.value.source}.yaml`;
    if (claimFile.file !== expected) {
      errors.push(claimFile.doc.errorAt(['source'], `"${claimFile.value.source}" must be the file's name: ${expected}`));
    }
  }

  const claimIds = new Map<string, string>();
  for (const entry of claimEntries(geo.claimFiles)) {
    const { id } = entry.claim;
    const source = entry.file.value.source;
    if (!id.startsWith(`${source}-`)) errors.push(errorAtClaim(entry, ['id'], `"${id}" must start with the source id, "${source}-"`));
    const first = claimIds.get(id);
    if (first) errors.push(errorAtClaim(entry, ['id'], `"${id}" is already the id of a claim in ${first}`));
    else claimIds.set(id, entry.file.file);
  }

  const originIds = new Set<string>();
  geo.origins.value.origins.forEach(({ id }, i) => {
    if (originIds.has(id)) errors.push(geo.origins.doc.errorAt(['origins', i, 'id'], `"${id}" is listed twice`));
    originIds.add(id);
  });
  const viaIds = new Set<string>();
  geo.origins.value.vias.forEach(({ id }, i) => {
    if (viaIds.has(id)) errors.push(geo.origins.doc.errorAt(['vias', i, 'id'], `"${id}" is listed twice`));
    viaIds.add(id);
  });
  return errors;
}
