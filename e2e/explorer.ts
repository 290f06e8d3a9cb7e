import type { Page } from '@playwright/test';
import { expect } from './test';

/** Opens the explorer at a query string and waits until the places are drawn. */
export async function openExplorer(page: Page, search = '') {
  await page.goto(`/${search}`);
  await expect(page.locator('path[data-place="aleppo-city"]')).toHaveCount(1);
}

/** The status line of the open place panel ("Opposition (HTS-led), most of it DISPUTED"). */
export const statusLine = (page: Page) => page.locator('.place-panel .status-line');
