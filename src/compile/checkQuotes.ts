import type { GeoError } from './GeoError';
import { claimEntries, errorAtClaim } from './claimEntries';
import type { LoadedGeo } from './loadGeo';
import { locateQuote } from './locateQuote';

/**
 * Every quote is found in its article, exactly but for whitespace, and every quote from a non-English
 * article carries the project's English translation (and an English one carries none: there is nothing to
 * translate, and a paraphrase beside the original would read as a second source).
 */
export function checkQuotes(geo: LoadedGeo): GeoError[] {
  const errors: GeoError[] = [];
  const articles = new Map(geo.sources.map((source) => [source.value.id, source]));
  for (const entry of claimEntries(geo.claimFiles)) {
    const source = articles.get(entry.file.value.source);
    if (!source) continue; // reported by checkReferences
    const { quote, translation } = entry.claim;
    if (!locateQuote(source.text, quote)) {
      errors.push(errorAtClaim(entry, ['quote'], `is not found in geo/sources/${source.value.file} (only whitespace may differ)`));
    }
    const language = source.value.language;
    if (language !== 'en' && !translation) {
      errors.push(errorAtClaim(entry, ['translation'], `is missing: the article is in "${language}", so the quote needs an English translation`));
    }
    if (language === 'en' && translation) {
      errors.push(errorAtClaim(entry, ['translation'], 'is not wanted: the article is in English'));
    }
  }
  return errors;
}
