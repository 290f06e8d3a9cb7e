import type { Page } from '@playwright/test';
import { openExplorer } from './explorer';
import { expect, test } from './test';
import { afterTwoFrames } from './afterTwoFrames';

/**
 * The slider's section keeps its layout to itself, so its height is handed to it rather than taken from its
 * content (src/app/useContentHeight.ts). It must still be exactly as tall as what it holds, at every stop,
 * in every language and at any text size: the moment's words wrap to another line on a phone, and a stale
 * height would let them spill over what comes next, or leave a gap.
 */

/** How the section, its content and what follows it stand, in pixels. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const section = document.querySelector('section.time');
    const body = section?.firstElementChild;
    const next = section?.nextElementSibling;
    const moment = section?.querySelector('.moment');
    if (!section || !body || !next || !moment) return null;
    const box = section.getBoundingClientRect();
    return {
      section: box.height,
      content: body.getBoundingClientRect().height,
      gapToNext: next.getBoundingClientRect().top - box.bottom,
      momentInside: moment.getBoundingClientRect().bottom <= box.bottom + 0.5,
    };
  });

for (const [device, viewport] of [
  ['a phone', { width: 375, height: 740 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const) {
  for (const [language, textSize] of [
    ['en', '100%'],
    ['nb', '100%'],
    ['en', '200%'],
  ] as const) {
    test(`on ${device}, in ${language} at ${textSize} text, the slider's section is as tall as its words at every stop`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openExplorer(page, `?lang=${language}`);
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), textSize);
      const slider = page.getByRole('slider').first();
      await slider.focus();
      await page.keyboard.press('Home');
      const stops = Number(await slider.getAttribute('max')) + 1;
      const heights = new Set<number>();
      const gaps = new Set<number>();
      for (let stop = 0; stop < stops; stop++) {
        // The height is handed over before the frame is painted; one frame later it must match.
        await afterTwoFrames(page);
        const now = await layout(page);
        expect(now, `stop ${stop}`).not.toBeNull();
        if (!now) return;
        expect(Math.abs(now.section - now.content), `stop ${stop}: the section ${now.section} px, its content ${now.content} px`).toBeLessThan(0.5);
        expect(now.momentInside, `stop ${stop}: the moment's words spill out`).toBe(true);
        heights.add(Math.round(now.content));
        gaps.add(Math.round(now.gapToNext));
        await page.keyboard.press('ArrowRight');
      }
      // What follows the section keeps one distance from it, however tall the words make it.
      expect(gaps.size, `gaps below the section: ${[...gaps].join(', ')}`).toBe(1);
      if (device === 'a phone' && language === 'en' && textSize === '100%') expect(heights.size, 'on a phone the English words take two lines at some stops, three at others').toBeGreaterThan(1);
    });
  }
}
