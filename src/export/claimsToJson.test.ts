import { beforeAll, describe, expect, it } from 'vitest';
import type { CompleteDataset } from '../data/createLaterFiles';
import { CLAIMS_EXPORT_FORMAT, claimsToJson, type ClaimsExport } from './claimsToJson';
import { realDatasetFixture } from './realDatasetFixture';

describe('claimsToJson(the real dataset)', () => {
  let dataset: CompleteDataset;
  let text: string;
  let document: ClaimsExport;
  beforeAll(() => {
    dataset = realDatasetFixture();
    text = claimsToJson(dataset);
    document = JSON.parse(text);
  });

  it('is JSON, pretty-printed with two spaces, that says what it is and whose words it holds', () => {
    expect(text.startsWith('{\n  "format": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(document).toMatchObject({
      format: CLAIMS_EXPORT_FORMAT,
      exportedFrom: 'claimmap',
      dataset: { title: dataset.claims.dataset.title, span: dataset.claims.dataset.span },
    });
    expect(document.licence).toMatch(/^Quotes are the articles' own words/);
    expect(document.licence).toContain('Translations by claimmap');
  });

  it('has every claim as published in claims.json, in order, with its details joined back', () => {
    expect(document.claims).toHaveLength(dataset.claims.claims.length);
    document.claims.forEach((full, i) => {
      const { translations, eventBasis, note, check, ...core } = full;
      expect(core, full.id).toEqual(dataset.claims.claims[i]);
      expect({ eventBasis, note, check }, full.id).toEqual(dataset.claimDetails.details[full.id]);
      expect(translations.length, full.id).toBeGreaterThan(0);
    });
  });

  it('has every translation of each quote by the project, sorted by language, never into its own language', () => {
    for (const claim of document.claims) {
      const languages = claim.translations.map((translation) => translation.language);
      expect(languages, claim.id).toEqual(claim.language === 'en' ? ['id', 'nb'] : ['en']);
      if (claim.translation) expect(claim.translations).toContainEqual(claim.translation);
      for (const translation of claim.translations) {
        expect(translation.by).toBe('claimmap');
        if (translation.language !== 'en') expect(translation.text).toBe(dataset.quoteTranslations[translation.language].translations[claim.id]);
      }
    }
  });

  it("has the articles with their full text, origins and outlets, so each quote can be checked in its context", () => {
    expect(document.sources.map(({ text: _, ...source }) => source)).toEqual(dataset.sources.sources);
    expect(document.origins).toEqual(dataset.sources.origins);
    expect(document.vias).toEqual(dataset.sources.vias);
    const textOf = new Map(document.sources.map((source) => [source.id, source.text]));
    for (const claim of document.claims) {
      expect(textOf.get(claim.sourceId)?.slice(...claim.quoteAt), claim.id).toBe(claim.quote);
    }
  });

  it('fails naming the claim whose details the dataset lacks, rather than exporting it without them', () => {
    const first = dataset.claims.claims[0]?.id;
    const rest = Object.fromEntries(Object.entries(dataset.claimDetails.details).filter(([id]) => id !== first));
    expect(() => claimsToJson({ ...dataset, claimDetails: { ...dataset.claimDetails, details: rest } })).toThrow(
      `claim ${first} has no details in claim-details.json`,
    );
  });

  it('leaves the input as it was', () => {
    const before = JSON.stringify(dataset);
    claimsToJson(dataset);
    expect(JSON.stringify(dataset)).toBe(before);
  });
});
