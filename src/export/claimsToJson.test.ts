import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../data/loadDataset';
import { CLAIMS_EXPORT_FORMAT, claimsToJson, type ClaimsExport } from './claimsToJson';
import { realDatasetFixture } from './realDatasetFixture';

describe('claimsToJson(the real dataset)', () => {
  let dataset: LoadedDataset;
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

  it('has every claim, exactly as published', () => {
    expect(document.claims).toHaveLength(dataset.claims.claims.length);
    expect(document.claims).toEqual(dataset.claims.claims);
  });

  it("has the articles' full text, origins and outlets, so each quote can be checked in its context", () => {
    expect(document.sources).toEqual(dataset.sources.sources);
    expect(document.origins).toEqual(dataset.sources.origins);
    expect(document.vias).toEqual(dataset.sources.vias);
    const textOf = new Map(document.sources.map((source) => [source.id, source.text]));
    for (const claim of document.claims) {
      expect(textOf.get(claim.sourceId)?.slice(...claim.quoteAt), claim.id).toBe(claim.quote);
    }
  });

  it('leaves the input as it was', () => {
    const before = JSON.stringify(dataset);
    claimsToJson(dataset);
    expect(JSON.stringify(dataset)).toBe(before);
  });
});
