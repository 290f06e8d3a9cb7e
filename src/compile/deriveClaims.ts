import { claimEntries } from './claimEntries';
import { deriveGeographyCheck } from './deriveGeographyCheck';
import { locateQuote } from './locateQuote';
import type { LoadedGeo } from './loadGeo';
import { parseSyriaTime } from '../time/parseSyriaTime';
import type { Claim, Place, Translation } from '../model/types';

/**
 * The published claims: times in UTC, the article's language and publication time carried on each claim,
 * translations marked as the project's, historic background flagged, and geography measured. Call only on a
 * tree that passed every check: the times parse and every reference resolves.
 */
export function deriveClaims(geo: LoadedGeo, places: Place[]): Claim[] {
  const spanStart = parseSyriaTime(geo.dataset.value.span.start, 'start') as string;
  const sources = new Map(geo.sources.map((source) => [source.value.id, { ...source.value, text: source.text }]));
  const placesById = new Map(places.map((place) => [place.id, place]));
  const fromFiles = translationsByClaim(geo);
  return claimEntries(geo.claimFiles)
    .map(({ claim, file }): Claim => {
      const source = sources.get(file.value.source);
      if (!source) throw new Error(`deriveClaims: unchecked source ${file.value.source}`);
      const eventEnd = parseSyriaTime(claim.when.end, 'end') as string;
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
        translations: [...(translation ? [translation] : []), ...(fromFiles.get(claim.id) ?? [])].sort((a, b) =>
          a.language.localeCompare(b.language),
        ),
        places: claim.places,
        kind: claim.kind,
        actor: claim.actor,
        holder: claim.holder ?? null,
        extent: claim.extent ?? null,
        attribution: { text: claim.attribution.text, origin: claim.attribution.origin, via: claim.attribution.via },
        eventStart: parseSyriaTime(claim.when.start, 'start') as string,
        eventEnd,
        eventBasis: claim.when.basis,
        publishedAt: parseSyriaTime(source.published, 'end') as string,
        certainty: claim.certainty,
        contradicts: [...claim.contradicts].sort(),
        historic: eventEnd < spanStart,
        note: claim.note ?? null,
        check: deriveGeographyCheck(claim.check, placesById),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** geo/translations/<language>.yaml, turned around: each claim's translations into the other languages. */
function translationsByClaim(geo: LoadedGeo): Map<string, Translation[]> {
  const byClaim = new Map<string, Translation[]>();
  for (const { value } of geo.translationFiles) {
    for (const [claimId, text] of Object.entries(value.translations)) {
      const list = byClaim.get(claimId) ?? [];
      list.push({ language: value.language, text, by: value.by });
      byClaim.set(claimId, list);
    }
  }
  return byClaim;
}
