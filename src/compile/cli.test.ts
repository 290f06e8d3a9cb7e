import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = resolve(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, 'fixtures');

function runGeo(geo: string, out: string, appUrl = ''): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(join(project, 'node_modules/.bin/tsx'), ['src/compile/cli.ts', '--geo', geo, '--out', out], {
      cwd: project,
      encoding: 'utf8',
      stdio: 'pipe',
      // Empty: the default address, whatever the machine's environment says.
      env: { ...process.env, CLAIMMAP_URL: appUrl },
    });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run geo', () => {
  it('publishes the data files and the oEmbed response, and reports the counts', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'claimmap-')), 'data');
    const run = runGeo(join(fixtures, '_base/geo'), out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 claims from 2 articles on 2 places; every quote verified.');
    expect(readdirSync(out).sort()).toEqual([
      'basemap.geojson',
      'claim-details.json',
      'claims.json',
      'oembed.json',
      'places-detail.geojson',
      'places.geojson',
      'source-texts.json',
      'sources.json',
      'translations.id.json',
      'translations.nb.json',
    ]);
    const oembed = JSON.parse(readFileSync(join(out, 'oembed.json'), 'utf8')) as { html: string };
    expect(oembed.html).toContain('src="http://localhost:4173/embed.html"');
  }, 30_000);

  it('refuses a CLAIMMAP_URL the oEmbed response could not use, writing nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'claimmap-')), 'data');
    const run = runGeo(join(fixtures, '_base/geo'), out, 'example.org/map');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('npm run geo: CLAIMMAP_URL must be the absolute http(s) address the map is served from, not "example.org/map".');
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('on a broken file prints one line naming file and field, exits 1, and leaves the last good data alone', () => {
    const work = mkdtempSync(join(tmpdir(), 'claimmap-'));
    const out = join(work, 'data');
    expect(runGeo(join(fixtures, '_base/geo'), out).code).toBe(0);
    const before = readFileSync(join(out, 'claims.json'), 'utf8');

    cpSync(join(fixtures, '_base/geo'), join(work, 'geo'), { recursive: true });
    const claimsFile = join(work, 'geo/claims/900.yaml');
    writeFileSync(claimsFile, readFileSync(claimsFile, 'utf8').replace('extent: most', 'extent: lots'));
    const run = runGeo(join(work, 'geo'), out);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      'geo/claims/900.yaml:9:13 claims[0].extent: must be one of "all", "most", "large-parts", "half", "parts", "entered", not "lots"',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(join(out, 'claims.json'), 'utf8')).toBe(before);
    expect(readdirSync(work).filter((name) => name.startsWith('.data-'))).toEqual([]);
  }, 30_000);
});
