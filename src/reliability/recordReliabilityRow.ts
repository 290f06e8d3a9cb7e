import { readFileSync, writeFileSync } from 'node:fs';
import { findReliabilityRow, replaceReliabilityRow } from './reliabilityRow';

/**
 * Compares a test's counts with its row in the README, and with UPDATE_README=1 writes them there first:
 * the README's reliability table is the tests' own record, never typed by hand. Returns the row found.
 */
export function recordReliabilityRow(readmePath: string, input: string, row: string): string | null {
  if (process.env.UPDATE_README === '1') writeFileSync(readmePath, replaceReliabilityRow(readFileSync(readmePath, 'utf8'), input, row));
  return findReliabilityRow(readFileSync(readmePath, 'utf8'), input);
}
