import { describe, expect, it } from 'vitest';
import { count, duration, kB, printTable, verdict } from './printTable';

describe('printTable(rows)', () => {
  it('prints a Markdown table: a header, a rule, one line per row, every column padded to its widest cell', () => {
    const table = printTable([
      { measure: 'Weight: JS + CSS', subject: 'full app', result: '97.1 kB', limit: '≤ 180.0 kB', verdict: 'ok' },
      { measure: 'Compile', subject: '2,000 places / 20,000 claims', result: '9.8 s' },
    ]);
    expect(table).toBe(
      [
        '| measure          | subject                      | result  | budget / target |     |',
        '| ---------------- | ---------------------------- | ------- | --------------- | --- |',
        '| Weight: JS + CSS | full app                     | 97.1 kB | ≤ 180.0 kB      | ok  |',
        '| Compile          | 2,000 places / 20,000 claims | 9.8 s   |                 |     |',
      ].join('\n'),
    );
  });

  it('escapes a pipe and folds a line break inside a cell, so no value can split a column', () => {
    const [, , line] = printTable([{ measure: 'a|b', subject: 'one\n  two', result: 'x' }]).split('\n');
    expect(line).toBe('| a\\|b    | one two | x      |                 |     |');
  });
});

describe('the cell formats', () => {
  it('duration(ms) keeps three significant figures or so, and a dash for nothing measured', () => {
    expect([duration(2.414), duration(312.4), duration(12_345), duration(NaN)]).toEqual(['2.41 ms', '312 ms', '12.3 s', '—']);
  });

  it('kB(bytes) counts 1,000 bytes to the kB, as Vite reports sizes', () => {
    expect(kB(122_049)).toBe('122.0 kB');
  });

  it('verdict(value, limit) is ok within the limit, over beyond it, and blank when nothing was measured', () => {
    expect([verdict(150_000, 150_000), verdict(150_001, 150_000), verdict(null, 1), verdict(NaN, 1)]).toEqual(['ok', 'over', '', '']);
  });

  it('count(n) writes thousands as the issue does', () => {
    expect(count(20000)).toBe('20,000');
  });
});
