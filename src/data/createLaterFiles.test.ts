import { describe, expect, it } from 'vitest';
import { createLaterFiles } from './createLaterFiles';
import type { LoadedDataset } from './loadDataset';

const files: Record<string, unknown> = {
  'claim-details.json': { format: 'claimmap/claim-details@1', details: { c1: { eventBasis: 'on Friday', note: null, check: null } } },
  'translations.nb.json': { format: 'claimmap/quote-translations@1', language: 'nb', by: 'claimmap', translations: { c1: 'Byen falt.' } },
  'translations.id.json': { format: 'claimmap/quote-translations@1', language: 'id', by: 'claimmap', translations: {} },
  'source-texts.json': { format: 'claimmap/source-texts@1', texts: { '900': 'The city fell.' } },
};

/** A server of the files above that records what was asked of it; `broken` names answer as `broken` says. */
function fakeServer(broken: Record<string, string | number> = {}) {
  const asked: string[] = [];
  const fetchFn = (async (url: string) => {
    const name = String(url).replace('data/', '');
    asked.push(name);
    const override = broken[name];
    if (typeof override === 'number') return new Response('', { status: override });
    return new Response(override ?? JSON.stringify(files[name]));
  }) as typeof fetch;
  return { asked, fetchFn };
}

const loaded = { claims: { claims: [] }, places: { features: [] }, sources: { sources: [] } } as unknown as LoadedDataset;

describe('createLaterFiles(baseUrl, fetch)', () => {
  it('fetches nothing until asked, then each file once however many ask', async () => {
    const server = fakeServer();
    const later = createLaterFiles('data/', server.fetchFn);
    expect(server.asked).toEqual([]);
    const [a, b] = await Promise.all([later.claimDetails(), later.claimDetails()]);
    expect(a).toBe(b);
    expect(a.details.c1?.eventBasis).toBe('on Friday');
    expect((await later.quoteTranslations('nb')).translations).toEqual({ c1: 'Byen falt.' });
    await later.claimDetails();
    expect(server.asked).toEqual(['claim-details.json', 'translations.nb.json']);
  });

  it('completes the first files with every later one, by language, reusing what was fetched already', async () => {
    const server = fakeServer();
    const later = createLaterFiles('data/', server.fetchFn);
    await later.claimDetails();
    const complete = await later.complete(loaded);
    expect(complete.claims).toBe(loaded.claims);
    expect(complete.sourceTexts.texts).toEqual({ '900': 'The city fell.' });
    expect(Object.keys(complete.quoteTranslations)).toEqual(['nb', 'id']);
    expect(complete.quoteTranslations.nb.translations.c1).toBe('Byen falt.');
    expect(server.asked.sort()).toEqual(['claim-details.json', 'source-texts.json', 'translations.id.json', 'translations.nb.json']);
  });

  it('names the file that failed or is not what it should be, and tries again when asked again', async () => {
    const server = fakeServer({ 'claim-details.json': 503, 'source-texts.json': '{"format":"claimmap/source-texts@1","texts":[]}' });
    const later = createLaterFiles('data/', server.fetchFn);
    await expect(later.claimDetails()).rejects.toThrow('claim-details.json: could not be loaded (HTTP 503)');
    await expect(later.claimDetails()).rejects.toThrow('claim-details.json');
    expect(server.asked).toEqual(['claim-details.json', 'claim-details.json']);
    await expect(later.sourceTexts()).rejects.toThrow('source-texts.json: has no "texts" map');
    await expect(later.complete(loaded)).rejects.toThrow('could not be loaded');
  });

  it('refuses a language no translations are published into, fetching nothing', async () => {
    const server = fakeServer();
    const later = createLaterFiles('data/', server.fetchFn);
    await expect(later.quoteTranslations('en' as 'nb')).rejects.toThrow('no translations are published into "en"');
    expect(server.asked).toEqual([]);
  });
});
