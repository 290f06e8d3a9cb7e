/**
 * `npm run bench`: weight, start-up, scrubbing and compile time of claimmap, printed as one Markdown table
 * with the machine it ran on. Never part of `npm test`: timings on a shared machine are noisy, so compare
 * rows of one run, not runs of different days. Progress goes to stderr, the table to stdout.
 *
 *   --runs N           page loads per start measurement (default 5, after one warm-up)
 *   --compile-runs N   compiles per dataset (default 3)
 *   --sizes A,B,C      places in the generated datasets, ten claims each (default 200,2000,20000)
 *   --steps N          at most this many slider steps per dataset (default 120)
 *   --only LIST        some of weight,compile,start,scrub (default all)
 *   --build            rebuild even if dist/ looks current
 *   --keep             keep the generated trees and sites (under the OS's temp folder) for a closer look
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileRow, floorRows, scrubRows, startRows, weightRows, type DatasetLabel } from './benchRows';
import { LONG_TASK_MS } from './blockingTime';
import { buildFloors, FLOORS } from './buildFloors';
import { describeMachine } from './describeMachine';
import { ensureBuild } from '../tools/ensureBuild';
import { generateDataset } from './generateDataset';
import { launchBrowser } from '../tools/launchBrowser';
import { measureCompile } from './measureCompile';
import { measureScrubbing } from './measureScrubbing';
import { measureStart } from './measureStart';
import { SLOW_4G } from './openBenchPage';
import { GZIP_LEVEL, measureWeight } from './measureWeight';
import { count, printTable, type Row } from './printTable';
import { servePreview } from '../tools/servePreview';
import { siteWithData } from './siteWithData';
import { writeGeoFiles } from './writeGeoFiles';

const PARTS = ['weight', 'compile', 'start', 'scrub'] as const;
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'compile-runs': { type: 'string', default: '3' },
    sizes: { type: 'string', default: '200,2000,20000' },
    steps: { type: 'string', default: '120' },
    only: { type: 'string', default: PARTS.join(',') },
    build: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const positive = (name: string, text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench: --${name} must be a positive integer, not "${text}"`);
  return n;
};
const runs = positive('runs', options.runs);
const compileRuns = positive('compile-runs', options['compile-runs']);
const maxSteps = positive('steps', options.steps);
const sizes = options.sizes.split(',').map((size) => positive('sizes', size.trim()));
const only = new Set(options.only.split(',').map((part) => part.trim()));
for (const part of only) if (!PARTS.some((known) => known === part)) throw new Error(`bench: --only knows ${PARTS.join(', ')}, not "${part}"`);

/** Generous: the 20,000-place set is ~100 MB of JSON for the browser to parse and draw. */
const PAGE_TIMEOUT_MS = 10 * 60_000;
/** Stepping time per dataset before it stops early (the 20,000-place set takes seconds a step). */
const SCRUB_BUDGET_MS = 5 * 60_000;
/** The issue's start-up conditions: a mid-range phone's CPU, approximated on a desktop. */
const START_SLOWDOWN = 4;
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

const projectDir = resolve(import.meta.dirname, '../..');
const distDir = ensureBuild(options.build);
const work = mkdtempSync(join(tmpdir(), 'claimmap-bench-'));
const rows: Row[] = [];
const pages = ['full app', 'embed'] as const;
const hasEmbed = existsSync(join(distDir, 'embed.html'));

if (only.has('weight')) for (const page of pages) rows.push(...weightRows(page, measureWeight(distDir, page)));

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { claims?: unknown[]; features?: unknown[] };
const real: DatasetLabel = {
  key: 'real',
  places: readJson(join(distDir, 'data/places.geojson')).features?.length ?? 0,
  claims: readJson(join(distDir, 'data/claims.json')).claims?.length ?? 0,
};
if (only.has('compile')) {
  log('compiling geo/');
  rows.push(compileRow(real, await measureCompile(join(projectDir, 'geo'), compileRuns)));
}
const generated: { label: DatasetLabel; dataDir: string }[] = [];
if (only.has('compile') || only.has('scrub')) {
  for (const places of sizes) {
    const label = { key: `${count(places)} places`, places, claims: places * 10 };
    log(`generating and compiling ${count(places)} places`);
    const root = join(work, `places-${places}`);
    const geoDir = writeGeoFiles(root, generateDataset({ places }));
    const dataDir = join(root, 'data');
    const compile = await measureCompile(geoDir, only.has('compile') ? compileRuns : 1, dataDir);
    if (only.has('compile')) rows.push(compileRow(label, compile));
    generated.push({ label, dataDir });
  }
}

let chromiumVersion = 'not launched';
if (only.has('start') || only.has('scrub')) {
  const browser = await launchBrowser();
  chromiumVersion = browser.version();
  const scrubOptions = (cpuSlowdown: number) => ({ maxSteps, cpuSlowdown, timeoutMs: PAGE_TIMEOUT_MS, budgetMs: SCRUB_BUDGET_MS, log: (line: string) => log(`  ${line}`) });
  // The app's pages work out their statuses ahead and are measured after it; the floor pages work nothing out.
  const scrub = async (label: DatasetLabel, url: string, cpuSlowdown: number) => {
    log(`scrubbing ${label.key} at ${cpuSlowdown}× CPU`);
    const [result] = await measureScrubbing(browser, [{ url, warmsUp: true }], scrubOptions(cpuSlowdown));
    rows.push(...scrubRows(label, result ?? new Error('no result'), cpuSlowdown));
  };
  try {
    // Built before any page is measured, so the real data and the floors can be stepped through together.
    const floorDir = only.has('scrub') ? await buildFloors(join(work, 'floors')) : null;
    const preview = await servePreview(distDir);
    const floors = floorDir ? await servePreview(floorDir, Object.values(FLOORS)[0]) : null;
    try {
      if (only.has('start')) {
        for (const network of [null, SLOW_4G]) {
          for (const page of pages) {
            log(`loading the ${page} ${runs + 1} times at ${START_SLOWDOWN}× CPU${network ? `, ${network.label}` : ''}`);
            // The embed shows its slider only when the link asks (slider=1); a still embed has nothing to answer.
            const url = page === 'embed' ? `${preview.url}embed.html?slider=1` : preview.url;
            const start =
              page === 'embed' && !hasEmbed ? null : await measureStart(browser, url, { runs, cpuSlowdown: START_SLOWDOWN, timeoutMs: PAGE_TIMEOUT_MS, network });
            rows.push(...startRows(page, start, START_SLOWDOWN, network?.label ?? null));
          }
        }
      }
      if (floors) {
        const floorPages = Object.entries(FLOORS);
        log(`scrubbing ${real.key} at 1× CPU, a step on it and on each floor page in turn (${floorPages.map(([name]) => name).join('; ')})`);
        const [realStep, ...floorSteps] = await measureScrubbing(
          browser,
          [{ url: preview.url, warmsUp: true }, ...floorPages.map(([, page]) => ({ url: `${floors.url}${page}`, warmsUp: false }))],
          scrubOptions(1),
        );
        rows.push(...scrubRows(real, realStep ?? new Error('no result'), 1));
        floorPages.forEach(([name, page], i) => {
          rows.push(...floorRows(name, floorSteps[i] ?? new Error('no result'), realStep ?? null, page === FLOORS['React with one controlled slider']));
        });
        await scrub(real, preview.url, START_SLOWDOWN);
      }
    } finally {
      await preview.close();
      await floors?.close();
    }
    for (const { label, dataDir } of only.has('scrub') ? generated : []) {
      const site = await servePreview(siteWithData(distDir, dataDir, join(work, `site-${label.places}`)));
      try {
        await scrub(label, site.url, 1);
      } finally {
        await site.close();
      }
    }
  } finally {
    await browser.close();
  }
}

console.log(`claimmap benchmark, ${new Date().toISOString().slice(0, 10)}: ${describeMachine(chromiumVersion)}\n`);
console.log(printTable(rows));
console.log(`
gzip level ${GZIP_LEVEL}; 1 kB = 1,000 bytes. Start: fresh context per load, median of ${runs} after a warm-up, time from
navigation to the frame that paints the first place / until the slider is enabled and the main thread is free;
blocked: each long task's time past ${LONG_TASK_MS} ms (Chromium's longtask entries), summed from navigation until a second
after the slider answers (total blocking time), and the longest task.
Scrub: once the app has worked out its statuses and events ahead (in idle time after its first draw; the table gives
what that took), ArrowRight on the slider from its first stop, each step's renderer main-thread task time (CDP
TaskDuration: the main thread's CPU time at 1× CPU, wall clock when slowed) up to the frame after it, less the
same measurement with no key pressed and the time the harness's element counter spent in the page (its own share).
Floors: the same step on a page with nothing but the slider, and on one where React renders only the slider and its
words (src/bench/floor/): the browser's and the stack's own cost of a step. They and the real data at 1× are open
together and stepped in turn, a step and an idle sample on each per round, so all three come from the same minutes.
Generated sets: places in a grid over the region, ten claims each (src/bench/generateDataset.ts)${options.keep ? `, kept in ${work}` : ''}.`);
if (!options.keep) rmSync(work, { recursive: true, force: true });
