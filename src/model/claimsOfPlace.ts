import { knownClaimsOf, type ClaimIndex } from './indexClaims';
import { knownAt } from './knownAt';
import type { Claim } from './types';
import type { TimeReading } from './vocabulary';
import { compareCodes } from './compareCodes';

/**
 * What a reader sees listed under a place: every claim about it known by the moment, newest first (by the
 * chosen reading's time, then by when the event began, then by id so the order never flickers).
 */
export function claimsOfPlace(index: ClaimIndex, placeId: string, moment: string, reading: TimeReading): Claim[] {
  return knownClaimsOf(index, placeId, moment, reading).sort(
    (a, b) =>
      compareCodes(knownAt(b, reading), knownAt(a, reading)) || compareCodes(b.eventStart, a.eventStart) || compareCodes(a.id, b.id),
  );
}
