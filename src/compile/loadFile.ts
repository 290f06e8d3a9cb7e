import { getIssues } from '@placemarkio/check-geojson';
import type { z } from 'zod';
import { excerpt } from './excerpt';
import type { GeoError } from './GeoError';
import type { GeoTree } from './readGeoTree';
import { messageOf } from '../load/messageOf';
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

/**
 * GeoJSON's own structural rules (positions, closed rings, members), with check-geojson's positions. Its
 * JSON parser is the wrong judge of JSON itself: on some broken texts it fails with a TypeError of its own
 * ("Cannot read properties of undefined"), and on deep nesting it runs out of stack. So JSON.parse speaks
 * first, and what check-geojson then fails to read is valid JSON it cannot follow (nesting too deep, mostly).
 */
function geojsonIssues(file: string, text: string): GeoError[] {
  if (!text.trim()) return [{ file, line: 1, column: 1, field: '', message: 'not valid GeoJSON: the file is empty' }];
  const syntax = jsonSyntaxError(file, text);
  if (syntax) return [syntax];
  let issues;
  try {
    issues = getIssues(text);
  } catch {
    issues = [{ message: 'Invalid JSON', severity: 'error', from: 0, to: 0 }];
  }
  return issues
    .filter((issue) => issue.severity === 'error')
    .slice(0, 1)
    .map((issue) => {
      const message = !issue.message.startsWith('Invalid JSON')
        ? excerpt(issue.message, 200)
        : /call stack/i.test(issue.message)
          ? 'lists nest too deeply to check'
          : 'its structure could not be checked';
      return { file, ...lineColumn(text, issue.from), field: '', message: `not valid GeoJSON: ${message}` };
    });
}

/** Where and why JSON.parse refuses a text, as an editor's line; null when the text is JSON. */
export function jsonSyntaxError(file: string, text: string): GeoError | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    // V8 says where ("… in JSON at position 812"), or that the text ended, or quotes the text around the
    // fault, which may run over several lines: keep the where, drop the quote.
    const raw = messageOf(error);
    const at = /at position (\d+)/.exec(raw);
    const offset = at ? Number(at[1]) : /end of JSON input/.test(raw) ? text.length : 0;
    const message = raw.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
    return { file, ...lineColumn(text, offset), field: '', message: `not valid JSON: ${excerpt(message, 200)}` };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
