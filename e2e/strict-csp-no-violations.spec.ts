import type { Page } from '@playwright/test';
import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * The production build under its strict Content-Security-Policy: a reader's whole visit (a place, the
 * slider, play, the Share dialog, a download, the embed) raises not one violation report.
 */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

test('a visit to the full app raises no Content-Security-Policy violation', async ({ page }) => {
  await recordViolations(page);
  await openExplorer(page);
  await page.locator('path[data-place="aleppo-city"]').dispatchEvent('click');
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  for (const key of ['Home', 'ArrowRight', 'ArrowRight', 'End']) await page.keyboard.press(key);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Share, embed, download' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Places as GeoJSON' }).click()]);
  await page.keyboard.press('Escape');
  await page.locator('.sources-details > summary').click();
  await page.locator('.legend > summary').click();
  expect(await violations(page)).toEqual([]);
});

test('a visit to the embed raises no Content-Security-Policy violation', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/embed.html?slider=1');
  await page.locator('path[data-place="aleppo-city"]').dispatchEvent('click');
  await expect(page.locator('.place-panel')).toBeVisible();
  await page.getByRole('button', { name: /Show all/ }).click();
  await page.locator('ol.claims .claim-more > summary').first().click();
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('Home');
  expect(await violations(page)).toEqual([]);
});
