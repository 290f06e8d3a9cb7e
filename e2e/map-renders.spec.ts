import { openExplorer } from './explorer';
import { expect, test } from './test';

test('the map draws the places, the bundled basemap and the legend, with no request outside the site', async ({ page }) => {
  await openExplorer(page);
  expect(await page.locator('path.place').count()).toBeGreaterThan(15);
  await expect(page.locator('.basemap-label').first()).toBeAttached();
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Opposition (HTS-led)');
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('geoBoundaries');
  // Symbols for the airport, the citadel and the air base, each named for assistive technology.
  for (const name of ['Aleppo International Airport', 'Aleppo Citadel', 'Hmeimim Air Base']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
});

test('a broken dataset gives a message naming the file, not a blank page', async ({ page }) => {
  await page.route('**/data/claims.json', (route) => route.fulfill({ status: 200, body: '{"format":"claimmap/cla' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('claims.json: is not valid JSON');
});
