import { claimEntries } from './claimEntries';
import { deriveGeographyCheck } from './deriveGeographyCheck';
import type { LoadedGeo } from './loadGeo';
import { CLAIM_DETAILS_FORMAT, type ClaimDetail, type ClaimDetailsFile, type Place } from '../model/types';
import { compareCodes } from '../model/compareCodes';

/**
 * What the panels show beside each claim and the map never reads (how its time is fixed, the editor's note,
 * the measured geography), by claim id in id order: published apart so the first view does not carry it.
 */
export function deriveClaimDetails(geo: LoadedGeo, places: Place[]): ClaimDetailsFile {
  const placesById = new Map(places.map((place) => [place.id, place]));
  const entries = claimEntries(geo.claimFiles)
    .map(({ claim }): [string, ClaimDetail] => [
      claim.id,
      { eventBasis: claim.when.basis, note: claim.note ?? null, check: deriveGeographyCheck(claim.check, placesById) },
    ])
    .sort(([a], [b]) => compareCodes(a, b));
  return { format: CLAIM_DETAILS_FORMAT, details: Object.fromEntries(entries) };
}
