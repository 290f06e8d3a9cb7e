import { openExplorer } from './explorer';
import { expect, test } from './test';

test('the map draws the places, the bundled basemap and the legend, with no request outside the site', async ({ page }) => {
  await openExplorer(page);
  expect(await page.locator('path.place').count()).toBeGreaterThan(15);
  await expect(page.locator('.basemap-label').first()).toBeAttached();
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Opposition (HTS-led)');
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('geoBoundaries');
  // Symbols for the air base and, zoomed in on Aleppo (far out they give way to the city's: see
  // sites-give-way-to-cities-far-out), the airport and the citadel, each named for assistive technology.
  await expect(page.getByRole('button', { name: 'Hmeimim Air Base', exact: true })).toBeVisible();
  await openExplorer(page, '?view=36.2,37.17,11');
  for (const name of ['Aleppo International Airport', 'Aleppo Citadel']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
});

test('a broken dataset gives a message naming the file, not a blank page', async ({ page }) => {
  await page.route('**/data/claims.json', (route) => route.fulfill({ status: 200, body: '{"format":"claimmap/cla' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('claims.json: is not valid JSON');
});

test("each outline is drawn in its status's colour from the legend, after slider steps as at the start", async ({ page }) => {
  await openExplorer(page, '?date=2024-11-27');
  // The outlines take the palette (src/map/palette.ts); a slider step rewrites only what changed
  // (src/map/changedPathAttributes.ts), and must leave no outline in its old colour.
  const coloursOfStatus = () =>
    page.evaluate(`(() => {
      const byStatus = {};
      for (const path of document.querySelectorAll('.leaflet-overlay-pane path[data-place]')) {
        const status = [...path.classList].find((name) => /^place--(government|opposition|sdf|contested|unknown)$/.test(name));
        if (!status || path.classList.contains('place--selected')) continue;
        (byStatus[status] ??= new Set()).add(getComputedStyle(path).stroke);
      }
      return Object.fromEntries(Object.entries(byStatus).map(([status, colours]) => [status, [...colours]]));
    })()`);
  const palette = { 'place--government': ['rgb(213, 94, 0)'], 'place--opposition': ['rgb(0, 114, 178)'], 'place--contested': ['rgb(107, 107, 107)'], 'place--unknown': ['rgb(168, 168, 160)'] };
  const atStart = (await coloursOfStatus()) as Record<string, string[]>;
  expect(Object.keys(atStart).length).toBeGreaterThan(1);
  for (const [status, colours] of Object.entries(atStart)) expect(colours, status).toEqual(palette[status as keyof typeof palette]);

  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.locator('path[data-place="aleppo-city"]')).toHaveClass(/place--opposition/);
  const atEnd = (await coloursOfStatus()) as Record<string, string[]>;
  expect(atEnd['place--opposition']).toEqual(palette['place--opposition']);
  for (const [status, colours] of Object.entries(atEnd)) expect(colours, status).toEqual(palette[status as keyof typeof palette]);
});

test('switching the language keeps every place in its colour and its full outline', async ({ page }) => {
  const idlib = page.locator('path[data-place="idlib-governorate"]');
  const points = async () => ((await idlib.getAttribute('d')) ?? '').split(/[LM]/).length;
  // The full outlines are held back until the simplified one has been counted at the same view.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/places-detail.geojson', async (route) => {
    await held;
    await route.continue();
  });
  await openExplorer(page, '?date=2024-11-30T20:59:59Z&view=35.9,36.7,10');
  const simplified = await points();
  release();
  await expect.poll(points).toBeGreaterThan(simplified);
  const full = await points();
  const aleppo = page.locator('path[data-place="aleppo-city"]');
  await expect(aleppo).toHaveClass(/place--opposition/);

  await page.getByLabel('Language').selectOption('nb');
  await expect(page.getByRole('slider', { name: 'Dato' })).toBeVisible();
  // The places are made anew with the new names: styled at once, and with the outlines they had.
  await expect(aleppo).toHaveClass(/place--opposition/);
  await expect.poll(points).toBe(full);
});

test('event markers keep their distance at the wide view, and zoomed in on Aleppo every site has its own', async ({ page }) => {
  const boxes = () =>
    page.locator('.event-marker').evaluateAll((markers) =>
      markers.filter((marker) => marker.checkVisibility()).map((marker) => ({ title: (marker as HTMLElement).title, ...marker.getBoundingClientRect().toJSON() })),
    );
  await openExplorer(page, '?date=2024-11-30T20:59:59Z');
  await expect.poll(async () => (await boxes()).length).toBeGreaterThan(2);
  // Wide: at least a marker's width apart across, or its height down (src/map/EventMarkersLayer.tsx).
  const wide = await boxes();
  for (const [i, a] of wide.entries()) {
    for (const b of wide.slice(i + 1)) {
      const apart = Math.abs(a.x - b.x) >= a.width + 30 || Math.abs(a.y - b.y) >= a.height + 18;
      expect(apart, `${a.title} and ${b.title}`).toBe(true);
    }
  }
  // Close: the airport, the city and its outskirts, whose markers crowd one another at the wide view, each
  // show their events.
  await openExplorer(page, '?date=2024-11-30T20:59:59Z&view=36.2,37.15,11');
  for (const site of ['Aleppo International Airport:', 'Outskirts of Aleppo:', 'Aleppo:']) {
    await expect.poll(async () => (await boxes()).some((box) => box.title.startsWith(site)), site).toBe(true);
  }
});
