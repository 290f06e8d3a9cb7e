import { openExplorer } from './explorer';
import { expect, test } from './test';

test('the places table gives every place’s status at the moment, and opens a place’s claims from its name', async ({ page }) => {
  await openExplorer(page, '?date=2024-11-27');
  await page.locator('.places-table > summary').click();
  const table = page.getByRole('table', { name: /Every place, as the claims known by/ });
  await expect(table).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBe(await page.locator('.place-list li button').count());
  const aleppo = table.getByRole('row', { name: /^Open Aleppo Government/ });
  await expect(aleppo.getByRole('cell').first()).toHaveText('Government');
  await aleppo.getByRole('button', { name: 'Open Aleppo' }).click();
  await expect(page.locator('.place-panel h2')).toContainText('Aleppo');
  await expect(page).toHaveURL(/place=aleppo-city/);
});
