import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test';

/**
 * axe-core on the full app and the embed, in each interface language, with a place open and the Share dialog
 * open: no violation of WCAG 2.0, 2.1 or 2.2 at levels A and AA.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const lang of ['en', 'nb', 'id'] as const) {
  test(`the full app in ${lang} has no WCAG 2.2 AA violation, with a place and the Share dialog open`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&place=aleppo-city`);
    await expect(page.locator('.place-panel h2')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.locator('.toolbar button[aria-haspopup="dialog"]').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test(`the embed in ${lang} has no WCAG 2.2 AA violation, with the slider and a place open`, async ({ page }) => {
    await page.goto(`/embed.html?lang=${lang}&slider=1&place=aleppo-airport`);
    await expect(page.locator('.place-panel h2')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('Arabic names read right to left, marked as Arabic, in the map’s tooltips and the panel', async ({ page }) => {
  await page.goto('/?place=aleppo-city&lang=id');
  await expect(page.locator('.place-panel h2 [lang="ar"][dir="rtl"]')).toHaveText('حلب');
  // The city's outline, where no symbol or label covers it; a sticky tooltip follows the pointer.
  await page.locator('path[data-place="idlib-city"]').dispatchEvent('mouseover');
  await expect(page.locator('.place-tooltip [lang="ar"][dir="rtl"]')).toHaveText(/\p{Script=Arabic}/u);
});

test.describe('for readers who ask for less motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the map jumps instead of animating its zoom', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('path[data-place="aleppo-city"]')).toHaveCount(1);
    // Leaflet marks every marker it would animate on zoom; with animation off it hides them during a zoom.
    await expect(page.locator('.leaflet-marker-icon.leaflet-zoom-animated')).toHaveCount(0);
    expect(await page.locator('.leaflet-marker-icon.leaflet-zoom-hide').count()).toBeGreaterThan(0);
  });
});

test('with motion allowed the map animates its zoom (the check above can fail)', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('path[data-place="aleppo-city"]')).toHaveCount(1);
  expect(await page.locator('.leaflet-marker-icon.leaflet-zoom-animated').count()).toBeGreaterThan(0);
});
