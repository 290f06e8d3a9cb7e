/**
 * readYamlFast reads most of geo/ with js-yaml, without the full parser's positions. It may decline any
 * text, but a value it returns must be the one the full parser (the `yaml` package) gives, key order
 * included, and it must never accept a text the full parser refuses: what it reads is checked against
 * `yaml` itself, on geo/, on the fixtures, on the benchmark's generated files and on seeded, mutated and
 * generated texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generateDataset } from '../bench/generateDataset';
import { seededRandom } from '../random';
import { yamlVariant } from './fuzz/yamlVariant';
import { readYamlFast } from './readYamlFast';

const project = join(import.meta.dirname, '../..');
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(dir, name));

/** What the compile step's full parse gives: the value, or null when the text is refused. */
function fullParse(text: string): { value: unknown } | null {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) return null;
  try {
    return { value: doc.toJS({ maxAliasCount: 0 }) };
  } catch {
    return null;
  }
}

/** The full parser's first error and the line it points at, short enough to read in a failing test. */
function refusal(text: string): string {
  const doc = parseDocument(text, { uniqueKeys: true });
  const [error] = doc.errors;
  if (!error) return `an alias, in ${JSON.stringify(text.slice(0, 200))}`;
  const lineStart = text.lastIndexOf('\n', error.pos[0] - 1) + 1;
  const lineEnd = text.indexOf('\n', error.pos[0]);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  return `${error.message.split('\n')[0] ?? ''} at ${JSON.stringify(line.slice(0, 200))}`;
}

/** Key order matters too: the published files list keys as the editors wrote them. */
function keyOrder(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return null;
  return Object.entries(value).map(([key, child]) => [key, keyOrder(child)]);
}

/** Why the fast read of `text` is wrong, or null when it declined or agrees with the full parse. */
function disagreement(text: string): string | null {
  const fast = readYamlFast(text);
  if (!fast) return null;
  const full = fullParse(text);
  if (!full) return `accepted text the full parser refuses: ${refusal(text)}`;
  const same = isDeepStrictEqual(fast.value, full.value) && isDeepStrictEqual(keyOrder(fast.value), keyOrder(full.value));
  return same ? null : `read ${JSON.stringify(text.slice(0, 300))} as ${JSON.stringify(fast.value)}, not ${JSON.stringify(full.value)}`;
}

describe('readYamlFast(text)', () => {
  it("reads every YAML file of geo/ to the full parser's value", () => {
    const files = yamlFiles(join(project, 'geo'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(readYamlFast(text), relative(project, file)).toEqual(fullParse(text));
    }
  });

  it('reads the generated benchmark files (yaml stringify) to the same value', () => {
    const files = [...generateDataset({ places: 30 })].filter(([path]) => path.endsWith('.yaml'));
    for (const [path, text] of files) expect(readYamlFast(text), path).toEqual(fullParse(text));
  });

  it('declines every broken fixture, which the full parser then refuses with its line', () => {
    const fixtures = join(import.meta.dirname, 'fixtures');
    for (const file of yamlFiles(fixtures)) {
      const text = readFileSync(file, 'utf8');
      if (!fullParse(text)) expect(readYamlFast(text), relative(fixtures, file)).toBeNull();
      else expect(disagreement(text), relative(fixtures, file)).toBeNull();
    }
  });

  it.each([
    ['a repeated key', 'a: 1\na: 2\n'],
    ['a key repeated in another spelling', 'a: 1\n"a": 2\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['an alias in a flow list', 'a: &x [1]\nb: [*x]\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a merge key', 'a: {x: 1}\nb:\n  <<: {x: 2}\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['an end-of-document marker', 'a: 1\n...\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a list as a key', '[a, b]: 1\n'],
    ['a map as a key', '{a: 1}: 2\n'],
    ['a null key', '~: x\n'],
    ['a key written null', 'null: x\n'],
    ['an empty key', ': x\n'],
    ['a binary number', 'a: 0b101\n'],
    ['a signed hexadecimal number', 'a: -0x1F\n'],
    ['a signed octal number', 'a: +0o7\n'],
    ['a signed fraction without its zero', 'a: -.5\n'],
    ['minus zero', 'a: -0\n'],
    ['a null key in a flow map', 'a: [:]\n'],
    ['a comment against a closing quote', 'a: "x"# note\n'],
    ['a quoted scalar running on at its key’s indent', 'a:\n  b: "x\n  y"\n'],
    ['a flow list running on at its key’s indent', 'a:\n  b: [x,\n  y]\n'],
    ['a line of a thousand characters', `a: ${'x'.repeat(1000)}\n`],
    ['a key with a space before its colon', 'a : 1\n'],
    ['a tab', 'a:\t1\n'],
    ['Windows line ends', 'a: 1\r\n'],
    ['a byte-order mark', '\ufeffa: 1\n'],
    ['a lone scalar', 'just words\n'],
    ['an empty text', ''],
  ])('declines %s, leaving it to the full parser', (_, text) => {
    expect(readYamlFast(text)).toBeNull();
  });

  it.each([
    ['a comment after a value', 'a: 1 # one\n'],
    ['a quoted key', '"a": 1\n'],
    ['a key that reads as a number', '002: x\n'],
    ['keys that read as numbers, which JavaScript puts first', 'b: 1\n2: x\n1: y\n'],
    ['the __proto__ key', '__proto__: x\n'],
    ['a block scalar keeping its line ends', 'a: |+\n  x\n\n'],
    ['a block scalar with more-indented lines', 'a: >\n  x\n    y\n'],
    ['a list at its key’s indent', 'a:\n- 1\n'],
    ['escapes in double quotes', 'a: "\\x41\\u00e9\\U0001F600\\t\\N\\_"\n'],
    ['a plain scalar over several lines', 'a: one\n  two\n\n  three\n'],
    ['a quoted scalar over several lines, indented', 'a:\n  b: "x\n    y"\n'],
  ])('reads %s to the full parser’s value', (_, text) => {
    const fast = readYamlFast(text);
    expect(fast).not.toBeNull();
    expect(disagreement(text)).toBeNull();
  });

  it.each([
    ['a key over 1,024 characters', `${'k'.repeat(1025)}: 1\n`],
    ['a map inside a compact one', 'a: b: c\n'],
    ['a key more indented than its siblings', 'a: 1\n b: 2\n'],
    ['a list indented by a tab', 'a:\n\t- 1\n'],
    ['an unclosed quote', 'a: "x\n'],
  ])('refuses, as the full parser does, %s', (_, text) => {
    expect(fullParse(text)).toBeNull();
    expect(readYamlFast(text)).toBeNull();
  });

  it("resolves plain scalars by YAML 1.2's core schema, as the yaml package does: no and dates stay strings", () => {
    const text = 'a: no\nb: 2024-11-27\nc: 2024-11-28T10:00\nd: null\ne: ~\nf: true\ng: 25\nh: -0.5\ni: 0x1F\nj: yes\n';
    expect(readYamlFast(text)).toEqual({
      value: { a: 'no', b: '2024-11-27', c: '2024-11-28T10:00', d: null, e: null, f: true, g: 25, h: -0.5, i: 31, j: 'yes' },
    });
  });

  it('agrees with the full parser on 4,000 seeded texts: mutated geo/ files and stringified values', () => {
    const random = seededRandom(20241127);
    const sources = yamlFiles(join(project, 'geo')).map((file) => readFileSync(file, 'utf8'));
    const problems: string[] = [];
    let read = 0;
    for (let i = 0; i < 4000; i++) {
      const text = yamlVariant(random, sources);
      if (readYamlFast(text)) read++;
      const problem = disagreement(text);
      if (problem) problems.push(problem);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(read, 'the fuzzing reaches the fast path').toBeGreaterThan(1000);
    // 8,000 parses take about 4 s here and more on a busy machine: vitest's 5 s default failed CI once.
  }, 60_000);
});
