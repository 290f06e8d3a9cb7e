import type { Page } from '@playwright/test';
import { WARM_UP_MEASURE } from '../src/app/warmUpMeasure';
import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * What the map shows at a moment, as the page holds it: every outline's drawn style (as computed: colours
 * come from classes and attributes both) and classes, every
 * place symbol's colour and classes, and every event marker's words. A slider step writes only
 * what changed (src/map/changedPathAttributes.ts, the kept event markers); this is the check that what it
 * leaves is exactly what drawing the moment afresh gives.
 */
const drawing = (page: Page): Promise<{ paths: string[]; symbols: string[]; markers: string[] }> =>
  page.evaluate(`(() => {
    const names = ['stroke', 'stroke-opacity', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset', 'fill', 'fill-opacity', 'fill-rule', 'filter'];
    const paths = [...document.querySelectorAll('.leaflet-overlay-pane path[data-place]')].map((path) => {
      const style = getComputedStyle(path);
      return path.getAttribute('data-place') + ' ' + [...path.classList].sort().join(' ') + ' ' + names.map((name) => name + '=' + style.getPropertyValue(name)).join(' ');
    });
    const symbols = [...document.querySelectorAll('.place-symbol[data-place]')].map((symbol) =>
      symbol.dataset.place + ' ' + [...symbol.classList].sort().join(' ') + ' ' + symbol.style.getPropertyValue('--status-colour'));
    const markers = [...document.querySelectorAll('.event-marker')].filter((marker) => marker.checkVisibility()).map((marker) => marker.title + ' ' + marker.textContent);
    return { paths: paths.sort(), symbols: symbols.sort(), markers: markers.sort() };
  })()`);

const dateIn = (url: string) => new URL(url).searchParams.get('date');

test('every slider stop, stepped to forwards or back with a place open, draws what opening that moment afresh draws', async ({ page }) => {
  await openExplorer(page, '?place=aleppo-city');
  // Once the page has worked out every moment ahead in idle time (src/model/warmUp.ts), each step below reads
  // what was remembered then, and each fresh page works its moment out on the spot: the two must agree.
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, WARM_UP_MEASURE);
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('Home');
  // Home's own write to the link (a moment after it, src/state/urlStore.ts) has to land before the first
  // step: read while it was pending, a step's "before" once saw that write as the step's own, and the
  // fresh page opened at the first stop (where Syria has no claim yet) against the second one stepped to.
  await expect.poll(() => dateIn(page.url())).not.toBeNull();
  const last = Number(await slider.getAttribute('max'));
  expect(last).toBeGreaterThan(3);
  // Forwards to the end, then back to the middle: the backward steps take colours away again.
  const keys = [...Array(last).fill('ArrowRight'), ...Array(Math.ceil(last / 2)).fill('ArrowLeft')];
  const fresh = await page.context().newPage();
  try {
    for (const key of keys) {
      const before = dateIn(page.url());
      await page.keyboard.press(key);
      // The link follows a moment after the last step (src/state/urlStore.ts); every stop has its own date,
      // and only the date tells a step's write from the map's writing its view.
      await expect.poll(() => dateIn(page.url())).not.toBe(before);
      const stepped = await drawing(page);
      expect(stepped.paths.length).toBeGreaterThan(10);
      await openExplorer(fresh, new URL(page.url()).search);
      await expect.poll(() => drawing(fresh), { message: `drawing at ${page.url()}` }).toEqual(stepped);
    }
  } finally {
    await fresh.close();
  }
});
