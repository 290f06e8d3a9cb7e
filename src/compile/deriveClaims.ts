import { claimEntries } from './claimEntries';
import { locateQuote } from './locateQuote';
import type { LoadedGeo } from './loadGeo';
import { cachedSyriaTime } from './cachedSyriaTime';
import type { Claim, Translation } from '../model/types';
import { compareCodes } from '../model/compareCodes';

/**
 * The published claims, as the map needs them: times in UTC, the article's language and publication time
 * carried on each claim, the English translation marked as the project's, historic background flagged. What
 * only the panels read is published apart (deriveClaimDetails, deriveQuoteTranslations). Call only on a
 * tree that passed every check: the times parse and every reference resolves.
 */
export function deriveClaims(geo: LoadedGeo): Claim[] {
  const spanStart = cachedSyriaTime(geo.dataset.value.span.start, 'start') as string;
  const sources = new Map(geo.sources.map((source) => [source.value.id, { ...source.value, text: source.text }]));
  return claimEntries(geo.claimFiles)
    .map(({ claim, file }): Claim => {
      const source = sources.get(file.value.source);
      if (!source) throw new Error(`deriveClaims: unchecked source ${file.value.source}`);
      const eventEnd = cachedSyriaTime(claim.when.end, 'end') as string;
      const at = locateQuote(source.text, claim.quote);
      if (!at) throw new Error(`deriveClaims: unchecked quote in ${claim.id}`);
      const translation: Translation | null = claim.translation
        ? { language: 'en', text: claim.translation, by: 'claimmap' }
        : null;
      return {
        id: claim.id,
        sourceId: source.id,
        // The article's own characters (line breaks included), not the editor's folded copy.
        quote: source.text.slice(at.start, at.end),
        quoteAt: [at.start, at.end],
        language: source.language,
        translation,
        places: claim.places,
        kind: claim.kind,
        actor: claim.actor,
        holder: claim.holder ?? null,
        extent: claim.extent ?? null,
        attribution: { text: claim.attribution.text, origin: claim.attribution.origin, via: claim.attribution.via },
        eventStart: cachedSyriaTime(claim.when.start, 'start') as string,
        eventEnd,
        publishedAt: cachedSyriaTime(source.published, 'end') as string,
        certainty: claim.certainty,
        contradicts: [...claim.contradicts].sort(),
        historic: eventEnd < spanStart,
      };
    })
    .sort((a, b) => compareCodes(a.id, b.id));
}

