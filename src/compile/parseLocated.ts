import { LineCounter, parseDocument } from 'yaml';
import type { GeoError } from './GeoError';
import { fieldPath } from './GeoError';

/** A parsed YAML or JSON file that can say where any of its fields is written. */
export interface LocatedDocument {
  file: string;
  value: unknown;
  /** Builds an error pointing at `path`, or at its nearest written ancestor when the field is missing. */
  errorAt(path: readonly (string | number)[], message: string): GeoError;
}

const MAX_ERRORS_PER_FILE = 1;

/**
 * Parses YAML (and JSON, which is YAML 1.2) keeping positions, so every later check can name the line of the
 * field it rejects. Duplicate keys are an error: a second `quote:` silently winning would lose words.
 */
export function parseLocated(file: string, text: string): LocatedDocument | GeoError {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const [first] = doc.errors.slice(0, MAX_ERRORS_PER_FILE);
  if (first) {
    const message = first.message.split('\n')[0] ?? first.message;
    return { file, ...position(first.pos[0]), field: '', message: `not valid YAML/JSON: ${message}` };
  }
  return {
    file,
    value: doc.toJS({ maxAliasCount: 0 }),
    errorAt(path, message) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) {
          return { file, ...position(node.range[0]), field: fieldPath(path), message };
        }
      }
      return { file, line: 1, column: 1, field: fieldPath(path), message };
    },
  };
}

export function isGeoError(value: unknown): value is GeoError {
  return typeof value === 'object' && value !== null && 'message' in value && 'line' in value;
}
