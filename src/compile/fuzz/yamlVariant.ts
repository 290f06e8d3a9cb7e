import { stringify } from 'yaml';
import type { Random } from '../../random/seededRandom';

/**
 * Pieces of YAML syntax a mutation inserts. Besides the usual, the forms where js-yaml and the yaml package
 * part ways (null and long keys, 0b and signed hexadecimal numbers, minus zero, a comment against a quote),
 * so that an oracle test over these texts notices a fast read that stops declining them.
 */
const PIECES = [
  ...[':', ': ', ' #', '#', '-', '- ', "'", '"', '\\', '[', ']', '{', '}', ',', '>-', '|', '&', '*', '!', '?', '? '],
  ...['\n', '\n  ', '\t', '\r', '0', '.5', 'null', 'no', '~', '...', '---', 'é', '\\u00e9', '[:]', '{a: b}', '"a": '],
  ...['0b1', '-0', '+.5', '-0x1F', 'x'.repeat(1030)],
];

/** Strings a value may hold: ones stringify must quote, and ones it writes plain that js-yaml reads otherwise. */
const WORDS = [
  ...['a', 'b c', "it's", 'say "hi"', '2024-11-27', '10:00', 'a: b', 'a #b', '-1', '0o7', 'null', 'no', '', ' x '],
  ...['[a]', '{b}', '- x', 'é', 'two\nlines', 'a\n\nb', '0b101', '-0x1F', '-.5', '~', 'Null', '-0', '1_000', 'a\tb'],
];
const KEYS = ['k', 'id', '2a', '', '~', 'null', '-0', '0b1', 'a b', '__proto__', '1e3', 'é'];
const SCALARS = [null, true, 2, -0.5, 1e21, -0, 0.1, Infinity, Number.NaN];

/**
 * A YAML text to hold a fast reader to the full parser with: half are a source (a geo/ file) with one to
 * three small edits, half a random value written by yaml's stringify in a random style. Many are broken,
 * which is the point: a fast read must decline what the full parser refuses.
 */
export function yamlVariant(random: Random, sources: readonly string[]): string {
  return random.next() < 0.5 ? mutated(random, random.pick(sources)) : stringified(random);
}

/** One to three edits: a piece of syntax inserted, a character or line dropped or doubled, a line re-indented. */
function mutated(random: Random, text: string): string {
  const lines = text.split('\n');
  for (let edits = 1 + random.below(3); edits > 0; edits--) {
    const i = random.below(lines.length);
    const line = lines[i] ?? '';
    const at = random.below(line.length + 1);
    const roll = random.next();
    if (roll < 0.5) lines[i] = line.slice(0, at) + random.pick(PIECES) + line.slice(at);
    else if (roll < 0.65) lines[i] = line.slice(0, at) + line.slice(at + 1);
    else if (roll < 0.75) lines.splice(i, 1);
    else if (roll < 0.85) lines.splice(i, 0, line);
    else lines[i] = roll < 0.93 ? ` ${line}` : line.replace(/^ /, '');
  }
  return lines.join('\n');
}

/** A random value in a random style: folded, quoted, block or flow collections, short or long lines. */
function stringified(random: Random): string {
  const value = (depth: number): unknown => {
    const roll = random.next();
    if (depth > 3 || roll < 0.4) return roll < 0.3 ? random.pick(WORDS) : random.pick(SCALARS);
    if (roll < 0.7) return Object.fromEntries([0, 1, 2].slice(random.below(4)).map(() => [random.pick(KEYS), value(depth + 1)]));
    return [0, 1, 2].slice(random.below(4)).map(() => value(depth + 1));
  };
  const root = { first: value(1), second: value(1) };
  return stringify(root, {
    lineWidth: random.pick([0, 20, 80]),
    indent: random.pick([2, 4]),
    indentSeq: random.next() < 0.7,
    collectionStyle: random.pick(['any', 'block', 'flow'] as const),
    defaultKeyType: 'PLAIN',
    defaultStringType: random.pick(['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'] as const),
  });
}
