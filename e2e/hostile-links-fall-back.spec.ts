import type { Page } from '@playwright/test';
import { hostileQueries, hostileValues } from '../src/state/hostileQueries';
import { expect, test } from './test';

/**
 * A thousand generated parameter values (script payloads, huge and negative numbers, impossible dates,
 * unknown places and languages, repeated parameters, broken encodings), twenty to a link, opened in the full
 * app and in the embed: every page must draw the map, log no error, and run nothing the link carried.
 */
const PER_LINK = 20;
const VALUES = hostileValues(1_000);
const QUERIES = hostileQueries(VALUES, PER_LINK);
const BATCHES = 2;

async function expectSafeLoad(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('path[data-place="aleppo-city"]'), url).toHaveCount(1, { timeout: 15_000 });
  const report = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
    injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], script:not([src]), script[src*="evil"]').length,
    alert: document.querySelector('[role="alert"]')?.textContent ?? null,
  }));
  expect(report, url).toEqual({ pwned: false, injected: 0, alert: null });
}

for (const page of ['/', '/embed.html'] as const) {
  for (let batch = 0; batch < BATCHES; batch++) {
    const queries = QUERIES.filter((_, i) => i % BATCHES === batch);
    test(`${page} opened with ${queries.length} hostile links (${queries.length * PER_LINK} values, batch ${batch + 1}/${BATCHES}) draws the map and runs nothing injected`, async ({
      page: browserPage,
      outsideRequests,
      consoleErrors,
    }) => {
      void outsideRequests;
      void consoleErrors;
      test.setTimeout(240_000);
      await browserPage.addInitScript(() => {
        window.alert = () => ((window as unknown as { __pwned: unknown }).__pwned = 'alert');
      });
      for (const query of queries) await expectSafeLoad(browserPage, `${page}${query}`);
    });
  }
}
