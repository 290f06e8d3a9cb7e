import { openExplorer, statusLine } from './explorer';
import { expect, test } from './test';

/**
 * The interface in English, Norwegian Bokmål and Indonesian: from `lang` in the link, from the browser's
 * language when the link has none, and from the picker, which writes its choice into the link. The quotes
 * stay in their articles' languages whatever the interface speaks.
 */
test('with ?lang=nb the legend, slider, status line and Share dialog are Norwegian', async ({ page }) => {
  await openExplorer(page, '?lang=nb&date=2024-11-30&place=aleppo-city');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('list', { name: 'Tegnforklaring' })).toContainText('Opposisjonen (HTS-ledet)');
  await expect(page.getByRole('slider', { name: 'Dato' })).toBeVisible();
  await expect(page.locator('.moment')).toContainText('Dette hadde skjedd innen slutten av lørdag 30. november 2024 (Syria, UTC+3)');
  await expect(statusLine(page)).toContainText('Opposisjonen (HTS-ledet), det meste');
  await expect(statusLine(page)).toContainText('bestridt');
  await expect(page.locator('.place-panel')).toContainText('Påstander så langt');
  await expect(page.locator('.place-panel').getByText('Oversettelse (claimmap):').first()).toBeAttached();
  // The articles' own words are not translated by the interface.
  await expect(page.locator('.place-panel blockquote[lang="en"]').first()).toBeAttached();

  await page.getByRole('button', { name: 'Del, bygg inn, last ned' }).click();
  const dialog = page.getByRole('dialog', { name: 'Del og bygg inn' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Kopier lenken' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Innbyggingskode (iframe)' })).toHaveValue(/ title="Kart: [^"]+" /);
  await expect(dialog.getByRole('button', { name: 'Påstander som CSV' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Share, embed, download');
});

test.describe('a browser set to Indonesian', () => {
  test.use({ locale: 'id-ID' });

  test('with no lang in the link, the interface is Indonesian and the link stays without one', async ({ page }) => {
    await openExplorer(page, '?date=2024-11-30&place=aleppo-city');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByRole('list', { name: 'Keterangan' })).toContainText('Oposisi (dipimpin HTS)');
    await expect(page.getByRole('slider', { name: 'Tanggal' })).toBeVisible();
    await expect(page.locator('.moment')).toContainText('Yang telah terjadi hingga akhir Sabtu, 30 November 2024 (Suriah, UTC+3)');
    await expect(statusLine(page)).toContainText('Oposisi (dipimpin HTS), sebagian besar');
    await expect(page.getByRole('combobox', { name: 'Bahasa' })).toHaveValue('id');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  });
});

test('the picker switches the language and writes lang to the link; Back steps back to the browser’s own', async ({ page }) => {
  await openExplorer(page, '?place=aleppo-citadel');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const picker = page.getByRole('combobox', { name: 'Language' });
  await expect(picker).toHaveValue('en');
  await expect(picker.locator('option')).toHaveText(['English', 'Norsk bokmål', 'Bahasa Indonesia']);

  await picker.selectOption('nb');
  await expect(page).toHaveURL(/[?&]lang=nb(&|$)/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('combobox', { name: 'Språk' })).toHaveValue('nb');
  await expect(page.getByRole('list', { name: 'Tegnforklaring' })).toContainText('Regjeringen');
  // Places by their Norwegian names, in the panel and the list; the page around the explorer follows too.
  await expect(page.locator('#place-heading')).toContainText('Citadellet i Aleppo');
  await expect(page.getByRole('searchbox', { name: 'Steder' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kreditering av data' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Språk' })).toHaveValue('nb');

  await page.getByRole('combobox', { name: 'Språk' }).selectOption('id');
  await expect(page).toHaveURL(/[?&]lang=id(&|$)/);
  await expect(page.locator('#place-heading')).toContainText('Benteng Aleppo');
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Språk' })).toHaveValue('nb');
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Data credits' })).toBeVisible();
});

test('the embed with lang=id speaks Indonesian', async ({ page }) => {
  await page.goto('/embed.html?lang=id&date=2024-11-30&slider=1');
  await expect(page.locator('path[data-place="aleppo-city"]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('list', { name: 'Keterangan' })).toContainText('Oposisi (dipimpin HTS)');
  await expect(page.getByRole('list', { name: 'Keterangan' })).toContainText('arsir: dipersoalkan');
  await expect(page.getByRole('slider', { name: 'Tanggal' })).toBeVisible();
  await expect(page.locator('.embed-hint')).toHaveText('Pilih sebuah tempat di peta untuk membaca siapa mengatakan apa tentang tempat itu.');
  await expect(page.getByRole('contentinfo')).toContainText('5 artikel berita');
  await expect(page.getByRole('link', { name: /Buka peta lengkap/ })).toHaveAttribute('href', /lang=id/);
  await expect(page.getByRole('button', { name: 'Perbesar' })).toBeVisible();

  await page.locator('path[data-place="aleppo-city"]').dispatchEvent('click');
  await expect(page.locator('.place-panel .status-line')).toContainText('Oposisi (dipimpin HTS)');
  await expect(page.locator('.place-panel')).toContainText('Klaim sejauh ini');
});
