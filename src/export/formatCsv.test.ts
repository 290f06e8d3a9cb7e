import { describe, expect, it } from 'vitest';
import { CSV_BOM, formatCsv } from './formatCsv';
import { parseCsv } from './parseCsv';

const withoutBom = (text: string) => {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  return text.slice(CSV_BOM.length);
};

describe('formatCsv(header, rows)', () => {
  it('starts with the UTF-8 byte order mark and ends every record, the last too, in CRLF', () => {
    expect(formatCsv(['a', 'b'], [['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('quotes exactly the fields holding a comma, a double quote, CR or LF, and doubles their quotes', () => {
    const text = formatCsv(['plain', 'comma', 'quote', 'cr', 'lf', 'empty'], [['x', 'a,b', 'say "no"', 'a\rb', 'a\nb', '']]);
    expect(withoutBom(text)).toBe('plain,comma,quote,cr,lf,empty\r\nx,"a,b","say ""no""","a\rb","a\nb",\r\n');
  });

  it('round-trips awkward fields byte for byte through a strict RFC 4180 reader', () => {
    const awkward = [
      'line one\r\nline two\nline three',
      '"quoted", then, commas',
      '""',
      ' spaces kept  ',
      '«æøå» “quotes” حلب',
      'e\u0301 (decomposed, not normalised)',
    ];
    const rows = awkward.map((cell, i) => [String(i), cell]);
    expect(parseCsv(withoutBom(formatCsv(['n', 'cell'], rows)))).toEqual([['n', 'cell'], ...rows]);
  });

  it('neutralises cells that start like a formula, then quotes them as any other cell', () => {
    const text = formatCsv(['cell'], [['=1+1'], ['-2, or more'], ['\tfoo']]);
    expect(parseCsv(withoutBom(text))).toEqual([['cell'], ["'=1+1"], ["'-2, or more"], ["'\tfoo"]]);
  });

  it('refuses a row with more or fewer fields than the header', () => {
    expect(() => formatCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow('formatCsv: row 2 has 1 fields, the header 2');
  });
});
