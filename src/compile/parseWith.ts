import type { z } from 'zod';
import type { GeoError } from './GeoError';
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
      const [key] = issue.keys;
      return doc.errorAt([...path, key ?? ''], `is not a known field${issue.keys.length > 1 ? ` (nor ${issue.keys.slice(1).join(', ')})` : ''}`);
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
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
