import type { Claim, Source, SourcesFile } from '../model';

/**
 * Each claim's article, looked up by id. The compile step guarantees every claim's source exists; a dataset
 * where one does not (a stale file beside a new one) fails with the claim named, not with a half-empty row.
 */
export function sourceLookup(sources: SourcesFile): (claim: Claim) => Source {
  const byId = new Map(sources.sources.map((source) => [source.id, source]));
  return function sourceOf(claim) {
    const source = byId.get(claim.sourceId);
    if (!source) throw new Error(`claim ${claim.id} cites source ${claim.sourceId}, which the dataset does not have`);
    return source;
  };
}
