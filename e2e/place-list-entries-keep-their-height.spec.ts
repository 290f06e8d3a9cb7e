import type { Page } from '@playwright/test';
import { afterTwoFrames } from './afterTwoFrames';
import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * A slider step rewrites the statuses in the list of places. Each entry keeps its height while it does: the
 * status is a line of its own under the name (src/app/PlaceSearch.tsx), so words that grow or shrink never
 * add or take away a line, and the entries below the one that changed do not move under the reader's eye as
 * they scrub. When they did (stop 7 of the real data, where the airport becomes "Contested, disputed"), every
 * entry below moved and Chromium sorted out the page's layers again on that step.
 */

/** Each entry's height, in pixels, by place. */
const entryHeights = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.place-list li')].map((entry) => [entry.querySelector('.place-name')?.textContent ?? '', Math.round(entry.getBoundingClientRect().height)]),
    ),
  );

for (const [device, viewport] of [
  ['a phone', { width: 375, height: 740 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const) {
  for (const language of ['en', 'nb', 'id']) {
    test(`on ${device}, in ${language}, no entry in the list of places changes its height at any stop`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openExplorer(page, `?lang=${language}`);
      // Entries out of the scroller's view are not laid out (content-visibility), and would keep whatever
      // height they last had: here every entry is laid out at every stop. (Through the CSSOM: the page's
      // policy allows no style sheet of the test's.)
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('.place-list li').forEach((entry) => entry.style.setProperty('content-visibility', 'visible')));
      const slider = page.getByRole('slider', { name: /./ }).first();
      await slider.focus();
      await page.keyboard.press('Home');
      await afterTwoFrames(page);
      const first = await entryHeights(page);
      expect(Object.keys(first).length, 'the list has its places').toBeGreaterThan(10);
      const statuses = new Set<string>();
      const stops = Number(await slider.getAttribute('max')) + 1;
      for (let stop = 1; stop < stops; stop++) {
        await page.keyboard.press('ArrowRight');
        await afterTwoFrames(page);
        expect(await entryHeights(page), `the entries' heights at stop ${stop}`).toEqual(first);
        for (const words of await page.locator('.place-status').allTextContents()) statuses.add(words);
      }
      // The steps did rewrite the statuses: the check above saw them change.
      expect(statuses.size, 'statuses seen over the stops').toBeGreaterThan(3);
    });
  }
}
