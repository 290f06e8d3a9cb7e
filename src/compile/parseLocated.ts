import { LineCounter, parseDocument, visit, type Alias } from 'yaml';
import { excerpt } from './excerpt';
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
 */
export function parseLocated(file: string, text: string): LocatedDocument | GeoError {
  return parseJson(file, text) ?? parseYaml(file, text);
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
  if (memberCount(text) !== keyCount(value)) return null; // JSON.parse let a repeated key win
  let located: LocatedDocument | GeoError | undefined;
  return {
    file,
    value,
    errorAt(path, message) {
      located ??= parseYaml(file, text);
      // JSON the YAML parser refuses (a key over 1024 characters) still gets its error, if not its line.
      if (isGeoError(located)) return { file, line: 1, column: 1, field: fieldPath(path), message };
      return located.errorAt(path, message);
    },
  };
}

function parseYaml(file: string, text: string): LocatedDocument | GeoError {
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

/** The members written in a valid JSON text: its colons outside strings. */
function memberCount(json: string): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x3a) count++;
  }
  return count;
}

/** The keys of every object in a parsed value; without recursion, as hostile JSON can nest very deep. */
function keyCount(value: unknown): number {
  let count = 0;
  const stack = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    const children = Array.isArray(item) ? item : Object.values(item);
    if (!Array.isArray(item)) count += children.length;
    for (const child of children) stack.push(child);
  }
  return count;
}

export function isGeoError(value: unknown): value is GeoError {
  return typeof value === 'object' && value !== null && 'message' in value && 'line' in value;
}
