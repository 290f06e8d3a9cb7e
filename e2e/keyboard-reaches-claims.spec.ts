import { openExplorer } from './explorer';
import { expect, test } from './test';

test('with the keyboard alone a reader finds a place and reads its claims', async ({ page }) => {
  await openExplorer(page);
  // Tab until the Places search has focus.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('searchbox', { name: 'Places' }).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByRole('searchbox', { name: 'Places' })).toBeFocused();
  await page.keyboard.type('citadel');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Aleppo Citadel ·/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#place-heading')).toBeFocused();
  await expect(page.locator('#place-heading')).toContainText('Aleppo Citadel');
  await expect(page.locator('.place-panel ol.claims > li').first()).toBeVisible();
});
