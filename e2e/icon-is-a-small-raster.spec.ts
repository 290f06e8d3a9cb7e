import { expect, test } from './test';

/**
 * Chromium fetches and decodes a page's icon again each time the page changes its address, and the map
 * writes its address after every slider step. An SVG icon makes that a whole SVG document each time (0.25 to
 * 0.45 ms of a step's main-thread time at 1× CPU, in A/B runs interleaved by step: see the README); a 32-pixel
 * PNG is a small decode. The icon must also be of the site: the strict policy allows no other image source.
 * So both pages name one icon, a PNG from their own origin, and it is there.
 */
for (const path of ['/', '/embed.html']) {
  test(`${path}: the page's icon is a PNG of its own site, and it loads`, async ({ page, baseURL }) => {
    await page.goto(path);
    const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((link) => ({ href: (link as HTMLLinkElement).href, type: link.getAttribute('type') })));
    expect(icons, 'icon links').toHaveLength(1);
    const [icon] = icons;
    expect(icon?.type).toBe('image/png');
    const url = new URL(icon?.href ?? '');
    expect(url.origin, 'the icon comes from the site itself').toBe(new URL(baseURL ?? '').origin);
    const response = await page.request.get(url.href);
    expect(response.status(), `${url.pathname} loads`).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/png/);
    const png = await response.body();
    expect([...png.subarray(0, 8)], 'the PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Width and height, from the IHDR chunk: small enough to decode in microseconds, sharp in a tab at 2x.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
  });
}
