import type { LatLngBoundsExpression } from 'leaflet';
import { bbox } from '@turf/turf';
import type { Place } from '../model/types';

/** The box around some places, as Leaflet takes it ([[south, west], [north, east]]). */
export function fitBoundsOf(places: Place[]): LatLngBoundsExpression {
  const [west, south, east, north] = bbox({ type: 'FeatureCollection', features: places });
  return [
    [south, west],
    [north, east],
  ];
}
