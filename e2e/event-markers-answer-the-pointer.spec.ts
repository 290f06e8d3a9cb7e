import type { Page } from '@playwright/test';
import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * Event markers are plain elements in a box of their own, not Leaflet markers (src/map/EventMarkersLayer.tsx),
 * so what Leaflet gave them is theirs to keep: a click opens the place, the pointer over one shows its events
 * in words, and they move with the map when it is dragged.
 */

const HMEIMIM = '.event-marker[title^="Hmeimim"]';

/** The map's scale: how wide Aleppo's outline is drawn, which only a zoom changes. */
const scaleOf = async (page: Page) => (await page.locator('path[data-place="aleppo-city"]').boundingBox())?.width;

test('a click on an event marker opens its place, and a double click does not zoom the map', async ({ page }) => {
  await openExplorer(page, '?date=2024-12-01');
  const marker = page.locator(HMEIMIM);
  await expect(marker).toBeVisible();
  const scale = await scaleOf(page);
  await marker.dblclick();
  await expect(page.locator('.place-panel').getByRole('heading', { level: 2 })).toContainText('Hmeimim');
  await expect(page).toHaveURL(/place=hmeimim-airbase/);
  // The map stayed at its zoom: no zoom began, and Aleppo is drawn as wide as before.
  await page.waitForTimeout(400);
  await expect(page.locator('.leaflet-container')).not.toHaveClass(/leaflet-zoom-anim/);
  expect(await scaleOf(page)).toBe(scale);
});

test('the pointer over an event marker shows its events in words, and leaving it hides them', async ({ page }) => {
  await openExplorer(page, '?date=2024-12-01');
  const marker = page.locator(HMEIMIM);
  const words = await marker.getAttribute('title');
  expect(words).toMatch(/^Hmeimim Air Base: .+\(\d+\)/);
  await marker.hover();
  const tooltip = page.locator('.leaflet-tooltip-pane .leaflet-tooltip');
  await expect(tooltip).toHaveText(words ?? '');
  // Above the marker, not over it.
  const [box, tip] = [await marker.boundingBox(), await tooltip.boundingBox()];
  expect(tip && box && tip.y + tip.height <= box.y + 1).toBe(true);
  await page.mouse.move(5, 400);
  await expect(tooltip).toHaveCount(0);
});

test('event markers move with the map as it is dragged, and a drag that starts on one pans without opening it', async ({ page }) => {
  await openExplorer(page, '?date=2024-12-01');
  const marker = page.locator(HMEIMIM);
  const symbol = page.locator('.place-symbol[data-place="hmeimim-airbase"]');
  const [before, symbolBefore] = [await marker.boundingBox(), await symbol.boundingBox()];
  if (!before || !symbolBefore) throw new Error('no Hmeimim marker or symbol');
  // A drag from the marker itself, about 120 pixels right and 60 down (the map glides on a little after it).
  const [x, y] = [before.x + before.width / 2, before.y + before.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(x + 20 * i, y + 10 * i);
  await page.mouse.up();
  // Once the map stands still, the marker has moved exactly as far as its place's symbol.
  const moved = async () => {
    const [now, symbolNow] = [await marker.boundingBox(), await symbol.boundingBox()];
    return now && symbolNow ? [Math.round(now.x - before.x - (symbolNow.x - symbolBefore.x)), Math.round(now.y - before.y - (symbolNow.y - symbolBefore.y)), symbolNow.x - symbolBefore.x] : null;
  };
  await expect.poll(async () => { const a = await moved(); await page.waitForTimeout(100); return JSON.stringify(a) === JSON.stringify(await moved()) ? a : 'moving'; }).toEqual([0, 0, expect.any(Number)]);
  expect((await moved())?.[2]).toBeGreaterThan(100);
  await expect(page.locator('.place-panel')).toHaveCount(0);
  await expect(page).not.toHaveURL(/place=/);
});
