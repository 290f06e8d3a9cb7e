import { expect, test } from './test';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

test('on a phone, a tapped place opens as a sheet that leaves the place in sight, with 44-pixel touch targets', async ({ page }) => {
  await page.goto('/?place=');
  await expect(page.locator('path[data-place="hama-city"]')).toHaveCount(1);
  // Damascus is off the first view, far south: chosen from the list, the map must bring it into sight.
  await page.locator('.place-list button', { hasText: 'Damascus' }).tap();
  const sheet = page.locator('.panel-slot--open');
  await expect(sheet.getByRole('heading', { level: 2 })).toContainText('Damascus');
  await page.evaluate(() => window.scrollTo(0, 0));
  const sheetBox = await sheet.boundingBox();
  const placeBox = await page.getByRole('button', { name: 'Damascus', exact: true }).boundingBox();
  const viewport = page.viewportSize();
  if (!sheetBox || !placeBox || !viewport) throw new Error('nothing measured');
  // The sheet sits at the bottom of the screen, and the place it describes stays above it, on screen.
  expect(sheetBox.y + sheetBox.height).toBeCloseTo(viewport.height, 0);
  expect(placeBox.y + placeBox.height / 2).toBeGreaterThan(0);
  expect(placeBox.y + placeBox.height / 2).toBeLessThan(sheetBox.y);

  // Touch targets: the sheet's close button, the slider and its play button, the places list.
  for (const target of [
    sheet.getByRole('button', { name: /Close/ }),
    page.getByRole('slider', { name: 'Date' }),
    page.getByRole('button', { name: 'Play' }),
    page.locator('.place-list button').first(),
  ]) {
    const box = await target.boundingBox();
    expect(box?.height ?? 0, await target.evaluate((e) => e.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
  }

  // Closing the sheet gives the screen back to the map.
  await sheet.getByRole('button', { name: /Close/ }).tap();
  await expect(page.locator('.panel-slot--open')).toHaveCount(0);
});

test('on a phone, a tap on the slider moves the date and leaves the map where it was', async ({ page }) => {
  await page.goto('/?view=35.9,37.0,8');
  await expect(page.locator('path[data-place="aleppo-city"]')).toHaveCount(1);
  const slider = page.getByRole('slider', { name: 'Date' });
  const before = await slider.inputValue();
  const box = await slider.boundingBox();
  if (!box) throw new Error('no slider');
  await page.touchscreen.tap(box.x + 4, box.y + box.height / 2);
  await expect.poll(() => slider.inputValue()).not.toBe(before);
  await expect(page).toHaveURL(/[?&]date=/);
  expect(new URL(page.url()).searchParams.get('view')).toBe('35.9,37,8');
});
