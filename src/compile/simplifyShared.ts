import { lineString, simplify } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

interface Path {
  positions: Position[];
  closed: boolean;
}

const key = (position: Position) => `${position[0]},${position[1]}`;

/**
 * Douglas–Peucker (turf's `simplify`) over many geometries at once, simplifying each stretch they share only
 * once, so that what met still meets: Syria's and Turkey's fills leave no sliver between them, the border and
 * coast lines stay on the fills' edges, neighbouring governorates keep one edge. Stretches are found as TopoJSON
 * finds arcs: a vertex where the paths through it part ways is a junction, and junctions never move.
 * Returns new geometries of the same types; points pass through.
 */
export function simplifyShared(geometries: Geometry[], tolerance: number): Geometry[] {
  const junctions = findJunctions(geometries.flatMap(pathsOf));
  const line = (positions: Position[]) => simplifyPath({ positions, closed: false }, junctions, tolerance);
  const ring = (positions: Position[]) => simplifyPath({ positions, closed: true }, junctions, tolerance);
  return geometries.map((geometry): Geometry => {
    switch (geometry.type) {
      case 'LineString':
        return { type: 'LineString', coordinates: line(geometry.coordinates) };
      case 'MultiLineString':
        return { type: 'MultiLineString', coordinates: geometry.coordinates.map(line) };
      case 'Polygon':
        return { type: 'Polygon', coordinates: geometry.coordinates.map(ring) };
      case 'MultiPolygon':
        return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((rings) => rings.map(ring)) };
      default:
        return geometry;
    }
  });
}

function pathsOf(geometry: Geometry): Path[] {
  switch (geometry.type) {
    case 'LineString':
      return [{ positions: geometry.coordinates, closed: false }];
    case 'MultiLineString':
      return geometry.coordinates.map((positions) => ({ positions, closed: false }));
    case 'Polygon':
      return geometry.coordinates.map((positions) => ({ positions, closed: true }));
    case 'MultiPolygon':
      return geometry.coordinates.flat().map((positions) => ({ positions, closed: true }));
    default:
      return [];
  }
}

/** A ring without its closing repeat, so that every vertex has two neighbours. */
function openRing(positions: Position[]): Position[] {
  const first = positions[0];
  const last = positions[positions.length - 1];
  return first && last && key(first) === key(last) ? positions.slice(0, -1) : positions;
}

/** Vertices met with different neighbours on different paths, and the ends of lines. */
function findJunctions(paths: Path[]): Set<string> {
  const neighbours = new Map<string, string>();
  const junctions = new Set<string>();
  for (const path of paths) {
    const positions = path.closed ? openRing(path.positions) : path.positions;
    const n = positions.length;
    positions.forEach((position, i) => {
      const prev = path.closed ? positions[(i - 1 + n) % n] : positions[i - 1];
      const next = path.closed ? positions[(i + 1) % n] : positions[i + 1];
      const at = key(position);
      if (!prev || !next) {
        junctions.add(at);
        return;
      }
      const pair = [key(prev), key(next)].sort().join('|');
      const seen = neighbours.get(at);
      if (seen === undefined) neighbours.set(at, pair);
      else if (seen !== pair) junctions.add(at);
    });
  }
  return junctions;
}

function simplifyPath(path: Path, junctions: Set<string>, tolerance: number): Position[] {
  let positions = path.positions;
  if (path.closed) {
    positions = openRing(positions);
    // Start at a junction, or, for a ring that shares nothing, at its least vertex: the same ring met twice
    // (a hole and the island that fills it) then starts, and simplifies, the same way both times.
    const keys = positions.map(key);
    const atJunction = keys.findIndex((at) => junctions.has(at));
    const start = atJunction >= 0 ? atJunction : keys.indexOf([...keys].sort()[0] ?? '');
    positions = [...positions.slice(start), ...positions.slice(0, start)];
    const first = positions[0];
    if (first) positions.push(first);
  }
  const cuts = positions.flatMap((position, i) =>
    i === 0 || i === positions.length - 1 || junctions.has(key(position)) ? [i] : [],
  );
  const result = positions.slice(0, 1);
  for (let c = 1; c < cuts.length; c++) {
    result.push(...simplifyArc(positions.slice(cuts[c - 1], (cuts[c] ?? 0) + 1), tolerance).slice(1));
  }
  return result;
}

function simplifyArc(arc: Position[], tolerance: number): Position[] {
  const first = arc[0];
  const last = arc[arc.length - 1];
  if (arc.length <= 2 || !first || !last) return arc;
  // Neighbours run a shared stretch in opposite directions; simplifying it always from its lesser end gives
  // both the same vertices. highQuality skips the radial pre-pass: plain Douglas–Peucker.
  const reversed = key(first) > key(last);
  const forward = reversed ? [...arc].reverse() : arc;
  const simple = simplify(lineString(forward), { tolerance, highQuality: true }).geometry.coordinates;
  // A ring that shares nothing and is narrower than the tolerance (Arwad island) would fold to a line; it is
  // small enough to keep as drawn, as turf's own polygon simplify does.
  if (key(first) === key(last) && simple.length < 4) return arc;
  return reversed ? simple.reverse() : simple;
}
