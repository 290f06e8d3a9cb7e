import type { z } from 'zod';
import type { GeoError } from './GeoError';
import { excerpt } from './excerpt';
import type { LocatedDocument } from './parseLocated';

/**
 * Checks a parsed file against its schema. Returns the typed value, or one error per problem, each pointing
 * at the line of the field (or, for a missing field, at the object that lacks it).
 */
export function parseWith<T>(doc: LocatedDocument, schema: z.ZodType<T>): T | GeoError[] {
  const result = schema.safeParse(doc.value, { reportInput: true });
  if (result.success) return result.data;
  return result.error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const [key, ...others] = issue.keys;
      return doc.errorAt([...path, key ?? ''], `is not a known field${others.length ? ` (nor ${listKeys(others)})` : ''}`);
    }
    return doc.errorAt(path, describeIssue(issue));
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${article(issue.expected)}, not ${describeValue(issue.input)}`;
    case 'invalid_value':
      // A missing field of a closed vocabulary (a claim without `kind:`) is missing, not "not undefined".
      if (issue.input === undefined) return 'is missing';
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(issue.input)}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  // JSON has no Infinity or NaN and would print them as null (YAML's .inf, or 1e400, is a number too big).
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return excerpt(JSON.stringify(value) ?? String(value));
}

/** Unknown keys are the editor's own text: a few, each cut short, so a pasted blob stays one short line. */
function listKeys(keys: string[]): string {
  const shown = keys.slice(0, 3).map((key) => excerpt(key));
  return keys.length > shown.length ? `${shown.join(', ')} and ${keys.length - shown.length} more` : shown.join(', ');
}
