import type { ClaimIndex } from './indexClaims';
import { knownAt } from './knownAt';
import type { TimeReading } from './vocabulary';

/** A remembered lookup of something about a place at a moment (statusLookup, eventsLookup). */
export type PlaceLookup = (placeId: string, moment: string, reading: TimeReading) => unknown;

/**
 * Asks each lookup about every place at every moment one of its claims becomes known under the reading, so
 * that each answer a slider step could need is already remembered: after this, the status or events of a
 * place at any moment is a binary search for its number of known claims and a read. One place at a time,
 * yielding the number of places done after each, so that the caller can spread the work over idle time and
 * stop when it likes.
 */
export function* warmUp(index: ClaimIndex, reading: TimeReading, lookups: readonly PlaceLookup[]): Generator<number, number> {
  let done = 0;
  for (const [placeId, lists] of index.byPlace) {
    let previous: string | null = null;
    // Sorted by when each becomes known: one question per distinct moment.
    for (const claim of lists[reading]) {
      const at = knownAt(claim, reading);
      if (at === previous) continue;
      previous = at;
      for (const lookup of lookups) lookup(placeId, at, reading);
    }
    done += 1;
    yield done;
  }
  return done;
}
