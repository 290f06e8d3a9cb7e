import { openExplorer } from './explorer';
import { expect, test } from './test';

test('the large areas load their full outlines only when the reader zooms in', async ({ page }) => {
  const detailRequests: string[] = [];
  page.on('request', (request) => request.url().includes('places-detail.geojson') && detailRequests.push(request.url()));
  await openExplorer(page);
  await page.waitForTimeout(500);
  expect(detailRequests, 'not at the first view').toEqual([]);

  const governorate = page.locator('path[data-place="idlib-governorate"]');
  const pointsBefore = ((await governorate.getAttribute('d')) ?? '').split(/[LM]/).length;
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  // One zoom at a time: Leaflet ignores a click while it is still animating the last one.
  const zoom = () => Number(/view=[-\d.]+,[-\d.]+,(\d+)/.exec(page.url())?.[1] ?? 0);
  for (let i = 0; i < 6 && zoom() < 10; i++) {
    const before = zoom();
    await zoomIn.click();
    await expect.poll(zoom).toBeGreaterThan(before);
  }
  await expect.poll(() => detailRequests.length).toBe(1);
  // Still styled and clickable as before, with the finer outline.
  await expect(governorate).toHaveAttribute('class', /place place--/);
  await expect.poll(async () => ((await governorate.getAttribute('d')) ?? '').split(/[LM]/).length).toBeGreaterThan(pointsBefore);
});
