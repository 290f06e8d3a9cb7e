import { LONG_TASK_MS } from './blockingTime';
import type { CompileMeasurement } from './measureCompile';
import type { ScrubMeasurement } from './measureScrubbing';
import type { StartMeasurement } from './measureStart';
import type { FileWeight, PageWeight } from './measureWeight';
import { count, duration, kB, verdict, type Row } from './printTable';

/** The budgets and targets of issue 6. kB are 1,000 bytes; times are ms. */
export const BUDGETS = {
  /** JS + CSS, and data + basemap, loaded before the map is drawn. The stack's own floor is ~122 kB. */
  code: { 'full app': 180_000, embed: 150_000 },
  data: { 'full app': 80_000, embed: 60_000 },
  /** Main-thread time per slider step, by dataset label: the real data, and 2,000 places / 20,000 claims. */
  stepMs: { real: 4, '2,000 places': 16 } as Record<string, number>,
  /** `npm run geo` on the 20,000-claim set. */
  compileMs: { '2,000 places': 5000 } as Record<string, number>,
};

/** A dataset as the table names it. */
export interface DatasetLabel {
  /** 'real' or '2,000 places'; the key of the targets above. */
  key: string;
  places: number;
  claims: number;
}

export const subjectOf = (d: DatasetLabel) => `${d.key === 'real' ? 'real data: ' : ''}${count(d.places)} places / ${count(d.claims)} claims`;

/** 'claims' for data/claims.json, 'translations.nb' for data/translations.nb.json, 'nb' for assets/nb-CEwAIzyJ.js. */
export const stem = (file: string) => file.replace(/^(data|assets)\/|(-[\w-]{8})?\.\w+$/g, '');

export function weightRows(page: 'full app' | 'embed', weight: PageWeight | null): Row[] {
  if (!weight) return [{ measure: 'Weight', subject: page, result: '— (not in this build)' }];
  const data = weight.data + weight.basemap;
  const list = (files: FileWeight[]) => files.map(({ file, gzip }) => `${stem(file)} ${kB(gzip)}`).join(', ') || 'none';
  return [
    {
      measure: 'Weight: JS + CSS before the map draws (gzip -9)',
      subject: page,
      result: kB(weight.code),
      limit: `≤ ${kB(BUDGETS.code[page])}`,
      verdict: verdict(weight.code, BUDGETS.code[page]),
    },
    {
      measure: 'Weight: data + basemap at start (gzip -9)',
      subject: page,
      result: `${kB(data)} (${list(weight.dataFiles)}; basemap ${kB(weight.basemap)})`,
      limit: `≤ ${kB(BUDGETS.data[page])}`,
      verdict: verdict(data, BUDGETS.data[page]),
    },
    { measure: 'Weight: JS + CSS loaded later (dynamic imports)', subject: page, result: `${kB(weight.later)} (${list(weight.laterFiles)})` },
    {
      measure: 'Weight: data loaded later (when asked for)',
      subject: page,
      result: `${kB(weight.laterData)} (${list(weight.laterDataFiles)})`,
    },
  ];
}

/** `network`: the emulated network's name, when the loads went through one (SLOW_4G). */
export function startRows(page: 'full app' | 'embed', start: StartMeasurement | null, cpuSlowdown: number, network: string | null = null): Row[] {
  const conditions = network ? `${cpuSlowdown}× CPU, ${network}` : `${cpuSlowdown}× CPU`;
  if (!start) return [{ measure: 'Start', subject: page, result: '— (not in this build)' }];
  const spread = (values: (number | null)[]) => {
    const known = values.filter((ms) => ms !== null);
    return `${duration(Math.min(...known))}–${duration(Math.max(...known))}`;
  };
  const of = `median of ${start.runs.length}`;
  const { firstPlaceMs, sliderShownMs, sliderAnswersMs, blockingMs, longestTaskMs } = start.median;
  return [
    {
      measure: `Start: first place drawn (${conditions})`,
      subject: page,
      result: `${duration(firstPlaceMs)} (${of}, ${spread(start.runs.map((run) => run.firstPlaceMs))})`,
    },
    {
      measure: `Start: slider answers (${conditions})`,
      subject: page,
      result:
        sliderAnswersMs === null || sliderShownMs === null
          ? '— (no slider)'
          : `${duration(sliderAnswersMs)} (${of}, ${spread(start.runs.map((run) => run.sliderAnswersMs))}; shown at ${duration(sliderShownMs)})`,
    },
    {
      measure: `Start: main thread blocked (${conditions})`,
      subject: page,
      result: `${duration(blockingMs)} past ${LONG_TASK_MS} ms a task, until a second after the slider answers (${of}, ${spread(start.runs.map((run) => run.blockingMs))}); longest task ${duration(longestTaskMs)}`,
    },
  ];
}

export function scrubRows(dataset: DatasetLabel, scrub: ScrubMeasurement | Error, cpuSlowdown: number): Row[] {
  const subject = subjectOf(dataset);
  const measure = `Scrub: main-thread time per step (${cpuSlowdown}× CPU)`;
  if (scrub instanceof Error) return [{ measure, subject, result: `failed: ${scrub.message.split('\n')[0]}` }];
  const target = cpuSlowdown === 1 ? BUDGETS.stepMs[dataset.key] : undefined;
  const { nodes } = scrub;
  const pair = ([median, max]: [number, number]) => `${count(median)} (max ${count(max)})`;
  return [
    {
      measure,
      subject,
      result:
        `median ${duration(scrub.taskMs.median)}, p95 ${duration(scrub.taskMs.p95)} over ${scrub.steps} steps of ${scrub.stops} stops ` +
        `(before taking off the harness's ${duration(scrub.idleMs)} and its element counter's ${duration(scrub.countingMs)}: median ${duration(scrub.rawMs.median)}, p95 ${duration(scrub.rawMs.p95)}; ` +
        `script ${duration(scrub.scriptMs)}, style + layout ${duration(scrub.styleLayoutMs)}; loaded in ${duration(scrub.loadMs)}` +
        (scrub.warmUp ? `; measured after the warm-up, ${duration(scrub.warmUp.busyMs)} of idle time, done at ${duration(scrub.warmUp.doneMs)})` : ')'),
      limit: target === undefined ? '' : `< ${target} ms`,
      verdict: target === undefined ? '' : verdict(scrub.taskMs.median, target),
    },
    {
      measure: `Scrub: elements re-created per step (${cpuSlowdown}× CPU)`,
      subject,
      result:
        `${pair(nodes.recreated)} re-created unchanged; removed: map ${pair(nodes.mapRemoved)}, page ${pair(nodes.pageRemoved)}; ` +
        `added: map ${pair(nodes.mapAdded)}, page ${pair(nodes.pageAdded)}`,
      limit: 'none re-created',
      verdict: nodes.recreated[1] === 0 ? 'ok' : 'over',
    },
  ];
}

/**
 * A floor page's step (see buildFloors), and for the stack's floor what the real data's step costs above it in
 * the same run: the part the app can do something about.
 */
export function floorRows(floor: string, scrub: ScrubMeasurement | Error, real: ScrubMeasurement | Error | null, stackFloor: boolean): Row[] {
  const measure = 'Scrub: main-thread time per step, floor (1× CPU)';
  const subject = `floor: ${floor}`;
  if (scrub instanceof Error) return [{ measure, subject, result: `failed: ${scrub.message.split('\n')[0]}` }];
  const rows: Row[] = [
    {
      measure,
      subject,
      result: `median ${duration(scrub.taskMs.median)}, p95 ${duration(scrub.taskMs.p95)} over ${scrub.steps} steps (script ${duration(scrub.scriptMs)}, style + layout ${duration(scrub.styleLayoutMs)})`,
    },
  ];
  if (stackFloor && real && !(real instanceof Error)) {
    const above = real.taskMs.median - scrub.taskMs.median;
    rows.push({
      measure: 'Scrub: the real data’s step above the stack’s floor (1× CPU)',
      subject: 'real data',
      result: `${duration(above)} (${duration(real.taskMs.median)} against ${duration(scrub.taskMs.median)}, ${(real.taskMs.median / scrub.taskMs.median).toFixed(1)}×)`,
    });
  }
  return rows;
}

export function compileRow(dataset: DatasetLabel, compile: CompileMeasurement): Row {
  const target = BUDGETS.compileMs[dataset.key];
  return {
    measure: 'Compile: npm run geo (wall time, peak RSS)',
    subject: subjectOf(dataset) + (dataset.key === 'real' ? ' + basemap' : ''),
    result: `${duration(compile.medianMs)} (median of ${compile.runsMs.length}), ${Math.round(compile.peakRssBytes / 2 ** 20)} MiB`,
    limit: target === undefined ? '' : `< ${duration(target)}`,
    verdict: target === undefined ? '' : verdict(compile.medianMs, target),
  };
}
