import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './stats';

export interface CompileMeasurement {
  /** Wall time of the whole command, node and tsx start-up included, as `npm run geo` costs an editor. */
  medianMs: number;
  runsMs: number[];
  /** The largest peak resident set size over the runs, in bytes. */
  peakRssBytes: number;
}

/** The line compileWithUsage prints on stderr as its process exits, followed by the peak RSS in kilobytes. */
export const PEAK_RSS_MARK = 'claimmap-bench peak-rss-kb';

const projectDir = resolve(import.meta.dirname, '../..');

/**
 * A compile slower than this is not repeated: its noise is small beside it, and three runs of the largest
 * set would take most of the benchmark's time.
 */
const REPEAT_UNDER_MS = 60_000;

/**
 * Compiles `geoDir` in a fresh node process `runs` times (once, if that takes over a minute), into `outDir`
 * when the published files are wanted afterwards, else into a scratch folder (never public/data/).
 */
export async function measureCompile(geoDir: string, runs: number, outDir?: string): Promise<CompileMeasurement> {
  const scratch = outDir ? null : mkdtempSync(join(tmpdir(), 'claimmap-bench-out-'));
  const runsMs: number[] = [];
  let peakRssBytes = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const { ms, peakKb } = await compileOnce(geoDir, outDir ?? join(scratch as string, 'data'));
      runsMs.push(ms);
      peakRssBytes = Math.max(peakRssBytes, peakKb * 1024);
      if (ms > REPEAT_UNDER_MS) break;
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  return { medianMs: median(runsMs), runsMs, peakRssBytes };
}

function compileOnce(geoDir: string, outDir: string): Promise<{ ms: number; peakKb: number }> {
  const args = ['--import', 'tsx', 'src/bench/compileWithUsage.ts', '--geo', geoDir, '--out', outDir];
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: projectDir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const peak = new RegExp(`${PEAK_RSS_MARK} (\\d+)`).exec(stderr);
      if (code !== 0 || !peak) {
        fail(new Error(`npm run geo on ${geoDir} failed (exit ${code}):\n${stderr.slice(0, 2000)}`));
        return;
      }
      done({ ms, peakKb: Number(peak[1]) });
    });
  });
}
