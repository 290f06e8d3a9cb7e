import type { Page } from '@playwright/test';
import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * An event marker sits off a corner of its place's anchor: above and left, or, where another place's symbol
 * or name is there (Latakia's, beside Hmeimim), the next corner that is clear. No marker covers a place's
 * symbol or name.
 */

/** Drawn event markers that overlap a place's symbol or name, as "marker title over name". */
async function markersOverPlaces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .map((element) => ({ element, rect: element.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && rect.height > 0);
    const markers = shown('.event-marker:not(.event-marker--off)');
    const places = shown('.place-symbol, .place-label > span');
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return markers.flatMap((marker) =>
      places
        .filter((place) => overlap(marker.rect, place.rect))
        .map((place) => `${marker.element.title} over ${place.element.textContent || place.element.getAttribute('data-place')}`),
    );
  });
}

for (const [device, viewport] of [
  ['a phone', { width: 375, height: 740 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const) {
  test(`on ${device}, no event marker covers a place’s symbol or name, at the first view and zoomed in`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openExplorer(page);
    await expect(page.locator('.event-marker').first()).toBeVisible();
    await expect.poll(() => markersOverPlaces(page)).toEqual([]);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => markersOverPlaces(page)).toEqual([]);
  });
}

test('Hmeimim’s marker leaves Latakia’s symbol and name clear, and stays put as the slider moves', async ({ page }) => {
  await openExplorer(page, '?date=2024-12-01');
  const marker = page.locator('.event-marker[title^="Hmeimim"]');
  await expect(marker).toBeVisible();
  const before = await marker.boundingBox();
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  expect(await marker.boundingBox()).toEqual(before);
  await expect.poll(() => markersOverPlaces(page)).toEqual([]);
});

test('after the interface changes language, the markers keep off the names as written in it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openExplorer(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
  await expect(page.locator('.place-label', { hasText: 'Pangkalan Udara Hmeimim' })).toBeAttached();
  await expect.poll(() => markersOverPlaces(page)).toEqual([]);
  await page.getByRole('button', { name: 'Perbesar' }).click();
  await expect.poll(() => markersOverPlaces(page)).toEqual([]);
});
