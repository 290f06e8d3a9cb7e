import type { GeoError } from './GeoError';
import { checkGeometry } from './checkGeometry';
import type { LoadedGeo } from './loadGeo';

/** Each place's geometry is valid and inside the dataset's region (see checkGeometry). */
export function checkPlaces(geo: LoadedGeo): GeoError[] {
  const bbox = geo.dataset.value.region.bbox;
  return geo.places.flatMap((place) =>
    checkGeometry(place.value.geometry, bbox).map((problem) => place.doc.errorAt(problem.path, problem.message)),
  );
}
