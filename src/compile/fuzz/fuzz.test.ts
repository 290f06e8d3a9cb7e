/**
 * Hostile input, compile side: several hundred broken variants of the real geo/ (fields deleted and
 * retyped, rings broken and crossed, coordinates out of range, dangling references, quotes not in the
 * article, megabyte strings, wrong encodings, duplicate ids, one-sided contradictions, …; see MUTATIONS).
 * The compile step must reject each with lines an editor can act on, never a stack trace, and `npm run geo`
 * must leave the last good published data as it was. The counts go to the README, from this run.
 * Replay one variant: fuzzVariants(base, SEED, COUNT) and take it by its number.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDataset } from '../compileDataset';
import { formatGeoError } from '../GeoError';
import { readGeoTree, type GeoTree } from '../readGeoTree';
import { writeDataset } from '../writeDataset';
import {
  compileOutcome,
  fuzzVariants,
  lineFault,
  MUTATIONS,
  reliabilityRow,
  type FuzzCounts,
  type Outcome,
  type Variant,
} from '.';
import { recordReliabilityRow } from '../../reliability';
import { editJson, editYaml, filesIn } from './treeFiles';

const SEED = 20241127;
const COUNT = 300;
const project = resolve(import.meta.dirname, '../../..');
const readmePath = join(project, 'README.md');
const ROW = 'geo/ files (compile step)';

/** Variants the CLI runs too, one per stage they fail at: reading bytes, checking references, the basemap. */
const THROUGH_CLI = ['binary-junk', 'contradiction-cycle-one-sided', 'basemap-not-a-collection'];

const base = readGeoTree(join(project, 'geo'));
const known = (tree: GeoTree) => new Set([...base.keys(), ...tree.keys()]);
const results: { name: string; outcome: Outcome }[] = [];
const forCli = new Map<string, Variant>();
const named = (kind: Outcome['kind']) => results.filter(({ outcome }) => outcome.kind === kind);

beforeAll(() => {
  for (const variant of fuzzVariants(base, SEED, COUNT)) {
    results.push({ name: variant.name, outcome: compileOutcome(variant.tree, known(variant.tree)) });
    const last = variant.name.split(' ').pop() ?? '';
    if (THROUGH_CLI.includes(last) && !forCli.has(last)) forCli.set(last, variant);
  }
}, 180_000);

describe(`compileDataset on ${COUNT} broken variants of geo/ (seed ${SEED})`, () => {
  it("starts from a valid geo/: the mutations' own rewriting of files (YAML documents, JSON) breaks nothing", () => {
    // Without the basemap, whose derivation is slow and which the mutations rewrite only to break.
    let tree: GeoTree = new Map([...base].filter(([path]) => !path.startsWith('geo/basemap/')));
    for (const file of ['geo/dataset.yaml', 'geo/origins.yaml', ...filesIn(tree, 'sources', '.yaml')]) {
      tree = editYaml(tree, file, () => true) ?? tree;
    }
    for (const file of filesIn(tree, 'places', '.geojson')) tree = editJson(tree, file, (value) => value) ?? tree;
    const result = compileDataset(tree);
    expect(result.ok ? [] : result.errors.map(formatGeoError)).toEqual([]);
  });

  it('tries every mutation, on the real files', () => {
    expect(results.length).toBe(COUNT);
    const tried = new Set(results.flatMap(({ name }) => name.split(/ \+ | /).slice(1)));
    expect(MUTATIONS.map((mutation) => mutation.name).filter((name) => !tried.has(name))).toEqual([]);
  });

  it('never throws', () => {
    const crashes = named('crashed').map(({ name, outcome }) => `${name}: ${outcome.kind === 'crashed' ? outcome.error : ''}`);
    expect(crashes).toEqual([]);
  });

  it('reports every problem in one line of the form file:line:column field: message, naming a file of the tree', () => {
    const faults = named('rejected-badly').flatMap(({ name, outcome }) =>
      outcome.kind === 'rejected-badly' ? outcome.faults.map((fault) => `${name}: ${fault}`) : [],
    );
    expect(faults).toEqual([]);
  });

  it("records its counts in the README's reliability table", () => {
    const counts: FuzzCounts = {
      tried: results.length,
      rejectedCleanly: named('rejected-cleanly').length,
      crashes: named('crashed').length,
      acceptedValid: named('accepted').length,
    };
    const row = reliabilityRow(ROW, counts, 'src/compile/fuzz/fuzz.test.ts');
    expect(recordReliabilityRow(readmePath, ROW, row), 'run with UPDATE_README=1 to record them').toBe(row);
  });
});

describe('npm run geo on broken variants', () => {
  const run = promisify(execFile);
  const runGeo = async (geo: string, out: string) => {
    try {
      const args = ['src/compile/cli.ts', '--geo', geo, '--out', out];
      await run(join(project, 'node_modules/.bin/tsx'), args, { cwd: project, maxBuffer: 1 << 26 });
      return { code: 0, stderr: '' };
    } catch (error) {
      const e = error as { code: number; stderr: string };
      return { code: e.code, stderr: e.stderr };
    }
  };
  const snapshot = (dir: string) =>
    new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name)).toString('base64')]));

  it('exits 1, prints only editors\' lines, and leaves the last good published data byte for byte', async () => {
    const picks = THROUGH_CLI.map((mutation) => {
      const variant = forCli.get(mutation);
      if (!variant) throw new Error(`no variant ends with ${mutation}`);
      return variant;
    });
    const work = mkdtempSync(join(tmpdir(), 'claimmap-fuzz-'));
    const good = compileDataset(readGeoTree(join(import.meta.dirname, '../fixtures/_base/geo')));
    if (!good.ok) throw new Error('the base fixture no longer compiles');

    const runs = picks.map(async (variant, i) => {
      const geo = join(work, `variant-${i}`, 'geo');
      for (const [path, bytes] of variant.tree) {
        const file = join(geo, path.replace(/^geo\//, ''));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
      }
      const out = join(work, `published-${i}`, 'data');
      writeDataset(out, good.dataset);
      const before = snapshot(out);
      const result = await runGeo(geo, out);
      return { variant, result, before, after: snapshot(out), beside: readdirSync(dirname(out)) };
    });
    try {
      for (const { variant, result, before, after, beside } of await Promise.all(runs)) {
        expect(result.code, `${variant.name}\n${result.stderr}`).toBe(1); // 2 would be an internal error
        const lines = result.stderr.trim().split('\n');
        expect(lines.pop()).toMatch(/^npm run geo: \d+ problem\(s\) in geo\/; .* was left as it was\.$/);
        expect(lines.flatMap((line) => lineFault(line, known(variant.tree)) ?? []), variant.name).toEqual([]);
        expect(after, variant.name).toEqual(before);
        expect(beside, 'no staging folder left behind').toEqual(['data']);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});
