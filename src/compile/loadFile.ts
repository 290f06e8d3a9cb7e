import { getIssues } from '@placemarkio/check-geojson';
import type { z } from 'zod';
import type { GeoError } from './GeoError';
import type { GeoTree } from './readGeoTree';
import { isGeoError, parseLocated, type LocatedDocument } from './parseLocated';
import { parseWith } from './parseWith';

export interface Loaded<T> {
  file: string;
  doc: LocatedDocument;
  value: T;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or an error when it is missing or not UTF-8 (a mis-saved file would garble quotes). */
export function readText(tree: GeoTree, file: string): string | GeoError {
  const bytes = tree.get(file);
  if (!bytes) return { file, line: 1, column: 1, field: '', message: 'file is missing' };
  try {
    return utf8.decode(bytes);
  } catch {
    return { file, line: 1, column: 1, field: '', message: 'is not valid UTF-8 text; save it as UTF-8' };
  }
}

/** Reads, parses and schema-checks one YAML or GeoJSON file of geo/. */
export function loadFile<T>(tree: GeoTree, file: string, schema: z.ZodType<T>): Loaded<T> | GeoError[] {
  const text = readText(tree, file);
  if (isGeoError(text)) return [text];
  if (file.endsWith('.geojson')) {
    const structural = geojsonIssues(file, text);
    if (structural.length) return structural;
  }
  const doc = parseLocated(file, text);
  if (isGeoError(doc)) return [doc];
  const value = parseWith(doc, schema);
  if (Array.isArray(value)) return value;
  return { file, doc, value: value as T };
}

/** GeoJSON's own structural rules (positions, closed rings, members), with check-geojson's positions. */
function geojsonIssues(file: string, text: string): GeoError[] {
  let issues;
  try {
    issues = getIssues(text);
  } catch (error) {
    return [{ file, line: 1, column: 1, field: '', message: `not valid GeoJSON: ${String(error)}` }];
  }
  return issues
    .filter((issue) => issue.severity === 'error')
    .slice(0, 1)
    .map((issue) => {
      const before = text.slice(0, issue.from);
      const line = before.split('\n').length;
      const column = issue.from - before.lastIndexOf('\n');
      return { file, line, column, field: '', message: `not valid GeoJSON: ${issue.message}` };
    });
}
