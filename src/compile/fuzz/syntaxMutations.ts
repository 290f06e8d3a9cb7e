/**
 * Broken YAML and hostile sizes: syntax errors, repeated keys, aliases, a second document, nesting tens of
 * thousands deep, megabyte strings, keys that are huge, many or contain line breaks. The compile step must
 * reject each in a line of ordinary length that names the file, never echoing the megabyte back.
 */
import type { GeoTree } from '../readGeoTree';
import { insertClaimLines, setClaimField } from './claimText';
import { onClaim } from './claimMutations';
import type { Random } from '../../random/seededRandom';
import { editText, filesIn, type Mutation } from './treeFiles';

const MEGABYTE = 1 << 20;

const yamlFiles = (tree: GeoTree) => [
  ...['geo/dataset.yaml', 'geo/origins.yaml'].filter((file) => tree.has(file)),
  ...filesIn(tree, 'sources', '.yaml'),
  ...filesIn(tree, 'claims', '.yaml'),
];

function onYamlText(name: string, edit: (text: string, random: Random) => string | null, files = yamlFiles): Mutation {
  return {
    name,
    apply(tree, random) {
      const candidates = files(tree);
      return candidates.length ? editText(tree, random.pick(candidates), (text) => edit(text, random)) : null;
    },
  };
}

/**
 * Lines holding one whole `key: value` of a mapping, never a line of a block scalar: a claim's own fields
 * (indented four, where no block text is) and the top-level fields of the other files (indented none).
 */
const SINGLE_LINE_FIELD =
  /^(?: {4}(?:kind|actor|certainty|holder|extent|places)|(?:id|file|language|published|title|source)): [^>|[{\s].*$/gm;

/** Replaces one of the matches of `pattern` (a global regex) with what `replace` makes of it. */
function replaceOne(text: string, pattern: RegExp, random: Random, replace: (line: string) => string): string | null {
  const matches = [...text.matchAll(pattern)];
  if (!matches.length) return null;
  const match = random.pick(matches);
  return text.slice(0, match.index) + replace(match[0]) + text.slice(match.index + match[0].length);
}

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const claimFiles = (tree: GeoTree) => filesIn(tree, 'claims', '.yaml');

export const syntaxMutations: Mutation[] = [
  // Nothing after the end of the file can close what these open.
  onYamlText('yaml-unclosed-at-end', (text, random) => {
    return `${text}\n${random.pick(['"an unterminated string', '[an, unclosed, list', "{ key: 'no end"])}\n`;
  }),
  onYamlText('yaml-duplicate-key', (text, random) => replaceOne(text, SINGLE_LINE_FIELD, random, (line) => `${line}\n${line}`)),
  onYamlText('yaml-second-document', (text) => `${text}\n---\n${text}`),
  onYamlText(
    'yaml-alias',
    (text, random) => {
      const kinds = [...text.matchAll(/^ {4}kind: (\S+)$/gm)];
      const [first, later] = [kinds[0], kinds[1 + random.below(Math.max(kinds.length - 1, 1))]];
      if (!first || !later) return null;
      if (random.below(2)) return replaceOne(text, /^ {4}kind: \S+$/gm, random, () => '    kind: *no-such-anchor');
      const anchored = `${text.slice(0, first.index)}    kind: &kind ${first[1]}${text.slice(first.index + first[0].length)}`;
      const shift = anchored.length - text.length;
      return `${anchored.slice(0, later.index + shift)}    kind: *kind${anchored.slice(later.index + shift + later[0].length)}`;
    },
    claimFiles,
  ),
  onYamlText('nested-very-deep', (text, random) => {
    const depth = random.pick([64, 1000, 10_000, 100_000]);
    return replaceOne(text, SINGLE_LINE_FIELD, random, (line) => `${line.slice(0, line.indexOf(':') + 1)} ${nested(depth)}`);
  }),
  {
    name: 'nested-very-deep-json',
    apply(tree, random) {
      const files = filesIn(tree, 'places', '.geojson');
      const depth = random.pick([64, 1000, 10_000, 100_000]);
      if (!files.length) return null;
      return editText(tree, random.pick(files), (text) => text.replace(/"kind": "[^"]*"/, `"kind": ${nested(depth)}`));
    },
  },
  // The article's own words, over and over: a paste gone wrong, a megabyte long.
  onClaim('quote-huge', (text, claim) => {
    const words = `${claim.quote ?? 'Rebels took Aleppo.'} `;
    const quote = words.repeat(Math.ceil(MEGABYTE / words.length)).slice(0, MEGABYTE);
    return setClaimField(text, claim.index, ['quote'], quote);
  }),
  onClaim('note-huge', (text, claim) => setClaimField(text, claim.index, ['note'], 'A very long note. '.repeat(MEGABYTE / 18))),
  // An explicit key (`? …`), as YAML takes no implicit key over 1024 characters.
  onClaim('key-huge', (text, claim) => insertClaimLines(text, claim.index, `    ? ${JSON.stringify('k'.repeat(100_000))}\n    : 1`)),
  onClaim('key-with-line-break', (text, claim) => {
    return insertClaimLines(text, claim.index, `    ${JSON.stringify('sauce\ngeo/claims/000.yaml:1:1 fake: error')}: 1`);
  }),
  onClaim('keys-by-the-thousand', (text, claim) => {
    return insertClaimLines(text, claim.index, Array.from({ length: 2000 }, (_, i) => `    extra${i}: ${i}`).join('\n'));
  }),
];
