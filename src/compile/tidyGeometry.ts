import type { Geometry, Position } from 'geojson';

/**
 * Positions rounded to `decimals`, with no position repeated in a row. A line left with fewer than two
 * positions, or a ring with fewer than four or no area (rounding can flatten a sliver of an island), is
 * dropped: a collapsed exterior drops its polygon, a collapsed hole only itself. A geometry left empty is null.
 */
export function tidyGeometry(geometry: Geometry, decimals: number): Geometry | null {
  const f = 10 ** decimals;
  const round = ([lon = NaN, lat = NaN]: Position): Position => [Math.round(lon * f) / f, Math.round(lat * f) / f];
  const line = (positions: Position[]) => dedupe(positions.map(round));
  const polygon = (rings: Position[][]) => {
    const [exterior, ...holes] = rings.map((ring) => closedRing(line(ring)));
    return exterior ? [exterior, ...holes.filter((ring) => ring !== null)] : null;
  };
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: round(geometry.coordinates) };
    case 'LineString': {
      const coordinates = line(geometry.coordinates);
      return coordinates.length >= 2 ? { type: 'LineString', coordinates } : null;
    }
    case 'MultiLineString': {
      const coordinates = geometry.coordinates.map(line).filter((positions) => positions.length >= 2);
      return coordinates.length ? { type: 'MultiLineString', coordinates } : null;
    }
    case 'Polygon': {
      const coordinates = polygon(geometry.coordinates);
      return coordinates ? { type: 'Polygon', coordinates } : null;
    }
    case 'MultiPolygon': {
      const coordinates = geometry.coordinates.map(polygon).filter((rings) => rings !== null);
      return coordinates.length ? { type: 'MultiPolygon', coordinates } : null;
    }
    default:
      throw new Error(`tidyGeometry does not take a ${geometry.type}`);
  }
}

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

function dedupe(positions: Position[]): Position[] {
  const out: Position[] = [];
  for (const position of positions) {
    const last = out[out.length - 1];
    if (!last || !same(last, position)) out.push(position);
  }
  return out;
}

function closedRing(positions: Position[]): Position[] | null {
  const first = positions[0];
  const last = positions[positions.length - 1];
  const ring = first && last && !same(first, last) ? [...positions, first] : positions;
  return ring.length >= 4 && twiceArea(ring) !== 0 ? ring : null;
}

/** The shoelace sum: zero when the ring has been flattened onto a line. */
function twiceArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}
