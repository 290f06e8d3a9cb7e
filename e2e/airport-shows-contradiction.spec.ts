import { openExplorer, statusLine } from './explorer';
import { expect, test } from './test';

test('the airport shows the rebels and the SDF side by side, and the map marks it disputed', async ({ page }) => {
  await openExplorer(page, '?place=aleppo-airport&date=2024-11-30');
  await expect(statusLine(page)).toContainText('Contested');
  const sides = page.locator('.place-panel .sides');
  await expect(sides).toContainText('Opposition (HTS-led)');
  await expect(sides).toContainText('SDF');
  const disagreements = page.locator('.disagreements');
  await expect(disagreements).toBeVisible();
  const pair = disagreements.locator('.pair', { hasText: 'Kurdish-led Syrian Democratic Forces' }).first();
  await expect(pair.locator('.claim')).toHaveCount(2);
  await expect(pair).toContainText('Article 003');
  await expect(page.locator('path[data-place="aleppo-airport"]')).toHaveClass(/place--hatched/);
});
