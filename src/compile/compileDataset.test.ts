/**
 * Golden fixtures for the pipeline. fixtures/_base/geo is a small valid tree; it compiles to the files in
 * fixtures/_base/expected/. Every other folder overlays a few broken files on that base and must fail with
 * exactly the lines in its expected-errors.txt, one rule per folder. Regenerate with `UPDATE_GOLDEN=1 npx
 * vitest run src/compile` and review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataset } from './compileDataset';
import { formatGeoError } from './GeoError';
import { readGeoTree } from './readGeoTree';

const fixtures = join(import.meta.dirname, 'fixtures');
const update = process.env.UPDATE_GOLDEN === '1';
const baseTree = () => readGeoTree(join(fixtures, '_base/geo'));

function treeOf(caseName: string) {
  const tree = baseTree();
  for (const [path, bytes] of readGeoTree(join(fixtures, caseName, 'geo'))) tree.set(path, bytes);
  return tree;
}

function golden(path: string, actual: string) {
  if (update || !existsSync(path)) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('compileDataset(tree)', () => {
  it('compiles the valid base fixture to the golden published files', () => {
    const result = compileDataset(baseTree());
    if (!result.ok) throw new Error(result.errors.map(formatGeoError).join('\n'));
    for (const [name, value] of Object.entries(result.dataset)) {
      golden(join(fixtures, '_base/expected', `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
    }
  });

  const cases = readdirSync(fixtures).filter((name) => !name.startsWith('_')).sort();
  it.each(cases)('rejects %s with a one-line error naming the file and the field', (caseName) => {
    const result = compileDataset(treeOf(caseName));
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.errors.map(formatGeoError);
    for (const line of lines) expect(line).toMatch(/^geo\/[\w./-]+:\d+:\d+ \S/);
    golden(join(fixtures, caseName, 'expected-errors.txt'), `${lines.join('\n')}\n`);
  });

  it('compiles a tree without geo/translations: the English translations stay on the claims, the other files are empty', () => {
    const tree = new Map([...baseTree()].filter(([path]) => !path.startsWith('geo/translations/')));
    const result = compileDataset(tree);
    if (!result.ok) throw new Error(result.errors.map(formatGeoError).join('\n'));
    expect(result.dataset.claims.claims.filter((claim) => claim.translation).length).toBeGreaterThan(0);
    expect(Object.values(result.dataset.quoteTranslations).map(({ language, translations }) => [language, translations])).toEqual([
      ['nb', {}],
      ['id', {}],
    ]);
  });

  it('publishes the panels’ details, the translations and the texts apart, keyed by the claims and sources of the first files', () => {
    const result = compileDataset(baseTree());
    if (!result.ok) throw new Error(result.errors.map(formatGeoError).join('\n'));
    const { claims, sources, claimDetails, quoteTranslations, sourceTexts } = result.dataset;
    const claimIds = claims.claims.map((claim) => claim.id);
    expect(Object.keys(claimDetails.details)).toEqual(claimIds);
    for (const file of Object.values(quoteTranslations)) {
      for (const id of Object.keys(file.translations)) expect(claimIds).toContain(id);
    }
    expect(Object.keys(sourceTexts.texts)).toEqual(sources.sources.map((source) => source.id));
    for (const claim of claims.claims) expect(sourceTexts.texts[claim.sourceId]?.slice(...claim.quoteAt)).toBe(claim.quote);
  });

  it('does not mutate the tree it is given', () => {
    const tree = baseTree();
    const before = new Map([...tree].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));
    compileDataset(tree);
    expect(new Map([...tree].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]))).toEqual(before);
  });
});
