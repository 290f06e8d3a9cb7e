import {
  BASEMAP_FORMAT,
  CLAIM_DETAILS_FORMAT,
  PLACES_DETAIL_FORMAT,
  QUOTE_TRANSLATION_LANGUAGES,
  QUOTE_TRANSLATIONS_FORMAT,
  quoteTranslationsFileName,
  SOURCE_TEXTS_FORMAT,
  type BasemapFile,
  type ClaimDetailsFile,
  type PlacesDetailFile,
  type QuoteTranslationLanguage,
  type QuoteTranslationsFile,
  type SourceTextsFile,
} from '../model/types';
import { askOnce } from '../load/askOnce';
import { fetchDataFile } from './fetchDataFile';
import type { LoadedDataset } from './loadDataset';

/** The first files with every later one: all the downloads need. */
export interface CompleteDataset extends LoadedDataset {
  claimDetails: ClaimDetailsFile;
  quoteTranslations: Record<QuoteTranslationLanguage, QuoteTranslationsFile>;
  sourceTexts: SourceTextsFile;
}

/** The published files fetched only when a reader asks for what they hold; each is fetched once. */
export interface LaterFiles {
  /** claim-details.json: for the place panel and the sources view. */
  claimDetails(): Promise<ClaimDetailsFile>;
  /** translations.<language>.json: for a reader of that language. */
  quoteTranslations(language: QuoteTranslationLanguage): Promise<QuoteTranslationsFile>;
  /** source-texts.json: for the downloads. */
  sourceTexts(): Promise<SourceTextsFile>;
  /** basemap.geojson: the background, asked for once the first view's data are in (useDataset). */
  basemap(): Promise<BasemapFile>;
  /** places-detail.geojson: the large areas' full outlines, once a reader zooms in. */
  placesDetail(): Promise<PlacesDetailFile>;
  /** Every later file joined to the first ones, for the downloads. */
  complete(loaded: LoadedDataset): Promise<CompleteDataset>;
}

/**
 * The later files of the dataset at `baseUrl`. Each is fetched the first time it is asked for, and every
 * later asker shares that answer (the panel and the downloads want the same details); a failed fetch is
 * forgotten, so asking again tries again. A language a file is not in is refused up front.
 */
export function createLaterFiles(baseUrl: string, fetchFn: typeof fetch = fetch): LaterFiles {
  const claimDetails = askOnce(() =>
    fetchDataFile<ClaimDetailsFile>(fetchFn, baseUrl, 'claim-details.json', { format: CLAIM_DETAILS_FORMAT, field: 'details', holds: 'map' }),
  );
  const translationsInto = new Map(
    QUOTE_TRANSLATION_LANGUAGES.map((language) => {
      const file = quoteTranslationsFileName(language);
      return [
        language,
        askOnce(() => fetchDataFile<QuoteTranslationsFile>(fetchFn, baseUrl, file, { format: QUOTE_TRANSLATIONS_FORMAT, field: 'translations', holds: 'map' })),
      ];
    }),
  );
  const quoteTranslations = (language: QuoteTranslationLanguage) => {
    const ask = translationsInto.get(language);
    return ask ? ask() : Promise.reject(new Error(`no translations are published into ${JSON.stringify(language)}`));
  };
  const sourceTexts = askOnce(() =>
    fetchDataFile<SourceTextsFile>(fetchFn, baseUrl, 'source-texts.json', { format: SOURCE_TEXTS_FORMAT, field: 'texts', holds: 'map' }),
  );
  const basemap = askOnce(() =>
    fetchDataFile<BasemapFile>(fetchFn, baseUrl, 'basemap.geojson', { format: BASEMAP_FORMAT, field: 'features', holds: 'list' }),
  );
  const placesDetail = askOnce(() =>
    fetchDataFile<PlacesDetailFile>(fetchFn, baseUrl, 'places-detail.geojson', { format: PLACES_DETAIL_FORMAT, field: 'features', holds: 'list' }),
  );

  async function complete(loaded: LoadedDataset): Promise<CompleteDataset> {
    const [details, texts, ...translations] = await Promise.all([
      claimDetails(),
      sourceTexts(),
      ...QUOTE_TRANSLATION_LANGUAGES.map(quoteTranslations),
    ]);
    // By the language asked for, not the one a file says it holds: a misplaced file is then ignored by
    // translationFor rather than filed under a language it was not fetched for.
    const byLanguage = Object.fromEntries(QUOTE_TRANSLATION_LANGUAGES.map((language, i) => [language, translations[i]]));
    return { ...loaded, claimDetails: details, quoteTranslations: byLanguage as CompleteDataset['quoteTranslations'], sourceTexts: texts };
  }

  return { claimDetails, quoteTranslations, sourceTexts, basemap, placesDetail, complete };
}
