import { beforeAll, describe, expect, it } from 'vitest';
import type { CompleteDataset } from '../data/createLaterFiles';
import { claimFixture } from '../model/claimFixture';
import { CLAIM_DETAILS_FORMAT, QUOTE_TRANSLATIONS_FORMAT, SOURCE_TEXTS_FORMAT, type Claim, type Source } from '../model';
import { CLAIMS_CSV_COLUMNS, claimsToCsv } from './claimsToCsv';
import { CSV_BOM } from './formatCsv';
import { parseCsv } from './parseCsv';
import { realDatasetFixture } from './realDatasetFixture';

const source: Source = {
  id: '900',
  file: '900_test.txt',
  language: 'en',
  headline: 'Rebels, "in" Aleppo',
  publishedAt: '2024-11-30T20:59:59.000Z',
  publishedDate: '2024-11-30',
  publishedAtBasis: 'test',
  publisher: null,
  title: 'Rebels, "in" Aleppo',
};

/** A complete dataset of `claims`, each with the time basis "test" and the note `notes` gives it (else none). */
const datasetOf = (claims: Claim[], notes: Record<string, string> = {}): CompleteDataset => ({
  claims: { format: 'claimmap/claims@1', dataset: { title: 't', span: { start: 'a', end: 'b' } }, claims },
  places: { type: 'FeatureCollection', format: 'claimmap/places@1', features: [], distances: [] },
  sources: { format: 'claimmap/sources@1', sources: [source], origins: [], vias: [] },
  claimDetails: {
    format: CLAIM_DETAILS_FORMAT,
    details: Object.fromEntries(claims.map((claim) => [claim.id, { eventBasis: 'test', note: notes[claim.id] ?? null, check: null }])),
  },
  quoteTranslations: {
    nb: { format: QUOTE_TRANSLATIONS_FORMAT, language: 'nb', by: 'claimmap', translations: {} },
    id: { format: QUOTE_TRANSLATIONS_FORMAT, language: 'id', by: 'claimmap', translations: {} },
  },
  sourceTexts: { format: SOURCE_TEXTS_FORMAT, texts: { '900': 'test quote' } },
});

/** The CSV as records of named cells, checked to start with the BOM and the header. */
function rowsOf(csv: string): Record<string, string>[] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(CSV_BOM.length));
  expect(header).toEqual(CLAIMS_CSV_COLUMNS);
  return rows.map((row) => Object.fromEntries(CLAIMS_CSV_COLUMNS.map((name, i) => [name, row[i] ?? ''])));
}

describe('claimsToCsv(dataset)', () => {
  it('writes one row per claim under a snake_case header, with its article beside it and null as empty', () => {
    const claim = claimFixture({
      id: 'c1',
      places: ['aleppo-city', 'aleppo-airport'],
      attribution: { text: 'SOHR, via AFP and Reuters', origin: 'sohr', via: ['afp', 'reuters'] },
      contradicts: ['c2', 'c3'],
    });
    expect(CLAIMS_CSV_COLUMNS).toEqual([
      'claim_id', 'source_id', 'source_file', 'source_headline', 'source_published_date', 'source_publisher',
      'language', 'quote', 'translation_en', 'translated_by', 'places', 'kind', 'actor', 'holder', 'extent',
      'attributed_to', 'origin', 'via', 'event_start', 'event_end', 'event_basis', 'published_at', 'certainty',
      'contradicts', 'historic', 'note',
    ]);
    expect(rowsOf(claimsToCsv(datasetOf([claim])))).toEqual([
      {
        claim_id: 'c1',
        source_id: '900',
        source_file: '900_test.txt',
        source_headline: 'Rebels, "in" Aleppo',
        source_published_date: '2024-11-30',
        source_publisher: '',
        language: 'en',
        quote: 'test quote',
        translation_en: '',
        translated_by: '',
        places: 'aleppo-city;aleppo-airport',
        kind: 'control',
        actor: 'opposition',
        holder: 'opposition',
        extent: 'most',
        attributed_to: 'SOHR, via AFP and Reuters',
        origin: 'sohr',
        via: 'afp;reuters',
        event_start: '2024-11-29T00:00:00.000Z',
        event_end: '2024-11-29T12:00:00.000Z',
        event_basis: 'test',
        published_at: '2024-11-30T20:59:59.000Z',
        certainty: 'reported',
        contradicts: 'c2;c3',
        historic: 'false',
        note: '',
      },
    ]);
  });

  it("gives the project's English translation and who made it, beside the quote in the article's language", () => {
    const claim = claimFixture({
      id: 'nb',
      language: 'nb',
      quote: 'Opprørerne har tatt kontroll over «store deler» av byen',
      translation: { language: 'en', text: 'The rebels have taken control of "large parts" of the city', by: 'claimmap' },
      holder: null,
      extent: null,
      historic: true,
    });
    const [row] = rowsOf(claimsToCsv(datasetOf([claim])));
    expect(row).toMatchObject({
      quote: 'Opprørerne har tatt kontroll over «store deler» av byen',
      translation_en: 'The rebels have taken control of "large parts" of the city',
      translated_by: 'claimmap',
      holder: '',
      extent: '',
      historic: 'true',
    });
  });

  it('keeps a quote with line breaks, double quotes and commas byte for byte', () => {
    const quote = 'He said: "we are in Aleppo,\r\nand we stay",\nthen left.';
    const [row] = rowsOf(claimsToCsv(datasetOf([claimFixture({ id: 'awkward', quote })])));
    expect(row?.quote).toBe(quote);
  });

  it('neutralises a quote that starts like a formula with one leading apostrophe, and changes nothing else', () => {
    const quotes = ['=HYPERLINK("http://example.com","x")', '+1', '-2', '@x', '\tfoo'];
    const claims = quotes.map((quote, i) => claimFixture({ id: `f${i}`, quote }));
    const rows = rowsOf(claimsToCsv(datasetOf(claims, Object.fromEntries(quotes.map((quote, i) => [`f${i}`, quote])))));
    expect(rows.map((row) => row.quote)).toEqual(quotes.map((quote) => `'${quote}`));
    expect(rows.map((row) => row.note)).toEqual(quotes.map((quote) => `'${quote}`));
  });

  it('fails naming the claim whose article the dataset lacks', () => {
    expect(() => claimsToCsv(datasetOf([claimFixture({ id: 'orphan', sourceId: '901' })]))).toThrow(
      'claim orphan cites source 901, which the dataset does not have',
    );
  });
});

describe('claimsToCsv(the real dataset)', () => {
  let dataset: CompleteDataset;
  beforeAll(() => {
    dataset = realDatasetFixture();
  });

  it('has one row per claim, in order, each quote byte for byte as published', () => {
    const rows = rowsOf(claimsToCsv(dataset));
    expect(rows).toHaveLength(dataset.claims.claims.length);
    rows.forEach((row, i) => {
      const claim = dataset.claims.claims[i];
      expect(row.claim_id).toBe(claim?.id);
      expect(row.quote, row.claim_id).toBe(claim?.quote);
      expect(row.translation_en, row.claim_id).toBe(claim?.translation?.text ?? '');
      expect(row.event_basis, row.claim_id).toBe(dataset.claimDetails.details[row.claim_id ?? '']?.eventBasis);
    });
  });

  it('keeps the Norwegian and Indonesian characters (æ ø å « » “ ”) intact once saved as UTF-8, BOM first', () => {
    const nonEnglish = dataset.claims.claims.filter((claim) => claim.language !== 'en');
    const letters = new Set(nonEnglish.flatMap((claim) => [...claim.quote].filter((ch) => ch > '\u007f')));
    expect([...letters]).toEqual(expect.arrayContaining(['æ', 'ø', 'å', '«', '»', '“', '”']));

    // What a Blob of the text holds, and what a spreadsheet reading it as UTF-8 sees.
    const bytes = new TextEncoder().encode(claimsToCsv(dataset));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = rowsOf(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    for (const claim of nonEnglish) expect(rows.find((row) => row.claim_id === claim.id)?.quote, claim.id).toBe(claim.quote);
  });

  it('leaves the input as it was', () => {
    const before = JSON.stringify(dataset);
    claimsToCsv(dataset);
    expect(JSON.stringify(dataset)).toBe(before);
  });
});
