import type { Locator, Page } from '@playwright/test';
import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * A swatch beside a place, in the list of places and in its panel, looks like the legend's swatch for its
 * status: a contested place is striped in the list as on the map and in the legend (src/app/swatchClass.ts).
 * Until swatchClass, the list and the panel striped only disputed places, so a contested place had a plain
 * grey swatch there while the legend's "Contested" was striped.
 */

/** What a reader sees of a swatch: its colour and its stripes. */
const lookOf = (swatch: Locator) =>
  swatch.evaluate((element) => {
    const style = getComputedStyle(element);
    return { colour: style.backgroundColor, stripes: style.backgroundImage };
  });

const legendSwatch = (page: Page, status: string) =>
  page.getByRole('list', { name: 'Legend' }).getByRole('listitem').filter({ hasText: new RegExp(`^${status}$`) }).locator('.swatch');

test("the list's and the panel's swatches look like the legend's, a contested place's striped", async ({ page }) => {
  await openExplorer(page);
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('Home');
  // Step until some place is contested and another is held by one side without dispute.
  const contested = page.locator('.place-list button').filter({ hasText: /Contested$/ }).first();
  const held = page.locator('.place-list button').filter({ hasText: /Opposition \(HTS-led\)$/ }).first();
  for (let step = 0; step < 20 && ((await contested.count()) === 0 || (await held.count()) === 0); step++) await page.keyboard.press('ArrowRight');
  await expect(contested).toHaveCount(1);
  await expect(held).toHaveCount(1);

  const contestedLook = await lookOf(legendSwatch(page, 'Contested'));
  expect(contestedLook.stripes, "the legend's Contested swatch is striped").toContain('repeating-linear-gradient');
  expect(await lookOf(contested.locator('.swatch'))).toEqual(contestedLook);
  expect(await lookOf(held.locator('.swatch'))).toEqual(await lookOf(legendSwatch(page, 'Opposition \\(HTS-led\\)')));

  // The place's panel opens with the same swatch beside its status.
  await contested.click();
  const panelSwatch = page.locator('.place-panel .status-line .swatch');
  await expect(panelSwatch).toBeVisible();
  expect(await lookOf(panelSwatch)).toEqual(contestedLook);
});
