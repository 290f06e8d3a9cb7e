import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * The ticks under the date slider are drawn beside the input, not by it (a <datalist>, which Chromium paints
 * again with the thumb on every step), so nothing but this spec keeps them where the stops are. A click on a
 * range input puts the thumb's centre under the pointer, so a click a few pixels either side of a tick must
 * choose that tick's stop: a tick more than those few pixels off its stop would give a neighbour.
 */
test('the date slider has a tick at each stop, where a click chooses that stop', async ({ page }) => {
  await openExplorer(page, '?date=2024-11-27');
  const slider = page.getByRole('slider', { name: 'Date' });
  const stops = Number(await slider.getAttribute('max')) + 1;
  const ticks = page.locator('.slider-ticks span');
  await expect(ticks).toHaveCount(stops);
  // Decoration only: a screen reader hears the stops from the slider itself.
  await expect(page.locator('.slider-ticks')).toHaveAttribute('aria-hidden', 'true');

  const box = await slider.boundingBox();
  const centres = await ticks.evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().left + 0.5));
  const [first, last] = [centres[0], centres.at(-1)];
  if (!box || first === undefined || last === undefined) throw new Error('the slider has no box or no ticks');
  const gap = (last - first) / (stops - 1);
  // Within three pixels of its stop: the clicks below land the stop's own side of the halfway marks.
  const reach = gap / 2 - 3;
  expect(reach).toBeGreaterThan(5);
  for (const [stop, x] of centres.entries()) {
    for (const dx of [-reach, reach]) {
      const at = Math.min(Math.max(x + dx, box.x + 1), box.x + box.width - 1);
      await page.mouse.click(at, box.y + box.height / 2);
      await expect(slider, `a click ${dx.toFixed(1)} px off tick ${stop}`).toHaveValue(String(stop));
    }
  }
});
