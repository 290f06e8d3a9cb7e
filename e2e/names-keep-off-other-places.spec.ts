import type { Page } from '@playwright/test';
import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * A place's name is written beside its symbol, on the right where that is clear; where another place's
 * symbol or name is in the way (Latakia's, beside Hmeimim's air base on a phone), on the first clear side of
 * left, above and below that stays inside the map. A name no side clears stays on the right.
 */

interface Shown {
  place: string;
  side: string;
  rect: { left: number; top: number; right: number; bottom: number };
}

/** The names and symbols the map shows, with where they stand on the screen. */
async function namesAndSymbols(page: Page): Promise<{ names: Shown[]; symbols: Shown[] }> {
  return page.evaluate(() => {
    const shown = (selector: string, placeOf: (element: HTMLElement) => HTMLElement | null) =>
      [...document.querySelectorAll<HTMLElement>(selector)].flatMap((element) => {
        const { left, top, right, bottom, width, height } = element.getBoundingClientRect();
        const holder = placeOf(element);
        return width > 0 && height > 0 && holder ? [{ place: holder.dataset.place ?? '', side: holder.dataset.side ?? 'right', rect: { left, top, right, bottom } }] : [];
      });
    return {
      names: shown('.place-label > span', (element) => element.parentElement),
      symbols: shown('.place-symbol[data-place]', (element) => element),
    };
  });
}

const overlap = (a: Shown['rect'], b: Shown['rect']) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** "name over symbol" for every name that covers another place's symbol, or another name. */
async function namesOverPlaces(page: Page): Promise<string[]> {
  const { names, symbols } = await namesAndSymbols(page);
  const overSymbols = names.flatMap((name) => symbols.filter((symbol) => symbol.place !== name.place && overlap(name.rect, symbol.rect)).map((symbol) => `${name.place} over ${symbol.place}’s symbol`));
  const overNames = names.flatMap((name, i) => names.slice(i + 1).filter((other) => overlap(name.rect, other.rect)).map((other) => `${name.place} over ${other.place}’s name`));
  return [...overSymbols, ...overNames];
}

test('on a phone, Latakia’s name stays inside the map at the first view, and keeps off Hmeimim’s symbol zoomed in', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openExplorer(page);
  const latakia = page.locator('.place-label[data-place="latakia"]');
  const hmeimim = page.getByRole('button', { name: 'Hmeimim Air Base', exact: true });
  const latakiaOffOthers = () => expect.poll(async () => (await namesOverPlaces(page)).filter((overlapping) => overlapping.startsWith('latakia'))).toEqual([]);
  // At the first view the air base's symbol would overlap Latakia's, and gives way to it (symbolsGivingWay).
  await expect(hmeimim).toBeHidden();
  await latakiaOffOthers();
  const map = await page.locator('.leaflet-container').boundingBox();
  const name = await latakia.locator('span').boundingBox();
  expect(map && name).toBeTruthy();
  if (!map || !name) return;
  expect(name.x).toBeGreaterThanOrEqual(map.x);
  expect(name.x + name.width).toBeLessThanOrEqual(map.x + map.width);
  // One zoom in, the air base is back beside the city, and Latakia's name covers none of it.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(hmeimim).toBeVisible();
  await latakiaOffOthers();
});

for (const [device, viewport] of [
  ['a phone', { width: 375, height: 740 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const) {
  test(`on ${device}, a name moved off the right covers no other place, at the first view and zoomed in`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openExplorer(page);
    // Placed once the first picture is shown: every labelled place's name says its side.
    await expect.poll(async () => (await page.locator('.place-label:not([data-side])').count())).toBe(0);
    const moved = async () => {
      const { names } = await namesAndSymbols(page);
      const movedNames = new Set(names.filter((name) => name.side !== 'right').map((name) => name.place));
      return (await namesOverPlaces(page)).filter((overlapping) => movedNames.has(overlapping.split(' over ')[0] ?? ''));
    };
    await expect.poll(moved).toEqual([]);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(moved).toEqual([]);
  });
}

test('no name is written over another name at the first view', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openExplorer(page);
  await expect(page.locator('.place-label[data-place="latakia"]')).toHaveAttribute('data-side', /./);
  await expect.poll(async () => (await namesOverPlaces(page)).filter((overlapping) => overlapping.endsWith('’s name'))).toEqual([]);
});
