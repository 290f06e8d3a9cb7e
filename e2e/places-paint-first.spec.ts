import { expect, test } from './test';

/**
 * The first frame that holds the places is painted before the event markers are placed: placing them
 * measures the places' symbols and names, which in the same task laid the page out before anything showed.
 */
for (const path of ['/', '/embed.html']) {
  test(`${path} paints its places a frame before it places the event markers, which then come`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: { markersInFirstFrame: number | null } = { markersInFirstFrame: null };
      (window as unknown as { firstFrame: typeof seen }).firstFrame = seen;
      const poll = () => {
        if (document.querySelector('.leaflet-overlay-pane path.place')) seen.markersInFirstFrame = document.querySelectorAll('.event-marker').length;
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.goto(path);
    await expect(page.locator('path[data-place="aleppo-city"]')).toHaveCount(1);
    await expect(page.locator('.event-marker:not(.event-marker--off)').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { firstFrame: { markersInFirstFrame: number | null } }).firstFrame.markersInFirstFrame)).toBe(0);
  });
}
