import type { Page } from '@playwright/test';
import { generateDataset } from '../src/bench/generateDataset';
import { compileDataset } from '../src/compile/compileDataset';
import { formatGeoError } from '../src/compile/GeoError';
import { serializeDataset } from '../src/compile/writeDataset';
import { CANVAS_FROM } from '../src/map/canvasFrom';
import { LABELLED_KINDS } from '../src/map/placeSymbol';
import { expect, test } from './test';
import { afterTwoFrames } from './afterTwoFrames';

/**
 * A newsroom that keeps the map going for months: the benchmark's generated dataset (places in a grid over
 * the region, ten claims each), large enough for the canvas, served in place of the real one.
 */
const PLACES = CANVAS_FROM;
let files: Record<string, string>;
/** A place drawn only as an outline (no symbol of its own): a click at its anchor reaches the canvas. */
let outlined: { name: string; lng: number; lat: number };

test.beforeAll(() => {
  const encoder = new TextEncoder();
  const tree = new Map([...generateDataset({ places: PLACES })].map(([path, text]) => [path, encoder.encode(text)]));
  const result = compileDataset(tree);
  if (!result.ok) throw new Error(result.errors.slice(0, 5).map(formatGeoError).join('\n'));
  files = serializeDataset(result.dataset);
  const place = result.dataset.places.features.find((feature) => feature.geometry.type === 'Polygon' && !LABELLED_KINDS.has(feature.properties.kind));
  if (!place) throw new Error('the generated places have no outline');
  outlined = { name: place.properties.names.en, lng: place.properties.anchor[0], lat: place.properties.anchor[1] };
  delete files['basemap.geojson']; // the real basemap stays beneath it
});

test.describe.configure({ timeout: 180_000 });

async function openLargeDataset(page: Page, search = '') {
  await page.route('**/data/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const body = files[name];
    return body === undefined ? route.continue() : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  await page.goto(`/${search}`);
  await expect(page.getByRole('slider', { name: 'Date' })).toBeEnabled({ timeout: 120_000 });
}

/** The boxes of the event markers on screen, and whether any two cover each other. */
const markerBoxes = (page: Page) =>
  page.locator('.event-markers .event-marker').evaluateAll((markers) => {
    // Markers out of the picture may be kept hidden (src/map/EventMarkersLayer.tsx); only those drawn count.
    const boxes = markers.filter((marker) => marker.checkVisibility()).map((marker) => marker.getBoundingClientRect());
    const overlapping = boxes.some((a, i) => boxes.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
    return { count: boxes.length, overlapping };
  });

test(`${PLACES.toLocaleString('en')} places draw on a canvas and keep their event markers apart`, async ({ page }) => {
  await openLargeDataset(page);
  // One canvas instead of thousands of SVG paths.
  await expect(page.locator('.leaflet-overlay-pane canvas')).toHaveCount(1);
  await expect(page.locator('path.place')).toHaveCount(0);

  // Markers never cover one another, and far fewer are drawn than places have events.
  const far = await markerBoxes(page);
  expect(far.overlapping).toBe(false);
  expect(far.count).toBeGreaterThan(20);
  expect(far.count).toBeLessThan(PLACES / 4);

  // Zoomed in, markers come back for places whose markers were crowded out, still apart.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await markerBoxes(page)).overlapping).toBe(false);

  // The slider still steps, and the markers follow the moment.
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await markerBoxes(page)).count).toBe(0);
  await page.keyboard.press('End');
  await expect.poll(async () => (await markerBoxes(page)).count).toBeGreaterThan(0);
});

test('a click on the canvas finds the place under the pointer and opens its claims', async ({ page }) => {
  // The map centred on one place's anchor, close enough for its outline to fill the middle of the map.
  await openLargeDataset(page, `?view=${outlined.lat},${outlined.lng},12`);
  await expect(page.locator('.leaflet-overlay-pane canvas')).toHaveCount(1);
  const map = page.locator('.leaflet-container');
  const box = await map.boundingBox();
  if (!box) throw new Error('the map has no box');
  await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect(page.locator('.place-panel h2')).toContainText(outlined.name);
});

/** A fingerprint of the places' canvas: its pixels, hashed in the page. */
const canvasPrint = (page: Page) =>
  page.locator('.leaflet-overlay-pane canvas').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) return 'no context';
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let hash = 0;
    for (let i = 0; i < data.length; i++) hash = (Math.imul(hash, 31) + (data[i] ?? 0)) | 0;
    return `${canvas.width}x${canvas.height}:${hash}`;
  });

test('after slider steps the canvas holds exactly what drawing every place afresh gives', async ({ page }) => {
  await openLargeDataset(page);
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  // Let the last step's drawing land, then take the canvas as the steps left it.
  await afterTwoFrames(page);
  const afterSteps = await canvasPrint(page);
  // A pan away and back draws every place afresh, at the same spot.
  const map = page.locator('.leaflet-container');
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => canvasPrint(page)).not.toBe(afterSteps);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => canvasPrint(page)).toBe(afterSteps);
});
