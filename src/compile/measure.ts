import {
  area,
  distance,
  length,
  lineString,
  midpoint,
  point,
  pointOnFeature,
  pointToLineDistance,
} from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';

/** Rounds to a fixed number of decimals so the published figures do not churn with floating-point noise. */
export const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

export const areaKm2 = (feature: Feature<Geometry>) => round(area(feature) / 1e6, 1);

export const lengthKm = (feature: Feature<Geometry>) =>
  feature.geometry.type === 'LineString' || feature.geometry.type === 'MultiLineString' ? round(length(feature), 1) : 0;

/** A point inside the place: the centroid when it falls inside, else a point on the surface. */
export function anchorOf(feature: Feature<Geometry>): [number, number] {
  const [lon, lat] = pointOnFeature(feature).geometry.coordinates as [number, number];
  return [round(lon, 5), round(lat, 5)];
}

export const distanceKm = (a: [number, number], b: [number, number]) => round(distance(point(a), point(b)), 1);

/** The rings of a Polygon or MultiPolygon (exterior and holes alike), or none for other geometries. */
export function ringsOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/**
 * The length of A's outline that runs within `toleranceKm` of B's outline: the border two neighbouring areas
 * share. Walks A's segments and keeps those whose midpoint lies near B, which is robust to the two outlines
 * having different vertices.
 */
export function sharedBoundaryKm(a: Geometry, b: Geometry, toleranceKm = 1): number {
  const linesB = ringsOf(b).map((ring) => lineString(ring));
  let total = 0;
  for (const ring of ringsOf(a)) {
    for (let i = 1; i < ring.length; i++) {
      const p = ring[i - 1] as Position;
      const q = ring[i] as Position;
      const mid = midpoint(point(p), point(q));
      if (linesB.some((line) => pointToLineDistance(mid, line) <= toleranceKm)) total += distance(point(p), point(q));
    }
  }
  return round(total, 1);
}
