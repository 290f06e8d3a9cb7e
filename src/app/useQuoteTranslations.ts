import { useEffect, useState } from 'react';
import type { LaterFiles } from '../data/createLaterFiles';
import { QUOTE_TRANSLATION_LANGUAGES, type QuoteTranslationLanguage, type QuoteTranslationsFile } from '../model/types';
import type { Language } from '../model/vocabulary';
import { laterFiles } from './laterFiles';

const isTranslatedInto = (lang: Language): lang is QuoteTranslationLanguage => (QUOTE_TRANSLATION_LANGUAGES as readonly Language[]).includes(lang);

/**
 * The project's translations of the quotes into the interface language (translations.<lang>.json), fetched
 * only for a reader of nb or id, once per language; null for English readers (their translation is on each
 * claim), until the file arrives, and if it never does: the quotes then show the English translation.
 */
export function useQuoteTranslations(lang: Language, files: LaterFiles = laterFiles): QuoteTranslationsFile | null {
  const [loaded, setLoaded] = useState<{ lang: Language; file: QuoteTranslationsFile } | null>(null);
  const wanted = isTranslatedInto(lang) && loaded?.lang !== lang ? lang : null;
  useEffect(
    function fetchTranslations() {
      if (!wanted) return;
      let live = true;
      files.quoteTranslations(wanted).then(
        (file) => live && setLoaded({ lang: wanted, file }),
        // Nothing to say: the English translations stand in, as they do while the file is on its way.
        () => undefined,
      );
      return function ignoreLateAnswer() {
        live = false;
      };
    },
    [wanted, files],
  );
  return loaded?.lang === lang ? loaded.file : null;
}
