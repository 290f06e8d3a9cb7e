import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectDir = resolve(import.meta.dirname, '../..');
/** What the build reads; public/data/ is written by `npm run geo` from geo/, which is listed instead. */
const INPUTS = ['src', 'public', 'geo', 'index.html', 'embed.html', 'vite.config.ts', 'package-lock.json'];
const SKIP = new Set(['public/data', 'src/bench', 'src/tools', 'src/snapshot'].map((path) => join(projectDir, path)));

/**
 * Runs `npm run build` (which compiles geo/ first) unless dist/ is newer than everything it is built from,
 * so a benchmark never weighs (and a snapshot never draws) a stale build. The tools themselves (src/bench/,
 * src/tools/, src/snapshot/) are not inputs: editing them should not rebuild the app.
 */
export function ensureBuild(force: boolean): string {
  const distDir = join(projectDir, 'dist');
  const manifest = join(distDir, '.vite/manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : -Infinity;
  const changed = INPUTS.map((path) => newest(join(projectDir, path))).some((mtime) => mtime > built);
  if (force || changed) {
    process.stderr.write('bench: building (npm run build)…\n');
    const run = spawnSync('npm', ['run', 'build'], { cwd: projectDir, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status})`);
  }
  return distDir;
}

function newest(path: string): number {
  if (!existsSync(path) || SKIP.has(path)) return -Infinity;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}
