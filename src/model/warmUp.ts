import type { ClaimIndex } from './indexClaims';
import { knownAt } from './knownAt';
import type { TimeReading } from './vocabulary';

/** A remembered lookup of something about a place at a moment (statusLookup, eventsLookup). */
export type PlaceLookup = (placeId: string, moment: string, reading: TimeReading) => unknown;

/**
 * Asks each lookup about each of its places (the ones it is asked about on a step; places with no claims
 * are skipped) at every moment one of the place's claims becomes known under the reading, so that each
 * answer a slider step could need is already remembered: after this, the status or events of a place at any
 * moment is a binary search for its number of known claims and a read. One place at a time, yielding the
 * number of places done after each, so that the caller can spread the work over idle time and stop when it
 * likes.
 */
export function* warmUp(
  index: ClaimIndex,
  reading: TimeReading,
  lookups: readonly (readonly [PlaceLookup, readonly string[]])[],
): Generator<number, number> {
  let done = 0;
  for (const [lookup, placeIds] of lookups) {
    for (const placeId of placeIds) {
      let previous: string | null = null;
      // Sorted by when each becomes known: one question per distinct moment.
      for (const claim of index.byPlace.get(placeId)?.[reading] ?? []) {
        const at = knownAt(claim, reading);
        if (at === previous) continue;
        previous = at;
        lookup(placeId, at, reading);
      }
      done += 1;
      yield done;
    }
  }
  return done;
}
