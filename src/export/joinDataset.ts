import type { CompleteDataset } from '../data/createLaterFiles';
import type { Claim, ClaimDetail, Source, Translation } from '../model';
import { compareCodes } from '../model/compareCodes';

/** A claim with everything published about it: claims.json's core, its details and all its translations. */
export interface FullClaim extends Claim, ClaimDetail {
  /**
   * Every translation of the quote by the project, sorted by language: the English one (`translation`, for
   * nb and id quotes) and those from translations.<language>.json. Never into the quote's own language.
   */
  translations: Translation[];
}

/** An article with its full text, so every quote can be read in context at its `quoteAt`. */
export interface FullSource extends Source {
  text: string;
}

/**
 * The published files joined back into whole records, for the downloads: each claim with its details and
 * translations (fields in the order the claims were published in before the split), each article with its
 * text. The compile step publishes a detail for every claim and a text for every article; a dataset where
 * one is missing (a stale file beside a new one) fails naming it rather than giving a row with holes.
 */
export function joinDataset(dataset: CompleteDataset): { claims: FullClaim[]; sources: FullSource[] } {
  const { details } = dataset.claimDetails;
  const { texts } = dataset.sourceTexts;
  const translationFiles = Object.entries(dataset.quoteTranslations);
  const claims = dataset.claims.claims.map((claim): FullClaim => {
    const detail = details[claim.id];
    if (!detail) throw new Error(`claim ${claim.id} has no details in claim-details.json`);
    const translations: Translation[] = [
      ...(claim.translation ? [claim.translation] : []),
      ...translationFiles.flatMap(([language, file]) => {
        const text = file.translations[claim.id];
        return text === undefined ? [] : [{ language: language as Translation['language'], text, by: file.by }];
      }),
    ].sort((a, b) => compareCodes(a.language, b.language));
    return {
      id: claim.id,
      sourceId: claim.sourceId,
      quote: claim.quote,
      quoteAt: claim.quoteAt,
      language: claim.language,
      translation: claim.translation,
      translations,
      places: claim.places,
      kind: claim.kind,
      actor: claim.actor,
      holder: claim.holder,
      extent: claim.extent,
      attribution: claim.attribution,
      eventStart: claim.eventStart,
      eventEnd: claim.eventEnd,
      eventBasis: detail.eventBasis,
      publishedAt: claim.publishedAt,
      certainty: claim.certainty,
      contradicts: claim.contradicts,
      historic: claim.historic,
      note: detail.note,
      check: detail.check,
    };
  });
  const sources = dataset.sources.sources.map((source): FullSource => {
    const text = texts[source.id];
    if (text === undefined) throw new Error(`source ${source.id} has no text in source-texts.json`);
    return { ...source, text };
  });
  return { claims, sources };
}
