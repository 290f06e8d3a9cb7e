import type { Page } from '@playwright/test';
import { expect, test } from './test';

/**
 * On a phone's network every request is a round trip, so the first view's data are asked for by the page's
 * HTML (preload links), while the scripts load, rather than once they have run; and the basemap is asked
 * for as soon as those data are in, so its round trip runs while the places are drawn instead of after.
 */
const FIRST_DATA = ['claims.json', 'places.geojson', 'sources.json'];

interface DataRequest {
  file: string;
  /** What started it, as Chromium reports it: 'parser' for the HTML's own links, 'script' for fetch(). */
  initiator: string;
  /** When it was sent, in ms since the epoch. */
  sentAt: number;
}

/** Every request for a file in data/, as the browser sends it (one per file when a preload is taken up). */
async function recordDataRequests(page: Page): Promise<DataRequest[]> {
  const requests: DataRequest[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', ({ request, initiator, wallTime }) => {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/data/')) requests.push({ file: path.slice('/data/'.length), initiator: initiator.type, sentAt: wallTime * 1000 });
  });
  await cdp.send('Network.enable');
  return requests;
}

for (const path of ['/', '/embed.html']) {
  test(`${path} asks for its first data from the HTML, each file once, while the scripts load`, async ({ page }) => {
    const requests = await recordDataRequests(page);
    await page.goto(path);
    await expect(page.locator('path[data-place="aleppo-city"]')).toHaveCount(1);
    await expect(page.locator('.basemap-label').first()).toBeAttached();
    const first = requests.filter((request) => FIRST_DATA.includes(request.file));
    expect(first.map((request) => request.file).sort(), 'one request per file: the page’s fetch took up the preload').toEqual(FIRST_DATA);
    expect(first.map((request) => request.initiator)).toEqual(['parser', 'parser', 'parser']);
  });
}

test('the basemap is asked for once the data are in, before the map is drawn', async ({ page }) => {
  const requests = await recordDataRequests(page);
  // What the page holds at the moment it asks for the basemap: its map not yet made means the request's
  // round trip runs while the first view is drawn. (Asked for from the map's own effects, it waited for all
  // of the drawing first.)
  await page.addInitScript(() => {
    const fetchFirst = window.fetch;
    const seen: { mapThere: boolean | null } = { mapThere: null };
    (window as unknown as { basemapAsked: typeof seen }).basemapAsked = seen;
    window.fetch = function fetch(input: RequestInfo | URL, init?: RequestInit) {
      if (String(input instanceof Request ? input.url : input).includes('basemap.geojson') && seen.mapThere === null) {
        seen.mapThere = document.querySelector('.leaflet-container') !== null;
      }
      return fetchFirst.call(window, input, init);
    };
  });
  await page.goto('/');
  await expect(page.locator('path[data-place="aleppo-city"]')).toHaveCount(1);
  await expect(page.locator('.basemap-label').first()).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { basemapAsked: { mapThere: boolean | null } }).basemapAsked.mapThere)).toBe(false);
  const basemap = requests.filter((request) => request.file === 'basemap.geojson');
  const lastData = Math.max(...requests.filter((request) => FIRST_DATA.includes(request.file)).map((request) => request.sentAt));
  expect(basemap, 'asked for once').toHaveLength(1);
  expect(basemap[0]?.sentAt, 'after the data, whose bytes it would otherwise slow').toBeGreaterThan(lastData);
});
