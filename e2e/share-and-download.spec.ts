import type { Download } from '@playwright/test';
import { openExplorer, statusLine } from './explorer';
import { expect, test } from './test';

const textOf = async (download: Download) => {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

test('the Share dialog gives, by keyboard, a link to this view and embed code that keeps it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page, '?date=2024-11-30&place=aleppo-city&time=report');
  const opener = page.getByRole('button', { name: 'Share, embed, download' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share and embed' });
  await expect(dialog).toBeVisible();

  const copyLink = dialog.getByRole('button', { name: 'Copy link' });
  await copyLink.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status').first()).toHaveText('Copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/localhost:4173\/\?date=2024-11-30&place=aleppo-city&time=report(&view=[-\d.,]+)?$/);

  const code = dialog.getByRole('textbox', { name: 'Embed code (iframe)' });
  await expect(code).toHaveValue(/^<iframe src="http:\/\/localhost:4173\/embed\.html\?date=2024-11-30&amp;place=aleppo-city&amp;time=report&amp;bounds=[-\d.,]+&amp;slider=1" /);
  await expect(code).toHaveValue(/ loading="lazy" /);
  await expect(code).toHaveValue(/ sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" /);
  await expect(code).toHaveValue(/ title="Map: [^"]+" /);
  await dialog.getByRole('checkbox', { name: 'Show the date slider' }).uncheck();
  await expect(code).not.toHaveValue(/slider=1/);
  await expect(dialog.getByRole('textbox', { name: /fits its height/ })).toHaveValue(/\n<script async src="http:\/\/localhost:4173\/embed-resize\.js"><\/script>$/);

  // The embed the code points at opens at the same moment and place.
  const src = /src="([^"]+)"/.exec(await code.inputValue())?.[1]?.replace(/&amp;/g, '&') ?? '';
  const status = await statusLine(page).textContent();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await page.goto(src);
  await expect(page.locator('.place-panel .status-line')).toHaveText(status ?? '');
});

test('the data downloads: claims as CSV and JSON, places with their status at the moment as GeoJSON, with sources', async ({ page }) => {
  await openExplorer(page, '?date=2024-11-30&place=aleppo-city');
  await page.getByRole('button', { name: 'Share, embed, download' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and embed' });

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Claims as CSV' }).click()]);
  expect(csvDownload.suggestedFilename()).toBe('claimmap-claims.csv');
  const csv = await textOf(csvDownload);
  expect(csv.startsWith('\uFEFFclaim_id,source_id,')).toBe(true);
  expect(csv).toContain('Pemberontak Suriah dilaporkan menguasai sekitar setengah Aleppo');

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Claims as JSON' }).click()]);
  const json = JSON.parse(await textOf(jsonDownload)) as { claims: unknown[]; sources: unknown[] };
  expect(json.claims).toHaveLength(215);
  expect(json.sources).toHaveLength(5);

  const [placesDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Places as GeoJSON' }).click()]);
  expect(placesDownload.suggestedFilename()).toBe('claimmap-places-2024-11-30T20-59-59Z.geojson');
  const places = JSON.parse(await textOf(placesDownload)) as {
    type: string;
    features: { id: string; properties: { status: string; sources: { id: string }[] } }[];
  };
  expect(places.type).toBe('FeatureCollection');
  const aleppo = places.features.find((feature) => feature.properties && feature.id === 'aleppo-city');
  await page.keyboard.press('Escape');
  const shown = (await statusLine(page).textContent()) ?? '';
  expect(shown.toLowerCase()).toContain(aleppo?.properties.status ?? 'missing');
  expect(aleppo?.properties.sources.length).toBeGreaterThanOrEqual(3);
});
