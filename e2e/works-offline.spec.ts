import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * Readers on bad connections: with every request outside the site failing or hanging, the app and the embed
 * still work in full, and where tiles were asked for they say why the background is the built-in one. A
 * dataset that fails to arrive gives a message naming the file.
 */
test.describe('with tiles switched on and the tile server failing', () => {
  // A failed image is the network's doing, not the page's: Chromium logs each one, the app handles them.
  test.use({ expectedConsoleErrors: [/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/] });

  test('the app works on the built-in basemap and says so', async ({ page }) => {
    const tileRequests: string[] = [];
    await page.route('https://tile.openstreetmap.org/**', (route) => {
      tileRequests.push(route.request().url());
      return route.abort('internetdisconnected');
  });
  await openExplorer(page, '?tiles=1');
  await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toBeVisible();
  expect(tileRequests.length).toBeGreaterThan(0);
  await expect(page.locator('.basemap-label').first()).toBeAttached();
  await page.locator('path[data-place="aleppo-city"]').dispatchEvent('click');
  await expect(page.locator('.place-panel ol.claims > li').first()).toBeVisible();
  });
});

test('with the tile server hanging, the embed works on the built-in basemap and says the tiles have not arrived', async ({ page }) => {
  await page.route('https://tile.openstreetmap.org/**', () => undefined);
  await page.goto('/embed.html?tiles=1&place=idlib-city');
  await expect(page.locator('.place-panel h2')).toContainText('Idlib');
  await expect(page.locator('.basemap-label').first()).toBeAttached();
  await expect(page.getByRole('status').filter({ hasText: 'have not arrived' })).toBeVisible({ timeout: 15_000 });
});

test('without tiles nothing leaves the site, so a dead network changes nothing', async ({ page, context }) => {
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort('internetdisconnected'));
  await openExplorer(page, '?place=aleppo-airport');
  await expect(page.locator('.place-panel h2')).toContainText('Aleppo');
  await expect(page.getByRole('status').filter({ hasText: 'tiles' })).toHaveCount(0);
});

test.describe('data that cannot be fetched', () => {
  test.use({ expectedConsoleErrors: [/^Failed to load resource: net::ERR_CONNECTION_RESET$/] });
  for (const path of ['/', '/embed.html']) {
    test(`${path}: gives a message naming the file, not a blank page`, async ({ page }) => {
      await page.route('**/data/places.geojson', (route) => route.abort('connectionreset'));
      await page.goto(path);
      await expect(page.getByRole('alert')).toContainText('places.geojson: could not be loaded (network error)');
    });
  }
});

for (const path of ['/', '/embed.html']) {
  test(`${path}: data that hangs gives a "still loading" message`, async ({ page }) => {
    await page.route('**/data/sources.json', () => undefined);
    await page.goto(path);
    await expect(page.getByRole('status')).toContainText('Loading');
    await expect(page.getByRole('status')).toContainText('seems slow or stuck', { timeout: 15_000 });
  });
}
