import { openExplorer } from './explorer';
import { expect, test } from './test';

test('moving the slider announces the moment and what it means for the open place, in the reader’s language', async ({ page }) => {
  await openExplorer(page, '?place=aleppo-city');
  const live = page.locator('.time [aria-live="polite"]');
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(live).toContainText('Aleppo: Government, all of it');
  await page.keyboard.press('End');
  await expect(live).toContainText('Aleppo: Opposition (HTS-led), most of it, disputed');

  await page.goto('/embed.html?place=aleppo-city&slider=1&lang=nb');
  await page.locator('input[type="range"]').focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.time [aria-live="polite"]')).toContainText('Aleppo: Regjeringen');
});
