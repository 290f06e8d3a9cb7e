import type { Place } from './types';

/** Every credit the place outlines require (geoBoundaries' CC BY 3.0 IGO among them), once each, in order met. */
export function geometryCredits(places: Place[]): string[] {
  return [...new Set(places.map((place) => place.properties.geometrySource.credit).filter((credit) => credit !== null))];
}
