import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { recordReliabilityRow, reliabilityRow } from '../src/reliability';
import { hostileQueries, hostileValues } from '../src/state/hostileQueries';
import { linkCounts } from '../src/state/linkCounts';
import { expect, test } from './test';

/**
 * A thousand generated parameter values (script payloads, huge and negative numbers, impossible dates,
 * unknown places and languages, repeated parameters, broken encodings), twenty to a link, opened in the full
 * app and in the embed: every page must draw the map, show no error, and run nothing the link carried. The
 * counts go to the README's reliability table.
 */
const PER_LINK = 20;
const QUERIES = hostileQueries(hostileValues(1_000), PER_LINK);
const places = JSON.parse(readFileSync('dist/data/places.geojson', 'utf8')) as { features: { id: string }[] };
const claims = JSON.parse(readFileSync('dist/data/claims.json', 'utf8')) as { dataset: { span: { start: string; end: string } } };
const known = { placeIds: new Set(places.features.map((place) => place.id)), span: claims.dataset.span };

/** What went wrong on one page, or null when it drew the map and ran nothing it should not have. */
async function loadProblem(page: Page, url: string, errors: string[]): Promise<string | null> {
  errors.length = 0;
  try {
    await page.goto(url);
    await page.locator('path[data-place="aleppo-city"]').waitFor({ state: 'attached', timeout: 15_000 });
  } catch (error) {
    return `${url}: the map was not drawn (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
  const report = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
    injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], script:not([src]), script[src*="evil"]').length,
    alert: document.querySelector('[role="alert"]')?.textContent ?? null,
  }));
  if (report.pwned || report.injected > 0) return `${url}: injected markup or script ran (${JSON.stringify(report)})`;
  if (report.alert) return `${url}: showed an error: ${report.alert}`;
  if (errors.length > 0) return `${url}: logged ${errors.join(' | ')}`;
  return null;
}

for (const [path, input] of [
  ['/', 'link values, full app in Chromium'],
  ['/embed.html', 'link values, embed in Chromium'],
] as const) {
  test(`${path} opened with ${QUERIES.length} hostile links (${QUERIES.length * PER_LINK} values) draws the map every time and runs nothing injected`, async ({ page }) => {
    test.setTimeout(300_000);
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      window.alert = () => ((window as unknown as { __pwned: unknown }).__pwned = 'alert');
    });
    const problems: string[] = [];
    for (const query of QUERIES) {
      const problem = await loadProblem(page, `${path}${query}`, errors);
      if (problem) problems.push(problem);
    }
    const counts = linkCounts(QUERIES, known);
    const row = reliabilityRow(input, { tried: counts.values, rejectedCleanly: counts.fellBack, crashes: problems.length, acceptedValid: counts.accepted }, 'e2e/hostile-links-fall-back.spec.ts');
    expect(problems).toEqual([]);
    expect(recordReliabilityRow('README.md', input, row), 'run with UPDATE_README=1 to record the counts').toBe(row);
  });
}
