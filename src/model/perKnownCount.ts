import { knownCount, type ClaimIndex } from './indexClaims';
import type { TimeReading } from './vocabulary';

/**
 * A lookup about a place at a moment that remembers its answers per place, reading and number of the place's
 * claims known at the moment (found by binary search in the index's sorted lists). `answer` gets the place's
 * answers so far, indexed by that number, and the number now: it reads what is there or works it out and
 * stores it. What a place shows can change only when one of its claims becomes known, so a slider step over
 * thousands of places costs a search each, not a recount.
 */
export function perKnownCount<T>(
  index: ClaimIndex,
  answer: (placeId: string, moment: string, reading: TimeReading, remembered: (T | undefined)[], known: number) => T,
): (placeId: string, moment: string, reading: TimeReading) => T {
  // By reading, then place, then number of known claims: no key string to build and hash on every call.
  const cache: Record<TimeReading, Map<string, (T | undefined)[]>> = { event: new Map(), report: new Map() };
  return function lookup(placeId, moment, reading) {
    const list = index.byPlace.get(placeId)?.[reading] ?? [];
    let remembered = cache[reading].get(placeId);
    if (!remembered) cache[reading].set(placeId, (remembered = []));
    return answer(placeId, moment, reading, remembered, knownCount(list, moment, reading));
  };
}
