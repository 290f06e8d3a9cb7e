import { openExplorer, statusLine } from './explorer';
import { expect, test } from './test';

test('the view lives in the URL: a reload restores it, back and forward step through it', async ({ page }) => {
  await openExplorer(page, '?date=2024-11-29');
  await page.getByRole('searchbox', { name: 'Places' }).fill('Idlib');
  await page.getByRole('button', { name: /^Idlib ·/ }).click();
  await expect(page).toHaveURL(/place=idlib-city/);
  await page.getByRole('radio', { name: 'By publication time' }).check();
  await expect(page).toHaveURL(/time=report/);

  await page.reload();
  await expect(page.locator('.place-panel h2')).toContainText('Idlib');
  await expect(page.getByRole('radio', { name: 'By publication time' })).toBeChecked();
  await expect(page.locator('.moment')).toContainText('Friday 29 November 2024');

  await page.goBack();
  await expect(page.getByRole('radio', { name: 'By event time' })).toBeChecked();
  await page.goBack();
  await expect(page.locator('.place-panel')).toHaveCount(0);
  await page.goForward();
  await expect(page.locator('.place-panel h2')).toContainText('Idlib');
});

test('unknown or malformed parameters fall back to defaults without an error', async ({ page }) => {
  await openExplorer(page, '?date=2024-02-30&place=%3Cscript%3E&time=sideways&view=NaN,1,2&lang=xx');
  await expect(page.locator('.place-panel')).toHaveCount(0);
  await expect(page.locator('.moment')).toContainText('1 December 2024');
  await expect(page.getByRole('radio', { name: 'By event time' })).toBeChecked();
});

test('a place in the link opens with the map view given', async ({ page }) => {
  await openExplorer(page, '?place=hama-city&view=35.15,36.73,11');
  await expect(statusLine(page)).toBeVisible();
  await expect(page).toHaveURL(/view=35\.15,36\.73,11/);
});
