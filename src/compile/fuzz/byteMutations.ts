/**
 * Whole-file accidents: a wrong encoding, a copy cut short, binary junk, an empty file, a file deleted or
 * saved with the wrong extension (so the compile step no longer reads it). A file is only deleted or
 * renamed where that must break something: a place some claim or place names, a claim file another
 * contradicts, an article or its metadata (each needs the other), the dataset and origins, the basemap.
 */
import { BASEMAP_FILES } from '../deriveBasemap';
import type { GeoTree } from '../readGeoTree';
import type { Random } from '../../random/seededRandom';
import { filesIn, readClaims, textOf, withFile, withoutFile, type Mutation } from './treeFiles';

/**
 * Every file of geo/ that the compile step reads: what editors write, and the basemap layers deriveBasemap
 * draws (geo/basemap/ holds more, its README and vendored layers no layer uses, which nothing checks).
 */
export function editedFiles(tree: GeoTree): string[] {
  const edited = [...tree.keys()].filter((path) => /^geo\/(dataset\.yaml|origins\.yaml|(sources|places|claims)\/)/.test(path));
  return [...edited, ...BASEMAP_FILES.filter((file) => tree.has(file))].sort();
}

/** Files whose absence the rules must notice. */
function neededFiles(tree: GeoTree): string[] {
  const claims = readClaims(tree);
  const named = new Set(claims.flatMap((claim) => claim.places));
  for (const file of filesIn(tree, 'places', '.geojson')) {
    const parent = /"parent":\s*"([^"]+)"/.exec(textOf(tree, file) ?? '')?.[1];
    if (parent) named.add(parent);
  }
  const places = filesIn(tree, 'places', '.geojson').filter((file) => named.has(file.replace(/^geo\/places\/|\.geojson$/g, '')));
  const contradicted = claims.filter((claim) =>
    claims.some((other) => other.file !== claim.file && other.contradicts.includes(claim.id)),
  );
  const claimFiles = [...new Set(contradicted.map((claim) => claim.file))];
  const fixed = ['geo/dataset.yaml', 'geo/origins.yaml', ...BASEMAP_FILES].filter((file) => tree.has(file));
  return [...fixed, ...filesIn(tree, 'sources', ''), ...places, ...claimFiles];
}

type BytesEdit = (bytes: Uint8Array, random: Random, file: string) => Uint8Array | null;

function onFile(name: string, files: (tree: GeoTree) => string[], edit: BytesEdit): Mutation {
  return {
    name,
    apply(tree, random) {
      const candidates = files(tree);
      if (!candidates.length) return null;
      const file = random.pick(candidates);
      const edited = edit(tree.get(file) as Uint8Array, random, file);
      return edited ? withFile(tree, file, edited) : null;
    },
  };
}

const encoder = new TextEncoder();
/** The extension an editor's tool might have saved each kind of file with instead. */
const MISNAMED: Record<string, string> = { yaml: 'yml', geojson: 'json', txt: 'text' };
const hasLatin1 = (tree: GeoTree, file: string) => /[\u0080-\u00ff]/.test(textOf(tree, file) ?? '');

/** UTF-16 little-endian with its byte-order mark, as some Windows editors save "Unicode" text. */
function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
  return bytes;
}

export const byteMutations: Mutation[] = [
  // 0xC3 opens a two-byte sequence that '(' cannot continue: invalid UTF-8 wherever it lands.
  onFile('bytes-not-utf8', editedFiles, (bytes, random) => {
    const at = random.below(bytes.length + 1);
    return new Uint8Array([...bytes.subarray(0, at), 0xc3, 0x28, ...bytes.subarray(at)]);
  }),
  onFile('saved-as-utf16', editedFiles, (bytes) => utf16(new TextDecoder().decode(bytes))),
  // Only files with characters Latin-1 has (å, ø, é): each becomes one byte above 0x7F followed by ASCII.
  {
    name: 'saved-as-latin1',
    apply(tree, random) {
      const files = editedFiles(tree).filter((file) => hasLatin1(tree, file));
      if (!files.length) return null;
      const file = random.pick(files);
      const text = textOf(tree, file) ?? '';
      return withFile(tree, file, Uint8Array.from(text, (c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
    },
  },
  // Cut JSON is never JSON, and a cut article loses the words its later quotes need. A YAML file cut at a
  // line end can still parse, so a claim file is cut right after a claim's id, leaving that claim without
  // the fields every claim needs.
  onFile('truncated', (tree) => editedFiles(tree).filter((file) => !file.endsWith('.yaml')), (bytes, random) => {
    return bytes.slice(0, Math.floor(bytes.length * (0.1 + 0.8 * random.next())));
  }),
  onFile('claim-file-cut-after-an-id', (tree) => filesIn(tree, 'claims', '.yaml'), (bytes, random) => {
    const text = new TextDecoder().decode(bytes);
    const ends = [...text.matchAll(/^ {2}- id: .*$/gm)].map((match) => match.index + match[0].length);
    return ends.length ? encoder.encode(text.slice(0, random.pick(ends))) : null;
  }),
  onFile('binary-junk', editedFiles, (_, random) => {
    const junk = Uint8Array.from({ length: 64 + random.below(4096) }, () => random.below(256));
    junk[random.below(junk.length)] = 0xff; // never valid UTF-8, so never accidentally text
    return junk;
  }),
  onFile('emptied', editedFiles, () => new Uint8Array()),
  onFile('whitespace-only', editedFiles, () => encoder.encode('\n  \n')),
  {
    name: 'file-deleted',
    apply(tree, random) {
      const files = neededFiles(tree);
      return files.length ? withoutFile(tree, random.pick(files)) : null;
    },
  },
  {
    name: 'wrong-extension',
    apply(tree, random) {
      const files = neededFiles(tree);
      if (!files.length) return null;
      const file = random.pick(files);
      const renamed = file.replace(/\.(\w+)$/, (_, ext: string) => `.${MISNAMED[ext] ?? 'bak'}`);
      return withFile(withoutFile(tree, file), renamed, tree.get(file) as Uint8Array);
    },
  },
];
