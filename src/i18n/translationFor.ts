import type { Claim, QuoteTranslationsFile, Translation } from '../model/types';
import type { Language } from '../model/vocabulary';

/**
 * The project's translation to show under a quote for a reader of `lang`: the one into the reader's language
 * where the project made it (from `loaded`, the translations.<lang>.json the app fetched for this reader),
 * else the English one on the claim; none when the quote is already in the reader's language (the original
 * says it better than any translation). Until the reader's file arrives, or if it never does, the English
 * translation stands in. A loaded file of another language is ignored, so a late answer for a language the
 * reader has left never shows.
 */
export function translationFor(
  claim: Pick<Claim, 'id' | 'language' | 'translation'>,
  lang: Language,
  loaded: QuoteTranslationsFile | null,
): Translation | null {
  if (claim.language === lang) return null;
  if (loaded?.language === lang) {
    const text = loaded.translations[claim.id];
    if (text !== undefined) return { language: lang, text, by: loaded.by };
  }
  return claim.translation;
}
