import type { Page } from '@playwright/test';
import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * A lighter first load: the first view fetches the claims' cores, the places, the articles' list and the
 * basemap, nothing more. The claims' details wait until a place panel (or the sources view) opens, the
 * translations into Norwegian or Indonesian until the interface speaks that language, and the articles'
 * texts until a download needs them.
 */
const FIRST_VIEW = ['basemap.geojson', 'claims.json', 'places.geojson', 'sources.json'];

/** The data files the page asks for, by name, in the order asked. */
function recordDataRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/data/')) asked.push(path.slice('/data/'.length));
  });
  return asked;
}

/** Lets the page settle (the basemap follows the places), then gives what it asked for, sorted. */
async function settled(page: Page, asked: string[]) {
  await page.waitForLoadState('networkidle');
  return [...asked].sort();
}

test('the full app’s first view fetches only claims, places, sources and the basemap; a place’s panel brings its details', async ({ page }) => {
  const asked = recordDataRequests(page);
  await openExplorer(page);
  await expect(page.locator('.basemap-label').first()).toBeAttached();
  expect(await settled(page, asked)).toEqual(FIRST_VIEW);

  await page.locator('path[data-place="aleppo-city"]').dispatchEvent('click');
  const panel = page.locator('.place-panel');
  await expect(panel.locator('ol.claims > li').first()).toBeVisible();
  // The time basis of each claim comes with the details, in brackets after its interval.
  await expect(panel.locator('.claim-facts dd .muted[lang="en"]').first()).toBeAttached();
  await expect(panel.locator('.claim-details-status')).toHaveCount(0);
  expect(await settled(page, asked)).toEqual([...FIRST_VIEW, 'claim-details.json'].sort());
});

test('a link to a place loads the details with the first view; the sources view needs no article texts', async ({ page }) => {
  const asked = recordDataRequests(page);
  await openExplorer(page, '?place=aleppo-airport');
  await expect(page.locator('.place-panel .claim-facts').first()).toBeVisible();
  await page.locator('.sources-details > summary').click();
  await expect(page.locator('.source h3').first()).toBeVisible();
  expect(await settled(page, asked)).toEqual([...FIRST_VIEW, 'claim-details.json'].sort());
});

test('with lang=nb the Norwegian translations load, and only they; English readers fetch none', async ({ page }) => {
  const asked = recordDataRequests(page);
  await openExplorer(page, '?lang=nb');
  expect(await settled(page, asked)).toEqual([...FIRST_VIEW, 'translations.nb.json'].sort());

  await page.locator('path[data-place="aleppo-city"]').dispatchEvent('click');
  // An English quote, with the project's Norwegian translation beneath it.
  await expect(page.locator('.place-panel .claim-translation span[lang="nb"]').first()).toBeAttached();
  expect(await settled(page, asked)).toEqual([...FIRST_VIEW, 'claim-details.json', 'translations.nb.json'].sort());
});

test('the embed fetches the same first files, its panel the details, and a failure of them leaves the panel working', async ({ page, consoleErrors }) => {
  const asked = recordDataRequests(page);
  await page.goto('/embed.html');
  await expect(page.locator('path[data-place="aleppo-city"]')).toHaveCount(1);
  expect(await settled(page, asked)).toEqual(FIRST_VIEW);

  await page.route('**/data/claim-details.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.locator('path[data-place="aleppo-city"]').dispatchEvent('click');
  const panel = page.locator('.place-panel');
  await expect(panel.locator('.claim-details-status')).toHaveText(
    'The claims’ notes (how each time is known, editor’s notes, geography) could not be loaded; the rest is here. claim-details.json: could not be loaded (HTTP 503)',
  );
  await expect(panel.locator('ol.claims blockquote').first()).toBeVisible();
  await expect(panel.locator('.status-line')).toBeVisible();
  // The browser reports the failed request itself; the page handled it.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/^Failed to load resource: .*503/.test(e)));
});
