import type { Page } from '@playwright/test';
import { openExplorer } from './explorer';
import { expect, test } from './test';

/**
 * Code a reader may never need is not in the first load: the Norwegian and Indonesian words of the interface
 * come for a reader of that language (English is built in), the share dialog's contents (with the download
 * writers) when it first opens, and the sources view when it is unfolded. A part whose file fails to load
 * says which part and which file, and a button tries again; a language that fails leaves the page in English
 * and says so.
 */

/** The build's own script files the page asks for, by the name before their hash ("nb", "ShareContents"). */
function recordScripts(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const name = /^\/assets\/(.+)-[\w-]{8}\.js$/.exec(path)?.[1];
    if (name) asked.push(name);
  });
  return asked;
}

const LATER = ['nb', 'id', 'ShareContents', 'SourcesView'];
const laterOf = (asked: string[]) => asked.filter((name) => LATER.includes(name)).sort();

test('an English first view loads none of the later code; each part comes when the reader asks for it', async ({ page }) => {
  const asked = recordScripts(page);
  await openExplorer(page);
  await page.waitForLoadState('networkidle');
  expect(asked.length, 'the first load’s own scripts').toBeGreaterThan(0);
  expect(laterOf(asked)).toEqual([]);

  await page.getByRole('button', { name: 'Share, embed, download' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and embed' });
  await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Claims as CSV' })).toBeVisible();
  expect(laterOf(asked)).toEqual(['ShareContents']);
  await dialog.getByRole('button', { name: 'Close Share and embed' }).click();

  await page.locator('.sources-details > summary').click();
  await expect(page.locator('.source h3').first()).toBeVisible();
  expect(laterOf(asked)).toEqual(['ShareContents', 'SourcesView']);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('nb');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('button', { name: 'Del, bygg inn, last ned' })).toBeVisible();
  expect(laterOf(asked)).toEqual(['ShareContents', 'SourcesView', 'nb']);
});

test('a reader of Indonesian gets the Indonesian words with the first view, and no Norwegian', async ({ page }) => {
  const asked = recordScripts(page);
  await openExplorer(page, '?lang=id');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('slider', { name: 'Tanggal' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(laterOf(asked)).toEqual(['id']);
});

test('the embed in Norwegian loads its words and nothing of the full map’s later parts', async ({ page }) => {
  const asked = recordScripts(page);
  await page.goto('/embed.html?lang=nb');
  await expect(page.locator('path[data-place="aleppo-city"]')).toHaveCount(1);
  await expect(page.locator('.embed-hint')).toContainText('Velg et sted på kartet');
  await page.waitForLoadState('networkidle');
  expect(laterOf(asked)).toEqual(['nb']);
});

test.describe('when a later file cannot be fetched', () => {
  test.use({ expectedConsoleErrors: [/^Failed to load resource: the server responded with a status of 503|^Failed to fetch dynamically imported module: /] });

  test('the share dialog names the part and the file, and Try again brings it once the file is back', async ({ page }) => {
    await openExplorer(page);
    await page.route(/\/assets\/ShareContents-[\w-]{8}\.js$/, (route) => route.fulfill({ status: 503, body: '' }));
    await page.getByRole('button', { name: 'Share, embed, download' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and embed' });
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('The sharing and download options could not be loaded:');
    await expect(alert).toContainText(/ShareContents-[\w-]{8}\.js/);

    await page.unroute(/\/assets\/ShareContents-[\w-]{8}\.js$/);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
  });

  test('a page whose language cannot be fetched speaks English and says why', async ({ page }) => {
    await page.route(/\/assets\/nb-[\w-]{8}\.js$/, (route) => route.fulfill({ status: 503, body: '' }));
    await openExplorer(page, '?lang=nb');
    await expect(page.getByRole('alert')).toContainText(/the Norsk bokmål interface could not be loaded: .*nb-[\w-]{8}\.js/);
    await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
