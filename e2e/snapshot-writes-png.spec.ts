import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './test';

const run = promisify(execFile);
const snapshot = (args: string[]) => run('node_modules/.bin/tsx', ['src/snapshot/cli.ts', ...args], { encoding: 'utf8' });

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('npm run snapshot draws the embed at a date, place and language as a PNG, legend and credit included', async () => {
  test.setTimeout(90_000);
  const out = join(mkdtempSync(join(tmpdir(), 'claimmap-snapshot-')), 'aleppo.png');
  const { stdout } = await snapshot(['--date', '2024-11-30', '--place', 'aleppo-city', '--lang', 'nb', '--width', '400', '--out', out]);
  expect(stdout).toContain('embed.html?date=2024-11-30&place=aleppo-city&lang=nb');
  const { width, height } = pngSize(out);
  expect(width).toBe(800);
  // The map, the legend, the moment, Aleppo's status and first claims, and the credit: far taller than the map.
  expect(height).toBeGreaterThan(2000);
});

test('npm run snapshot names each option that is wrong and writes nothing', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'claimmap-snapshot-')), 'never.png');
  const failure = await snapshot(['--place', 'atlantis', '--date', 'yesterday', '--out', out]).then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(1);
  expect(failure?.stderr).toContain('npm run snapshot: --date "yesterday" is not a date');
  expect(failure?.stderr).toContain('npm run snapshot: --place "atlantis" is not a place of the dataset');
  expect(() => readFileSync(out)).toThrow();
});
