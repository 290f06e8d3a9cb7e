import type { Page } from '@playwright/test';
import { afterTwoFrames } from './afterTwoFrames';
import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * The list of places scrolls in a box that keeps its layout to itself, its height handed to it from the list
 * (src/app/useContentHeight.ts). It must still be as tall as the list, up to 45% of the window, whatever the
 * search leaves in it and however the statuses at a stop wrap its lines.
 */

/** The scroller's height, the list's, and the most the scroller may take (45vh). */
const heights = (page: Page) =>
  page.evaluate(() => {
    const list = document.querySelector('.place-list');
    const scroller = list?.parentElement;
    if (!list || !scroller) return null;
    return { scroller: scroller.getBoundingClientRect().height, list: list.getBoundingClientRect().height, most: window.innerHeight * 0.45 };
  });

const fits = async (page: Page, what: string) => {
  await afterTwoFrames(page);
  const now = await heights(page);
  expect(now, what).not.toBeNull();
  if (!now) return;
  expect(Math.abs(now.scroller - Math.min(now.list, now.most)), `${what}: the scroller ${now.scroller} px, the list ${now.list} px`).toBeLessThan(0.5);
};

for (const [device, viewport] of [
  ['a phone', { width: 375, height: 740 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const) {
  test(`on ${device}, the list of places is as tall as its places up to 45% of the window, at every stop and search`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openExplorer(page);
    await fits(page, 'at the start');
    // Every place can be scrolled to: the last one comes into view.
    const last = page.locator('.place-list li button').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();

    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('Home');
    const stops = Number(await slider.getAttribute('max')) + 1;
    for (let stop = 0; stop < stops; stop++) {
      await fits(page, `stop ${stop}`);
      await page.keyboard.press('ArrowRight');
    }

    // A search that leaves a few places shrinks the box to them; one that leaves none, to its message.
    const search = page.getByRole('searchbox');
    await search.fill('hama');
    await expect.poll(() => page.locator('.place-list li button').count()).toBeLessThan(5);
    await expect.poll(async () => (await heights(page))?.scroller).toBeLessThan(200);
    await fits(page, 'searching "hama"');
    await search.fill('no such place');
    await expect(page.locator('.place-list li.muted')).toBeVisible();
    await fits(page, 'searching for nothing');
    await search.fill('');
    await expect.poll(async () => (await heights(page))?.scroller).toBeGreaterThan(200);
    await fits(page, 'the search cleared');

    // The most follows the window: a taller or shorter window, a taller or shorter box, though the list
    // itself did not change (so its height was not handed over again).
    for (const height of [viewport.height + 400, viewport.height - 200]) {
      await page.setViewportSize({ width: viewport.width, height });
      await fits(page, `the window ${height} px tall`);
    }
  });
}
