import { LineCounter, parseDocument, visit, type Alias } from 'yaml';
import { excerpt } from './excerpt';
import { readYamlFast } from './readYamlFast';
import { repeatsJsonKey } from './repeatsJsonKey';
import { fieldPath, type GeoError } from './GeoError';

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
 * The value comes from the fastest read that gives the same one (JSON.parse, then js-yaml), and the full
 * parse, for positions, only when a file is not read so or an error needs its line.
 */
export function parseLocated(file: string, text: string): LocatedDocument | GeoError {
  return parseJson(file, text) ?? parseYamlFast(file, text) ?? parseYamlLocated(file, text);
}

/**
 * Most of geo/'s bytes are GeoJSON coordinates, which the YAML parser reads some twenty times slower than
 * JSON.parse (it was half of every compile). Valid JSON in which no key repeats means the same read either
 * way, so it is read with JSON.parse and parsed again as YAML, for positions, only when a check reports a
 * problem. Anything else (YAML, broken JSON, a repeated key) takes the YAML path, which says where.
 */
function parseJson(file: string, text: string): LocatedDocument | null {
  if (!/^\s*[[{]/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (repeatsJsonKey(text, value)) return null; // JSON.parse let the last of them win
  return locatedLater(file, text, value);
}

/**
 * The claims files are the rest of a compile's time: the full YAML parser builds a node, with its position,
 * for every scalar, most of which no error ever points at. js-yaml reads them over ten times faster without
 * positions (readYamlFast, which gives the same value or declines); positions come, as for JSON, from a
 * second, full parse when a check reports a problem.
 */
function parseYamlFast(file: string, text: string): LocatedDocument | null {
  const fast = readYamlFast(text);
  return fast && locatedLater(file, text, fast.value);
}

/** A document read without positions, which parses the text again, with them, for its first error. */
function locatedLater(file: string, text: string, value: unknown): LocatedDocument {
  let located: LocatedDocument | GeoError | undefined;
  return {
    file,
    value,
    errorAt(path, message) {
      located ??= parseYamlLocated(file, text);
      // JSON the YAML parser refuses (a key over 1024 characters) still gets its error, if not its line.
      if (isGeoError(located)) return { file, line: 1, column: 1, field: fieldPath(path), message };
      return located.errorAt(path, message);
    },
  };
}

/** The full YAML parse, with every node's position from the start: what the faster reads fall back on. */
export function parseYamlLocated(file: string, text: string): LocatedDocument | GeoError {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const [first] = doc.errors.slice(0, MAX_ERRORS_PER_FILE);
  if (first) {
    const line = first.message.split('\n')[0] ?? first.message;
    // Two of the parser's messages speak to programmers (parseAllDocuments, the engine's stack); say them plainly.
    const message =
      first.code === 'MULTIPLE_DOCS'
        ? 'holds more than one document (a second ---); a geo/ file holds one'
        : /call stack/i.test(line)
          ? 'lists or maps nest too deeply to read'
          : excerpt(line, 200);
    return { file, ...position(first.pos[0]), field: '', message: `not valid YAML/JSON: ${message}` };
  }
  let value: unknown;
  try {
    // No aliases at all: a few nested ones expand to gigabytes, and geo/ has no need of them.
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    const alias = firstAlias(doc);
    if (!alias) throw error;
    const message = `uses the YAML alias *${excerpt(alias.source)}; aliases are not allowed in geo/, write the value out`;
    return { file, ...position(alias.range?.[0] ?? 0), field: '', message };
  }
  return {
    file,
    value,
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

function firstAlias(doc: ReturnType<typeof parseDocument>): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

export function isGeoError(value: unknown): value is GeoError {
  return typeof value === 'object' && value !== null && 'message' in value && 'line' in value;
}
