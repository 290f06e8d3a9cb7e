import { describe, expect, it } from 'vitest';
import { startRows, stem, weightRows } from './benchRows';
import type { PageWeight } from './measureWeight';

describe('stem(file)', () => {
  it('names a data file by its name and a chunk by the name before its hash', () => {
    expect(stem('data/claims.json')).toBe('claims');
    expect(stem('data/translations.nb.json')).toBe('translations.nb');
    expect(stem('assets/nb-CEwAIzyJ.js')).toBe('nb');
    expect(stem('assets/ShareContents-C2gFcIV5.js')).toBe('ShareContents');
    expect(stem('assets/app-B1_TDXXl.css')).toBe('app');
  });
});

describe('weightRows(page, weight)', () => {
  const weight: PageWeight = {
    page: 'embed',
    code: 139_700,
    data: 34_200,
    basemap: 24_400,
    later: 5_900,
    laterFiles: [
      { file: 'assets/id-DmmTS6P2.js', gzip: 2_920 },
      { file: 'assets/nb-CEwAIzyJ.js', gzip: 2_960 },
    ],
    laterData: 0,
    dataFiles: [{ file: 'data/claims.json', gzip: 34_200 }],
    laterDataFiles: [],
  };

  it('lists what loads later file by file, and says none when nothing does', () => {
    const rows = weightRows('embed', weight);
    expect(rows.find((row) => row.measure.startsWith('Weight: JS + CSS loaded later'))?.result).toBe('5.9 kB (id 2.9 kB, nb 3.0 kB)');
    expect(rows.find((row) => row.measure.startsWith('Weight: data loaded later'))?.result).toBe('0.0 kB (none)');
  });

  it('holds the first load to the page’s budget', () => {
    const first = weightRows('embed', weight)[0];
    expect(first).toMatchObject({ limit: '≤ 150.0 kB', verdict: 'ok' });
    expect(weightRows('embed', { ...weight, code: 150_001 })[0]?.verdict).toBe('over');
  });
});

describe('startRows(page, start, cpuSlowdown, network)', () => {
  const start = {
    median: { firstPlaceMs: 1364, sliderShownMs: 1364, sliderAnswersMs: 1416, blockingMs: 310, longestTaskMs: 262 },
    runs: [
      { firstPlaceMs: 1307, sliderShownMs: 1307, sliderAnswersMs: 1353, blockingMs: 280, longestTaskMs: 240 },
      { firstPlaceMs: 1364, sliderShownMs: 1364, sliderAnswersMs: 1416, blockingMs: 310, longestTaskMs: 262 },
      { firstPlaceMs: 1532, sliderShownMs: 1532, sliderAnswersMs: 1586, blockingMs: 402, longestTaskMs: 300 },
    ],
  };

  it('names the CPU slowdown, and the network when the loads went through one', () => {
    expect(startRows('full app', start, 4).map((row) => row.measure)).toEqual([
      'Start: first place drawn (4× CPU)',
      'Start: slider answers (4× CPU)',
      'Start: main thread blocked (4× CPU)',
    ]);
    expect(startRows('embed', start, 4, 'slow 4G').map((row) => row.measure)).toEqual([
      'Start: first place drawn (4× CPU, slow 4G)',
      'Start: slider answers (4× CPU, slow 4G)',
      'Start: main thread blocked (4× CPU, slow 4G)',
    ]);
  });

  it('gives the median with the runs it is the median of and their spread', () => {
    const [drawn, answers, blocked] = startRows('full app', start, 4);
    expect(drawn?.result).toBe('1364 ms (median of 3, 1307 ms–1532 ms)');
    expect(answers?.result).toBe('1416 ms (median of 3, 1353 ms–1586 ms; shown at 1364 ms)');
    expect(blocked?.result).toBe('310 ms past 50 ms a task, until a second after the slider answers (median of 3, 280 ms–402 ms); longest task 262 ms');
  });
});
