import type { Page } from '@playwright/test';
import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * The basemap's town names are the background: where a place's symbol, its name or an event marker would
 * cover one, the town name is hidden at that zoom, and it comes back where the map has room for it.
 */

/** Pairs of a shown town name and a drawn symbol, name or marker whose boxes overlap. */
async function collisions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => getComputedStyle(element).visibility !== 'hidden')
        .map((element) => ({ text: element.textContent ?? '', rect: element.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && rect.height > 0);
    const towns = boxes('.basemap-label');
    const data = boxes('.place-symbol, .place-label > span, .event-marker');
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return towns.flatMap((town) => data.filter((item) => overlap(town.rect, item.rect)).map((item) => `${town.text} under ${item.text.trim()}`));
  });
}

const shownTowns = (page: Page) => page.locator('.basemap-label:not(.basemap-label--yields)');

for (const [device, viewport] of [
  ['a phone', { width: 375, height: 740 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`on ${device}`, () => {
    test.use({ viewport });

    test('no town name shows under the data, at the first view and zoomed in, and the others stay', async ({ page }) => {
      await openExplorer(page);
      await expect(page.locator('.basemap-label').first()).toBeAttached();
      await expect.poll(() => collisions(page)).toEqual([]);
      await expect(shownTowns(page).filter({ hasText: 'Gaziantep' })).toBeVisible();

      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(() => collisions(page)).toEqual([]);
      expect(await shownTowns(page).count()).toBeGreaterThan(0);
    });
  });
}

test('on a phone, the name Samandağ gives way to the Idlib governorate’s marker, and comes back when a zoom makes room', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openExplorer(page);
  const samandag = page.locator('.basemap-label', { hasText: 'Samandağ' });
  await expect(samandag).toHaveClass(/basemap-label--yields/);
  await expect(samandag).toBeHidden();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(samandag).not.toHaveClass(/basemap-label--yields/);
  await expect(samandag).toBeVisible();
  await expect.poll(() => collisions(page)).toEqual([]);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(samandag).toBeHidden();
});
