/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV Injection"; ASVS 1.2.10): one that starts with
 * `=`, `+`, `-`, `@`, a tab, a carriage return or NUL. Leading whitespace does not make it safe: imports that
 * trim spaces (LibreOffice's "Trim spaces" option) would strip it and then read the formula.
 */
const FORMULA_START = /^\s*[=+\-@\t\r\0]/;

/**
 * Prefixes `'` to a cell a spreadsheet would otherwise run as a formula, which makes Excel, LibreOffice and
 * Google Sheets show it as text; other cells come back unchanged. The apostrophe is then part of the cell
 * for any other reader: for a quote that starts like a formula (`-- ` or `+1`), the exported quote differs
 * from the article by that one leading character, and by nothing else.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
