/**
 * Edits one field of one claim in a claim file's text, line by line, leaving every other byte as the editor
 * wrote it (a YAML round trip would reflow the whole file, and takes ten times longer). It relies on the
 * layout geo/README.md shows and every real file keeps: `  - id: …` opens a claim, its fields are indented
 * four spaces and theirs six. On a file that no longer has that layout it finds nothing, and says so (null).
 */

interface Span {
  start: number;
  end: number;
}

const CLAIM_START = /^ {2}- id:/;

/** The line spans of the claims, in order. */
function claimSpans(lines: string[]): Span[] {
  const starts = lines.flatMap((line, i) => (CLAIM_START.test(line) ? [i] : []));
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? lines.length }));
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The lines of `key:` at `indent` inside `within`, up to the next line indented as little (or a claim). */
function fieldSpan(lines: string[], within: Span, indent: number, key: string): Span | null {
  const opener = new RegExp(`^ {${indent}}${key}:(\\s|$)`);
  for (let i = within.start; i < within.end; i++) {
    if (!opener.test(lines[i] ?? '')) continue;
    let end = i + 1;
    while (end < within.end) {
      const line = lines[end] ?? '';
      if (line.trim() && indentOf(line) <= indent) break;
      end++;
    }
    return { start: i, end };
  }
  return null;
}

interface Located {
  /** The field's lines, or null when it is not written. */
  span: Span | null;
  /** The lines of what holds it: the claim, or the field it is inside. */
  parent: Span;
  indent: number;
}

function locate(lines: string[], claim: number, path: readonly string[]): Located | null {
  const claimSpan = claimSpans(lines)[claim];
  if (!claimSpan) return null;
  let parent = claimSpan;
  let indent = 4;
  for (const [depth, key] of path.entries()) {
    const isId = depth === 0 && key === 'id'; // on the claim's first line, after its dash
    const span = isId ? { start: claimSpan.start, end: claimSpan.start + 1 } : fieldSpan(lines, parent, indent, key);
    if (depth === path.length - 1) return { span, parent, indent };
    if (!span) return null;
    parent = { start: span.start + 1, end: span.end };
    indent += 2;
  }
  return null;
}

/** The number of claims the text's layout shows. */
export function claimCount(text: string): number {
  return claimSpans(text.split('\n')).length;
}

/**
 * Sets `claims[claim].<path>` to `value`, written as JSON (which YAML reads the same); a missing field is
 * added as the claim's first line after its id. `path` is one key or a key inside it (`['when', 'start']`).
 */
export function setClaimField(text: string, claim: number, path: readonly string[], value: unknown): string | null {
  const lines = text.split('\n');
  const found = locate(lines, claim, path);
  if (!found) return null;
  const key = path[path.length - 1] as string;
  const written = `${' '.repeat(found.indent)}${key}: ${JSON.stringify(value)}`;
  if (found.span) {
    const line = path.length === 1 && key === 'id' ? `  - id: ${JSON.stringify(value)}` : written;
    lines.splice(found.span.start, found.span.end - found.span.start, line);
  } else {
    lines.splice(path.length === 1 ? found.parent.start + 1 : found.parent.start, 0, written);
  }
  return lines.join('\n');
}

/** Inserts a raw line (or lines) among the claim's fields, right after its id. */
export function insertClaimLines(text: string, claim: number, raw: string): string | null {
  const lines = text.split('\n');
  const span = claimSpans(lines)[claim];
  if (!span) return null;
  lines.splice(span.start + 1, 0, raw);
  return lines.join('\n');
}

/** Deletes `claims[claim].<path>`; null when the field is not there. */
export function deleteClaimField(text: string, claim: number, path: readonly string[]): string | null {
  const lines = text.split('\n');
  const found = locate(lines, claim, path);
  if (!found?.span) return null;
  if (path.length === 1 && path[0] === 'id') lines.splice(found.span.start, 1, '  -');
  else lines.splice(found.span.start, found.span.end - found.span.start);
  return lines.join('\n');
}
