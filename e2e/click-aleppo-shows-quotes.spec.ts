import { openExplorer } from './explorer';
import { expect, test } from './test';

test('clicking Aleppo on the map shows quotes from at least three articles, with their sources', async ({ page }) => {
  await openExplorer(page);
  await page.locator('path[data-place="aleppo-city"]').dispatchEvent('click');
  const panel = page.locator('.place-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Aleppo');
  const claims = panel.locator('ol.claims > li.claim');
  expect(await claims.count()).toBeGreaterThan(10);
  const sources = new Set((await claims.locator('dd').filter({ hasText: /^Article \d{3}/ }).allTextContents()).map((t) => t.slice(0, 11)));
  expect(sources.size).toBeGreaterThanOrEqual(3);
  // Originals keep their language, for screen readers; translations are marked as the project's.
  await expect(panel.locator('ol.claims blockquote[lang="nb"]').first()).toBeAttached();
  await expect(panel.locator('ol.claims blockquote[lang="id"]').first()).toBeAttached();
  await expect(panel.getByText('Translation (claimmap):').first()).toBeAttached();
  await expect(panel.getByText('SOHR').first()).toBeAttached();
});
