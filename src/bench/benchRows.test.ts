import { describe, expect, it } from 'vitest';
import { stem, weightRows } from './benchRows';
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
