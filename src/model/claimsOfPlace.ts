import { knownClaimsOf, type ClaimIndex } from './indexClaims';
import { knownAt } from './knownAt';
import type { Claim } from './types';
import type { TimeReading } from './vocabulary';

/**
 * What a reader sees listed under a place: every claim about it known by the moment, newest first (by the
 * chosen reading's time, then by when the event began, then by id so the order never flickers).
 */
export function claimsOfPlace(index: ClaimIndex, placeId: string, moment: string, reading: TimeReading): Claim[] {
  return knownClaimsOf(index, placeId, moment, reading).sort(
    (a, b) =>
      knownAt(b, reading).localeCompare(knownAt(a, reading)) ||
      b.eventStart.localeCompare(a.eventStart) ||
      a.id.localeCompare(b.id),
  );
}
