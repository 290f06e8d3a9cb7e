import { openExplorer, statusLine } from './explorer';
import { expect, test } from './test';

test('moving the slider from 27 to 30 November changes Aleppo from government to opposition', async ({ page }) => {
  await openExplorer(page, '?place=aleppo-city&date=2024-11-27');
  await expect(statusLine(page)).toContainText('Government');
  await expect(page.locator('path[data-place="aleppo-city"]')).toHaveClass(/place--government/);
  await expect(page.locator('.moment')).toContainText('Wednesday 27 November 2024');

  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  // Step forward with the keyboard, one change at a time, to the end of Saturday 30 November.
  for (let i = 0; i < 20 && !(await page.locator('.moment').textContent())?.includes('end of Saturday 30 November'); i++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.locator('.moment')).toContainText('end of Saturday 30 November 2024');
  await expect(statusLine(page)).toContainText('Opposition (HTS-led), most of it');
  await expect(statusLine(page)).toContainText('disputed', { ignoreCase: true });
  await expect(page.locator('path[data-place="aleppo-city"]')).toHaveClass(/place--opposition/);
  await expect(page).toHaveURL(/date=2024-11-30/);
});

test('by publication time, nothing of the offensive is on the map before the articles appeared', async ({ page }) => {
  await openExplorer(page, '?place=aleppo-city&date=2024-11-29&time=report');
  await expect(statusLine(page)).toContainText('Government');
  await page.getByRole('radio', { name: 'By event time' }).check();
  await expect(statusLine(page)).toContainText('Opposition (HTS-led)');
});

test('Play steps through the stops to the last one and stops there; Pause holds the moment', async ({ page }) => {
  await openExplorer(page, '?place=aleppo-city&date=2024-11-27');
  const slider = page.getByRole('slider', { name: 'Date' });
  const first = Number(await slider.inputValue());
  const last = Number(await slider.getAttribute('max'));
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(slider).toHaveValue(String(first + 1));
  await page.getByRole('button', { name: 'Pause' }).click();
  const held = await slider.inputValue();
  // Longer than a play step (1.2 s): a paused slider must not move on.
  await page.waitForTimeout(1_800);
  await expect(slider).toHaveValue(held);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(slider).toHaveValue(String(last), { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.locator('path[data-place="aleppo-city"]')).toHaveClass(/place--opposition/);
  await expect(page).toHaveURL(/date=2024-12-01/);
});
