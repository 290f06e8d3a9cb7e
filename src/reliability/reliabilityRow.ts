/**
 * The README's "## Reliability" table holds one row per hostile-input test, written by that test from its
 * own run, so the numbers a reader sees are the numbers the last run measured:
 *
 *   | input | tried | rejected cleanly | crashes | accepted as valid | test |
 */
export interface FuzzCounts {
  tried: number;
  rejectedCleanly: number;
  crashes: number;
  acceptedValid: number;
}

export function reliabilityRow(input: string, counts: FuzzCounts, test: string): string {
  const { tried, rejectedCleanly, crashes, acceptedValid } = counts;
  return `| ${input} | ${tried} | ${rejectedCleanly} | ${crashes} | ${acceptedValid} | \`${test}\` |`;
}

/** The row for `input` in the README, or null when there is none. */
export function findReliabilityRow(readme: string, input: string): string | null {
  return readme.split('\n').find((line) => line.startsWith(`| ${input} |`)) ?? null;
}

/** The README with the row for `input` replaced; the README as it was when the row is missing. */
export function replaceReliabilityRow(readme: string, input: string, row: string): string {
  return readme
    .split('\n')
    .map((line) => (line.startsWith(`| ${input} |`) ? row : line))
    .join('\n');
}
