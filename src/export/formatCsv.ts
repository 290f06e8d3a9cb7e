import { neutraliseFormula } from './neutraliseFormula';

/**
 * The byte order mark that opens the CSV text. Excel reads a CSV as UTF-8 only when it starts with one (and
 * otherwise garbles «ø», «å» and Arabic names in the legacy code page); LibreOffice, Google Sheets, pandas
 * (`encoding='utf-8-sig'`) and R's readr skip it. A caller that wants the bare text strips this prefix.
 */
export const CSV_BOM = '\uFEFF';

/** Characters that force a field into quotes (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A header and rows as CSV text, by RFC 4180: every record ends in CRLF; a field holding a comma, a double
 * quote, CR or LF is put in double quotes, with its own quotes doubled (§2.7). Each cell is first made safe
 * to open in a spreadsheet (see `neutraliseFormula`); nothing else in it changes: no trimming, no Unicode
 * normalisation, line breaks inside a field kept as they are. The text starts with `CSV_BOM`.
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      throw new Error(`formatCsv: row ${i + 1} has ${row.length} fields, the header ${header.length}`);
    }
  });
  return CSV_BOM + [header, ...rows].map((record) => `${record.map(formatField).join(',')}\r\n`).join('');
}

function formatField(cell: string): string {
  const safe = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
