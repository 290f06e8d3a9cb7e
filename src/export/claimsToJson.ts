import type { CompleteDataset } from '../data/createLaterFiles';
import type { Dataset, Origin, Via } from '../model';
import { joinDataset, type FullClaim, type FullSource } from './joinDataset';

export const CLAIMS_EXPORT_FORMAT = 'claimmap/claims-export@1';

/** What a newsroom can and cannot assume about the text in the export; the README's credits say the same. */
export const CLAIMS_EXPORT_LICENCE =
  "Quotes are the articles' own words, quoted for reporting; their copyright stays with their authors and " +
  'publishers. Translations by claimmap (marked translation.by = "claimmap").';

/** The download: the published claims and sources in one file that says what it is. */
export interface ClaimsExport {
  format: typeof CLAIMS_EXPORT_FORMAT;
  exportedFrom: 'claimmap';
  dataset: Dataset;
  licence: string;
  /** Whole: claims.json's core with each claim's details and translations joined back. */
  claims: FullClaim[];
  /** Each with its full `text`, so every quote can be read in context at its `quoteAt`. */
  sources: FullSource[];
  origins: Origin[];
  vias: Via[];
}

/**
 * The claims as one self-describing JSON document, pretty-printed with two spaces: the claims as published
 * (field names and values unchanged, the details and translations published apart joined back onto each),
 * with the articles (and their texts), origins and outlets they refer to. Unlike the CSV, no cell is altered.
 */
export function claimsToJson(dataset: CompleteDataset): string {
  const { claims, sources } = joinDataset(dataset);
  const document: ClaimsExport = {
    format: CLAIMS_EXPORT_FORMAT,
    exportedFrom: 'claimmap',
    dataset: dataset.claims.dataset,
    licence: CLAIMS_EXPORT_LICENCE,
    claims,
    sources,
    origins: dataset.sources.origins,
    vias: dataset.sources.vias,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
