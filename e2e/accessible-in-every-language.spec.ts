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
