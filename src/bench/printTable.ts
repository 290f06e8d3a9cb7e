/** One line of the benchmark's table. */
export interface Row {
  /** What is measured ("Weight: JS + CSS at first load"). */
  measure: string;
  /** Of what ("full app", "2,000 places / 20,000 claims"). */
  subject: string;
  result: string;
  /** The budget or target, or '' where the issue sets none. */
  limit?: string;
  /** ok / over, or '' where there is nothing to compare. */
  verdict?: string;
}

const HEADER: Row = { measure: 'measure', subject: 'subject', result: 'result', limit: 'budget / target', verdict: '' };

/**
 * The rows as one Markdown table, columns padded so it reads in a terminal as well as pasted into the
 * README. Pipes inside cells are escaped so a value can never split a column.
 */
export function printTable(rows: readonly Row[]): string {
  const cells = (row: Row) => [row.measure, row.subject, row.result, row.limit ?? '', row.verdict ?? ''].map(escapeCell);
  const table = [cells(HEADER), ...rows.map(cells)];
  const widths = table[0]?.map((_, column) => Math.max(3, ...table.map((line) => (line[column] as string).length))) ?? [];
  const line = (values: string[]) => `| ${values.map((value, i) => value.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [header, ...body] = table.map(line);
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [header, rule, ...body].join('\n');
}

function escapeCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** Bytes as kB (1,000 bytes, as Vite reports them), one decimal. */
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** A duration: "2.41 ms" under 10 ms, "312 ms" under 10 s, "12.3 s" above. */
export function duration(ms: number): string {
  if (Number.isNaN(ms)) return '—';
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** 'ok' when `value` is within `limit`, 'over' when not; '' when nothing was measured. */
export function verdict(value: number | null, limit: number): string {
  if (value === null || Number.isNaN(value)) return '';
  return value <= limit ? 'ok' : 'over';
}

/** Integers with thousands separators, as the issue writes them (20,000). */
export const count = (n: number) => n.toLocaleString('en-GB');
