import { BASEMAP_FILES } from './deriveBasemap';
import { fieldPath, type GeoError } from './GeoError';
import { jsonSyntaxError, readText } from './loadFile';
import { isGeoError, parseLocated } from './parseLocated';
import type { GeoTree } from './readGeoTree';

/** How deep each geometry type the basemap draws nests its positions (a Point's coordinates are one). */
const DEPTH: Record<string, number> = { Point: 0, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

interface Problem {
  path: (string | number)[];
  message: string;
}

/**
 * geo/basemap/ is vendored, not edited by hand, but it can break the same ways (a failed download, a
 * truncated copy, a file saved by the wrong tool). Every file deriveBasemap reads must be a FeatureCollection
 * whose features have a geometry it draws, made of finite positions: found here, a problem is one line
 * naming the file and the feature; found while simplifying, it was a stack trace. A tree with no
 * geo/basemap/ at all (the fixtures) has nothing to check. JSON.parse and a walk, not check-geojson, which
 * takes some 300 ms over these 300 KB on every compile.
 */
export function checkBasemap(tree: GeoTree): GeoError[] {
  if (![...tree.keys()].some((path) => path.startsWith('geo/basemap/'))) return [];
  return BASEMAP_FILES.flatMap((file): GeoError[] => {
    const text = readText(tree, file);
    if (isGeoError(text)) {
      const missing = !tree.has(file);
      return [missing ? { ...text, message: 'is missing; the basemap needs every file geo/basemap/README.md lists' } : text];
    }
    const syntax = jsonSyntaxError(file, text);
    if (syntax) return [syntax];
    const problem = firstProblem(JSON.parse(text));
    if (!problem) return [];
    // Positions only on the way out: parsing 90 KB with them costs more than all the checks above.
    const doc = parseLocated(file, text);
    if (isGeoError(doc)) return [{ file, line: 1, column: 1, field: fieldPath(problem.path), message: problem.message }];
    return [doc.errorAt(problem.path, problem.message)];
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function firstProblem(json: unknown): Problem | null {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return { path: [], message: 'must be a GeoJSON FeatureCollection with a list of features' };
  }
  for (const [i, feature] of json.features.entries()) {
    const at = ['features', i];
    if (!isObject(feature) || feature.type !== 'Feature') return { path: at, message: 'must be a GeoJSON Feature' };
    const { geometry } = feature;
    const type = isObject(geometry) && typeof geometry.type === 'string' ? geometry.type : '';
    const depth = Object.hasOwn(DEPTH, type) ? DEPTH[type] : undefined;
    if (!isObject(geometry) || depth === undefined) {
      const message = `must be one of the geometries the basemap draws: ${Object.keys(DEPTH).join(', ')}`;
      return { path: [...at, 'geometry'], message };
    }
    const problem = positionsProblem(geometry.coordinates, depth, [...at, 'geometry', 'coordinates']);
    if (problem) return problem;
  }
  return null;
}

function positionsProblem(value: unknown, depth: number, path: (string | number)[]): Problem | null {
  if (depth === 0) {
    const ok = Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
    return ok ? null : { path, message: 'must be a position, [longitude, latitude]' };
  }
  if (!Array.isArray(value)) {
    return { path, message: depth === 1 ? 'must be a list of positions' : 'must be a list of lists of positions' };
  }
  for (const [i, item] of value.entries()) {
    const problem = positionsProblem(item, depth - 1, [...path, i]);
    if (problem) return problem;
  }
  return null;
}
