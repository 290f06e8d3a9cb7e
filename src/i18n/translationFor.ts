import type { Claim, Translation } from '../model/types';
import type { Language } from '../model/vocabulary';

/**
 * The project's translation to show under a quote for a reader of `lang`: the one into the reader's language
 * where the project made it, else the English one; none when the quote is already in the reader's language
 * (the original says it better than any translation).
 */
export function translationFor(claim: Pick<Claim, 'language' | 'translation' | 'translations'>, lang: Language): Translation | null {
  if (claim.language === lang) return null;
  return claim.translations.find((translation) => translation.language === lang) ?? claim.translation;
}
