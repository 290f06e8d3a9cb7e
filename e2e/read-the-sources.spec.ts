import { readFileSync } from 'node:fs';
import { expect, test } from './test';

const claims = JSON.parse(readFileSync('public/data/claims.json', 'utf8')) as { claims: { sourceId: string }[] };

test('a reader sees all five articles with their claims, quoted in their own languages', async ({ page, outsideRequests, consoleErrors }) => {
  void outsideRequests;
  void consoleErrors;
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByText(`${claims.claims.length} claims from 5 articles`)).toBeVisible();
  await expect(page.locator('article.source')).toHaveCount(5);

  const norwegian = page.locator('article.source', { hasText: 'Article 000' });
  await expect(norwegian).toContainText('Norwegian Bokmål');
  await norwegian.getByText('Claims from article 000').click();
  const quote = norwegian.locator('blockquote[lang="nb"]').first();
  await expect(quote).toBeVisible();
  await expect(norwegian.getByText('Translation (claimmap):').first()).toBeVisible();
  const count = claims.claims.filter((claim) => claim.sourceId === '000').length;
  await expect(norwegian.locator('li.claim')).toHaveCount(count);

  await expect(page.getByRole('contentinfo')).toContainText('geoBoundaries');
  await expect(page.getByRole('contentinfo')).toContainText('Natural Earth');
});

test('a broken dataset gives a message naming the file, not a blank page', async ({ page, outsideRequests }) => {
  void outsideRequests;
  await page.route('**/data/claims.json', (route) => route.fulfill({ status: 200, body: '{"format":"claimmap/cla' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('claims.json: is not valid JSON');
});
