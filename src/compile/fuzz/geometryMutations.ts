/**
 * Broken place geometry, as hand edits and wrong exports break it: rings not closed or crossing themselves,
 * too few positions, coordinates out of range or of the wrong kind, latitude and longitude swapped, rings
 * wound the wrong way, geometry of a type or shape no place has. Each breaks RFC 7946 or checkGeometry.
 */
import type { GeoTree } from '../readGeoTree';
import type { Random } from '../../random/seededRandom';
import { editJson, editText, filesIn, type Mutation } from './treeFiles';

type Position = unknown[];
interface Geometry {
  type?: unknown;
  coordinates?: unknown;
}
interface PlaceJson {
  geometry?: Geometry;
}

const isPosition = (value: unknown): value is Position => Array.isArray(value) && typeof value[0] === 'number';

/** The exterior rings of a Polygon or MultiPolygon: lists of positions, changed in place. */
function exteriorRings(geometry: Geometry): Position[][] {
  const c = geometry.coordinates;
  if (geometry.type === 'Polygon' && Array.isArray(c) && Array.isArray(c[0])) return [c[0] as Position[]];
  if (geometry.type !== 'MultiPolygon' || !Array.isArray(c)) return [];
  return c.flatMap((rings) => (Array.isArray(rings) && Array.isArray(rings[0]) ? [rings[0] as Position[]] : []));
  return [];
}

/** Every position of any geometry, in order. */
function positionsOf(value: unknown): Position[] {
  if (isPosition(value)) return [value];
  return Array.isArray(value) ? value.flatMap(positionsOf) : [];
}

/** A mutation of one place's geometry (a fresh copy, changed in place); `edit` returns false when it does not apply. */
function onGeometry(name: string, edit: (geometry: Geometry, random: Random) => boolean): Mutation {
  return {
    name,
    apply(tree, random) {
      const files = filesIn(tree, 'places', '.geojson');
      if (!files.length) return null;
      const file = random.pick(files);
      return editJson<PlaceJson>(tree, file, (place) => (place.geometry && edit(place.geometry, random) ? place : null));
    },
  };
}

function onRing(name: string, edit: (ring: Position[], random: Random) => Position[] | null): Mutation {
  return onGeometry(name, (geometry, random) => {
    const rings = exteriorRings(geometry).filter((ring) => ring.length >= 4 && ring.every(isPosition));
    if (!rings.length) return false;
    const ring = random.pick(rings);
    const edited = edit(ring, random);
    if (!edited) return false;
    ring.splice(0, ring.length, ...edited);
    return true;
  });
}

function onPosition(name: string, edit: (position: Position, random: Random) => void): Mutation {
  return onGeometry(name, (geometry, random) => {
    const positions = positionsOf(geometry.coordinates);
    if (!positions.length) return false;
    edit(random.pick(positions), random);
    return true;
  });
}

/** A number no real coordinate has, written in place of one and then replaced in the text by `written`. */
const MARKER = 123456789.25;

function numberWritten(name: string, written: string): Mutation {
  const marked = onPosition(name, (position, random) => (position[random.below(2)] = MARKER));
  return {
    name,
    apply(tree: GeoTree, random: Random) {
      const out = marked.apply(tree, random);
      const file = out && [...out.keys()].find((path) => out.get(path) !== tree.get(path));
      return out && file ? editText(out, file, (text) => text.replace(String(MARKER), written)) : null;
    },
  };
}

export const geometryMutations: Mutation[] = [
  onRing('ring-not-closed', (ring) => ring.slice(0, -1)),
  onRing('ring-too-few-positions', (ring) => [ring[0], ring[1], ring[0]] as Position[]),
  onRing('ring-wound-clockwise', (ring) => [...ring].reverse()),
  // The ring's own bounding box, walked corner to opposite corner: a bow-tie, crossing itself in the middle.
  onRing('ring-bow-tie', (ring) => {
    const xs = ring.map((p) => p[0] as number);
    const ys = ring.map((p) => p[1] as number);
    const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    return w < e && s < n ? [[w, s], [e, n], [e, s], [w, n], [w, s]] : null;
  }),
  // Mirroring every position across the diagonal turns each ring's winding around: never valid again.
  onGeometry('lat-lon-swapped', (geometry) => {
    if (!exteriorRings(geometry).length) return false;
    for (const position of positionsOf(geometry.coordinates)) position.splice(0, 2, position[1], position[0]);
    return true;
  }),
  onPosition('position-out-of-range', (position, random) => {
    if (random.below(2)) position[0] = random.pick([500, -181, 360]);
    else position[1] = random.pick([-95, 90.5, 1000]);
  }),
  onPosition('position-outside-region', (position) => position.splice(0, 2, 2.35, 48.86)),
  onPosition('position-not-a-number', (position, random) => (position[random.below(2)] = random.pick(['NaN', '36.2', null]))),
  onPosition('position-four-numbers', (position) => position.splice(2, position.length, 0, 0)),
  numberWritten('position-infinite', '1e400'),
  onGeometry('geometry-emptied', (geometry, random) => {
    const type = random.pick(['Polygon', 'MultiPolygon', 'MultiLineString', 'LineString']);
    geometry.type = type;
    geometry.coordinates = [];
    return true;
  }),
  onGeometry('geometry-type-unknown', (geometry, random) => {
    geometry.type = random.pick(['Polygonn', 'GeometryCollection', 'polygon', '']);
    return true;
  }),
];
