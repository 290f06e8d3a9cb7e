import type { Browser } from '@playwright/test';

/**
 * Draws the embed at `url` in Chromium and returns it as a PNG: the map with its legend, the moment, the
 * chosen place's status and first claims, and the credit. Print media hides what only a hand can use
 * (zoom buttons, "show all"), as it does when a reader prints the embed.
 */
export async function renderSnapshot(browser: Browser, url: string, { width, scale }: { width: number; scale: number }): Promise<Buffer> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: scale, locale: 'en-GB', timezoneId: 'UTC' });
  try {
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(message.text());
    });
    await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    await page.goto(url);
    const alert = page.getByRole('alert');
    await Promise.race([
      page.locator('.leaflet-overlay-pane path.place').first().waitFor({ timeout: 30_000 }),
      alert.waitFor({ timeout: 30_000 }).then(async () => {
        throw new Error(`the embed could not load its data: ${await alert.textContent()}`);
      }),
    ]);
    // The basemap comes after the places; its labels mean it has been drawn.
    await page.locator('.basemap-label').first().waitFor({ state: 'attached', timeout: 30_000 });
    // Two frames and a task: the names take their sides and the event markers are placed in a task just
    // after the places' first frame, and the basemap's names give way a frame after that.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
    if (failures.length > 0) throw new Error(`the embed reported errors: ${failures.join('; ')}`);
    return await page.locator('.embed').screenshot({ type: 'png', animations: 'disabled' });
  } finally {
    await context.close();
  }
}
