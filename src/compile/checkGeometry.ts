import { booleanClockwise, kinks, polygon as turfPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import type { PlaceFileJson } from './schemas/placeFileSchema';

export interface GeometryProblem {
  /** Path inside the feature, e.g. `['geometry', 'coordinates', 0, 3]`. */
  path: (string | number)[];
  message: string;
}

type Bbox = readonly [number, number, number, number];

/**
 * What RFC 7946 and the map need of a place's geometry beyond its structure: finite coordinates inside the
 * region, closed rings of four or more positions, exterior rings counter-clockwise and holes clockwise (so
 * that turf's areas and Leaflet's fills agree), and no self-intersections.
 */
export function checkGeometry(geometry: PlaceFileJson['geometry'], bbox: Bbox): GeometryProblem[] {
  const base = ['geometry', 'coordinates'];
  switch (geometry.type) {
    case 'Point':
      return checkPositions([geometry.coordinates], bbox, base, false);
    case 'LineString':
      return checkLine(geometry.coordinates, bbox, base);
    case 'MultiLineString':
      // An empty multi-geometry is valid GeoJSON but no place: nothing to draw, and turf throws measuring it.
      if (geometry.coordinates.length === 0) return [{ path: base, message: 'a MultiLineString needs at least one line' }];
      return geometry.coordinates.flatMap((line, i) => checkLine(line, bbox, [...base, i]));
    case 'Polygon':
      return checkPolygon(geometry.coordinates, bbox, base);
    case 'MultiPolygon':
      if (geometry.coordinates.length === 0) return [{ path: base, message: 'a MultiPolygon needs at least one polygon' }];
      return geometry.coordinates.flatMap((rings, i) => checkPolygon(rings, bbox, [...base, i]));
  }
}

function checkLine(line: Position[], bbox: Bbox, path: (string | number)[]): GeometryProblem[] {
  if (line.length < 2) return [{ path, message: 'a line needs at least two positions' }];
  return checkPositions(line, bbox, path, true);
}

function checkPositions(positions: Position[], bbox: Bbox, path: (string | number)[], indexed: boolean) {
  const problems: GeometryProblem[] = [];
  positions.forEach((position, i) => {
    const at = indexed ? [...path, i] : path;
    const [lon, lat] = position as [number, number];
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      problems.push({ path: at, message: `[${lon}, ${lat}] is not a longitude, latitude pair` });
    } else if (lon < bbox[0] || lat < bbox[1] || lon > bbox[2] || lat > bbox[3]) {
      problems.push({ path: at, message: `[${lon}, ${lat}] lies outside the region [${bbox.join(', ')}] (dataset.yaml)` });
    }
  });
  return problems.slice(0, 1);
}

function checkPolygon(rings: Position[][], bbox: Bbox, path: (string | number)[]): GeometryProblem[] {
  if (rings.length === 0) return [{ path, message: 'a polygon needs an exterior ring' }];
  for (const [i, ring] of rings.entries()) {
    const at = [...path, i];
    const positions = checkPositions(ring, bbox, at, true);
    if (positions.length) return positions;
    if (ring.length < 4) return [{ path: at, message: 'a ring needs at least four positions' }];
    const first = ring[0] as Position;
    const last = ring[ring.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1]) {
      return [{ path: at, message: 'the ring is not closed: its last position must repeat its first' }];
    }
    const clockwise = booleanClockwise(ring);
    if (i === 0 && clockwise) {
      return [{ path: at, message: 'the exterior ring winds clockwise; RFC 7946 wants counter-clockwise' }];
    }
    if (i > 0 && !clockwise) {
      return [{ path: at, message: 'this hole winds counter-clockwise; RFC 7946 wants holes clockwise' }];
    }
  }
  const crossings = kinks(turfPolygon(rings)).features;
  const [crossing] = crossings;
  if (crossing) {
    const [lon, lat] = crossing.geometry.coordinates as [number, number];
    return [{ path, message: `the polygon intersects itself near [${lon.toFixed(5)}, ${lat.toFixed(5)}]` }];
  }
  return [];
}
