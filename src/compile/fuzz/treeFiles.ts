import { parseDocument, type Document } from 'yaml';
import type { GeoTree } from '../readGeoTree';
import { claimCount } from './claimText';
import type { Random } from '../../random/seededRandom';

/**
 * One way of breaking geo/: a new tree with the problem added, or null when this tree offers nothing to
 * break that way (no polygon left, the file already unreadable, …), so the caller picks another.
 * Every mutation must make the tree invalid under the rules geo/README.md documents; a variant the
 * compile step still accepts is counted as such, and says a mutation was wrong or a rule is missing.
 */
export interface Mutation {
  /** Kebab-case, what an editor did wrong: `quote-emptied`. */
  name: string;
  apply(tree: GeoTree, random: Random): GeoTree | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** The file's text, or null when it is missing or no longer UTF-8 (an earlier mutation broke it). */
export function textOf(tree: GeoTree, file: string): string | null {
  const bytes = tree.get(file);
  if (!bytes) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** A copy of the tree with one file written; the tree given is never changed. */
export function withFile(tree: GeoTree, file: string, content: string | Uint8Array): GeoTree {
  const copy = new Map(tree);
  copy.set(file, typeof content === 'string' ? encoder.encode(content) : content);
  return copy;
}

export function withoutFile(tree: GeoTree, file: string): GeoTree {
  const copy = new Map(tree);
  copy.delete(file);
  return copy;
}

/** Files directly in a folder of geo/ with the given ending, sorted: `filesIn(tree, 'claims', '.yaml')`. */
export function filesIn(tree: GeoTree, folder: string, ending: string): string[] {
  return [...tree.keys()].filter((path) => path.startsWith(`geo/${folder}/`) && path.endsWith(ending)).sort();
}

/** Rewrites a text file; null when it is unreadable or `edit` finds nothing to change. */
export function editText(tree: GeoTree, file: string, edit: (text: string) => string | null): GeoTree | null {
  const text = textOf(tree, file);
  const edited = text === null ? null : edit(text);
  return edited === null || edited === text ? null : withFile(tree, file, edited);
}

/** Rewrites a JSON file through its parsed value, as an editor's tool would (two-space indent). */
export function editJson<T>(tree: GeoTree, file: string, edit: (value: T) => T | null): GeoTree | null {
  return editText(tree, file, (text) => {
    let value: T;
    try {
      value = JSON.parse(text) as T;
    } catch {
      return null;
    }
    const edited = edit(value);
    return edited === null ? null : `${JSON.stringify(edited, null, 2)}\n`;
  });
}

/**
 * Rewrites a small YAML file (dataset, origins, a source's metadata) through its document, where a round trip
 * is cheap; `edit` says whether it changed anything.
 */
export function editYaml(tree: GeoTree, file: string, edit: (doc: Document) => boolean): GeoTree | null {
  return editText(tree, file, (text) => {
    const doc = parseDocument(text, { logLevel: 'silent' });
    if (doc.errors.length) return null;
    return edit(doc) ? doc.toString({ lineWidth: 0 }) : null;
  });
}

/** What the mutations read of a claim: where it is, what it says and what it points at. */
export interface ClaimSummary {
  file: string;
  index: number;
  id: string;
  quote: string | null;
  /** The fields the claim has, as written (`holder` only on control claims, `translation` only on some). */
  fields: string[];
  places: string[];
  contradicts: string[];
}

// Parsing a claim file costs milliseconds and most variants leave most files as they were, sharing their
// bytes with the base tree; keyed on those bytes, each unchanged file is read once per run.
const summaries = new WeakMap<Uint8Array, ClaimSummary[]>();

/**
 * Every claim in the tree's claim files that the line editor (claimText) can reach: a file an earlier
 * mutation broke, or whose layout no longer shows each claim where the parser finds it, contributes none.
 */
export function readClaims(tree: GeoTree): ClaimSummary[] {
  return filesIn(tree, 'claims', '.yaml').flatMap((file) => {
    const bytes = tree.get(file) as Uint8Array;
    let cached = summaries.get(bytes);
    if (!cached) {
      cached = summarize(file, textOf(tree, file));
      summaries.set(bytes, cached);
    }
    return cached;
  });
}

const values = new WeakMap<Uint8Array, unknown>();

/** A small YAML file's value (sources, origins, dataset), or null when it no longer parses. Read-only. */
export function yamlValue(tree: GeoTree, file: string): unknown {
  const bytes = tree.get(file);
  if (!bytes) return null;
  if (!values.has(bytes)) {
    const text = textOf(tree, file);
    values.set(bytes, text === null ? null : parseStrictly(text));
  }
  return values.get(bytes);
}

function summarize(file: string, text: string | null): ClaimSummary[] {
  const value = text === null ? null : parseStrictly(text);
  const claims = (value as { claims?: unknown } | null)?.claims;
  if (!Array.isArray(claims) || claimCount(text ?? '') !== claims.length) return [];
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
  return claims.flatMap((claim: unknown, index) => {
    const c = claim as Record<string, unknown> | null;
    if (typeof c?.id !== 'string') return [];
    const quote = typeof c.quote === 'string' ? c.quote : null;
    const summary = { file, index, id: c.id, quote, fields: Object.keys(c) };
    return [{ ...summary, places: strings(c.places), contradicts: strings(c.contradicts) }];
  });
}

/** A YAML text's value, or null when it has any error (an earlier mutation broke it): never a partial read. */
function parseStrictly(text: string): unknown {
  const doc = parseDocument(text, { logLevel: 'silent' });
  if (doc.errors.length) return null;
  try {
    return doc.toJS();
  } catch {
    return null; // an alias to no anchor
  }
}
