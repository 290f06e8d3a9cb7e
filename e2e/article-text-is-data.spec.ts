import type { Download, Page } from '@playwright/test';
import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * Text from articles is data: a dataset whose quotes, names, headlines, attributions and notes hold HTML and
 * script (served in place of the published files) is shown as plain text everywhere, runs nothing, and its
 * CSV cannot run a formula in a spreadsheet.
 */
const PAYLOAD = {
  name: 'Aleppo <img src=x onerror="window.__pwned=1">',
  quote: '=HYPERLINK("http://evil.example","click") <script>window.__pwned=1</script>',
  attribution: '<b onmouseover="window.__pwned=1">SOHR</b>',
  headline: '<iframe src="javascript:window.__pwned=1"></iframe>Headline',
  note: '<a href="javascript:window.__pwned=1">read more</a>',
};

async function serveHostileDataset(page: Page) {
  await page.route('**/data/places.geojson', async (route) => {
    const body = (await (await route.fetch()).json()) as { features: { id: string; properties: { names: Record<string, string> } }[] };
    for (const feature of body.features) {
      if (feature.id === 'aleppo-city') feature.properties.names = { ...feature.properties.names, en: PAYLOAD.name, nb: PAYLOAD.name, id: PAYLOAD.name };
    }
    await route.fulfill({ json: body });
  });
  await page.route('**/data/claims.json', async (route) => {
    const body = (await (await route.fetch()).json()) as { claims: { places: string[]; quote: string; attribution: { text: string } }[] };
    for (const claim of body.claims.filter((c) => c.places.includes('aleppo-city'))) {
      claim.quote = PAYLOAD.quote;
      claim.attribution.text = PAYLOAD.attribution;
    }
    await route.fulfill({ json: body });
  });
  // The editor's notes live apart from the claims, loaded when a panel opens: every claim gets the payload.
  await page.route('**/data/claim-details.json', async (route) => {
    const body = (await (await route.fetch()).json()) as { details: Record<string, { note: string | null }> };
    for (const detail of Object.values(body.details)) detail.note = PAYLOAD.note;
    await route.fulfill({ json: body });
  });
  // The title the lists show is derived from the headline at compile time, so both carry the payload.
  await page.route('**/data/sources.json', async (route) => {
    const body = (await (await route.fetch()).json()) as { sources: { headline: string | null; title: string }[] };
    for (const source of body.sources) {
      source.headline = PAYLOAD.headline;
      source.title = PAYLOAD.headline;
    }
    await route.fulfill({ json: body });
  });
}

async function expectNothingRan(page: Page) {
  expect(
    await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      injected: document.querySelectorAll('img[src="x"], iframe, [onerror], [onmouseover], a[href^="javascript:"], script:not([src])').length,
    })),
  ).toEqual({ pwned: null, injected: 0 });
}

const textOf = async (download: Download) => {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

test('the full app shows markup from articles as text in panels, labels, tooltips and lists, and runs none of it', async ({ page }) => {
  await serveHostileDataset(page);
  await openExplorer(page, '?place=aleppo-city');
  const panel = page.locator('.place-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(PAYLOAD.name);
  await expect(panel.locator('ol.claims blockquote').first()).toHaveText(PAYLOAD.quote);
  await expect(panel.getByText(PAYLOAD.attribution).first()).toBeAttached();
  await expect(panel.getByText(PAYLOAD.note).first()).toBeAttached();
  // The label beside the city's symbol, the places list and the sources view.
  await expect(page.locator('.place-label', { hasText: PAYLOAD.name }).first()).toBeAttached();
  await expect(page.getByRole('searchbox', { name: 'Places' })).toBeVisible();
  await expect(page.locator('.place-list').getByText(PAYLOAD.name)).toBeAttached();
  await page.locator('.sources-details > summary').click();
  await expect(page.locator('.source h3').first()).toHaveText(PAYLOAD.headline);
  await expectNothingRan(page);

  await page.getByRole('button', { name: 'Share, embed, download' }).click();
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Claims as CSV' }).click()]);
  const csv = await textOf(csvDownload);
  // The formula is neutralised with a leading apostrophe (the cell is quoted because it holds quotes and a comma).
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") <script>window.__pwned=1</script>"`);
  expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Claims as JSON' }).click()]);
  expect(await textOf(jsonDownload)).toContain(JSON.stringify(PAYLOAD.quote));
  await expectNothingRan(page);
});

test('the embed shows markup from articles as text and runs none of it', async ({ page }) => {
  await serveHostileDataset(page);
  await page.goto('/embed.html?place=aleppo-city');
  const panel = page.locator('.place-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(PAYLOAD.name);
  await expect(panel.locator('ol.claims blockquote').first()).toHaveText(PAYLOAD.quote);
  await expect(panel.locator('.claim-byline').first()).toContainText(PAYLOAD.attribution);
  // Folded under "When, how certain, notes" in the embed's narrow column, once the details have arrived.
  await expect(panel.getByText(PAYLOAD.note).first()).toBeAttached();
  await expect(page.locator('.place-label', { hasText: PAYLOAD.name }).first()).toBeAttached();
  await expectNothingRan(page);
});
