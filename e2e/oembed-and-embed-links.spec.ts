import { expect, test } from './test';

test('every page carries an oEmbed discovery link to the static oEmbed response published with the build', async ({ page, request }) => {
  for (const path of ['/', '/embed.html']) {
    await page.goto(path);
    const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
    await expect(link).toHaveCount(1);
    const href = new URL((await link.getAttribute('href')) ?? '', page.url()).href;
    const response = await request.get(href);
    expect(response.ok()).toBe(true);
    const oembed = (await response.json()) as Record<string, unknown>;
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'claimmap' });
    expect(oembed.html).toContain('embed.html');
    expect(oembed.html).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
  }
});

test('embed=1 on the full map opens the embed at the same view', async ({ page }) => {
  await page.goto('/?embed=1&place=idlib-city&slider=1');
  await expect(page).toHaveURL(/\/embed\.html\?place=idlib-city&slider=1$/);
  await expect(page.locator('.place-panel h2')).toContainText('Idlib');
  // The full map opens at the box the embed shows, whatever the size of either screen.
  await expect(page.getByRole('link', { name: /Open the full map/ })).toHaveAttribute('href', /\/\?place=idlib-city&bounds=[-\d.,]+$/);
});
