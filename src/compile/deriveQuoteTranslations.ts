import type { LoadedGeo } from './loadGeo';
import {
  QUOTE_TRANSLATION_LANGUAGES,
  QUOTE_TRANSLATIONS_FORMAT,
  type QuoteTranslationLanguage,
  type QuoteTranslationsFile,
} from '../model/types';
import { compareCodes } from '../model/compareCodes';

/**
 * geo/translations/<language>.yaml as published: one file for every language the project translates into,
 * keys in claim-id order. A language without a file in geo/ still gets one, empty, so the app can fetch it
 * for its readers without knowing what geo/ held. Call only on a tree that passed checkTranslations.
 */
export function deriveQuoteTranslations(geo: LoadedGeo): Record<QuoteTranslationLanguage, QuoteTranslationsFile> {
  const into = (language: QuoteTranslationLanguage): QuoteTranslationsFile => {
    const entries = geo.translationFiles
      .filter(({ value }) => value.language === language)
      .flatMap(({ value }) => Object.entries(value.translations))
      .sort(([a], [b]) => compareCodes(a, b));
    return { format: QUOTE_TRANSLATIONS_FORMAT, language, by: 'claimmap', translations: Object.fromEntries(entries) };
  };
  return Object.fromEntries(QUOTE_TRANSLATION_LANGUAGES.map((language) => [language, into(language)])) as Record<
    QuoteTranslationLanguage,
    QuoteTranslationsFile
  >;
}
