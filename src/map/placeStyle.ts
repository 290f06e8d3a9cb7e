import type { PathOptions } from 'leaflet';
import type { PlaceStatus } from '../model/placeStatusAt';
import type { Place } from '../model/types';
import { STATUS_COLOURS } from './palette';

/** Kinds drawn as context: outlined, never filled (a filled country would drown every city in it). */
const OUTLINE_ONLY = new Set(['country', 'region']);

/**
 * Whether the place is drawn hatched: contested or disputed. The hatch is a fill; lines and outline-only
 * places have none to hatch (their status is in the panel).
 */
export function isHatched(place: Place, status: PlaceStatus | undefined): boolean {
  const { type } = place.geometry;
  const isLine = type === 'LineString' || type === 'MultiLineString';
  return Boolean(status?.disputed || status?.status === 'contested') && !isLine && !OUTLINE_ONLY.has(place.properties.kind);
}

/**
 * The look of a place at a moment. Status sets the colour; contested and disputed places add a hatch through
 * a CSS class (see map.css) so the difference survives greyscale print and colour blindness; approximate
 * outlines are dashed, as drawn-by-hand lines should look.
 */
export function placeStyle(place: Place, status: PlaceStatus | undefined, selected: boolean): PathOptions {
  const { kind, geometrySource } = place.properties;
  const state = status?.status ?? 'unknown';
  const colour = STATUS_COLOURS[state];
  const isLine = place.geometry.type === 'LineString' || place.geometry.type === 'MultiLineString';
  const outlineOnly = OUTLINE_ONLY.has(kind);
  const classes = ['place', `place--${state}`];
  if (isHatched(place, status)) classes.push('place--hatched');
  if (selected) classes.push('place--selected');
  return {
    className: classes.join(' '),
    color: selected ? '#111' : colour,
    weight: selected ? 3.5 : isLine ? 3 : outlineOnly ? 1.5 : 2,
    opacity: outlineOnly ? 0.6 : 0.95,
    dashArray: geometrySource.approximate ? '6 5' : undefined,
    fill: !isLine && !outlineOnly,
    fillColor: colour,
    fillOpacity: kind === 'governorate' ? 0.12 : state === 'unknown' ? 0.08 : 0.4,
  };
}
