import { knownCount, type ClaimIndex } from './indexClaims';
import { pendingClaims, placeStatusAt, type PlaceStatus } from './placeStatusAt';
import type { TimeReading } from './vocabulary';

/**
 * placeStatusAt, remembered. A place's status changes only when one of its claims becomes known, so it is
 * worked out once per place, reading and number of known claims (found by binary search in the index's
 * sorted lists) and reused for every moment until the next claim: a slider step over thousands of places
 * costs a search each, not a recount. Only `pending`, which follows the moment itself, is checked every
 * time; while it too is unchanged the very same object comes back, so whoever draws it can skip it.
 */
export function statusLookup(index: ClaimIndex): (placeId: string, moment: string, reading: TimeReading) => PlaceStatus {
  // By reading, then place, then number of known claims: no key string to build and hash on every call.
  const cache: Record<TimeReading, Map<string, PlaceStatus[]>> = { event: new Map(), report: new Map() };
  return function statusOf(placeId, moment, reading) {
    const list = index.byPlace.get(placeId)?.[reading] ?? [];
    const known = knownCount(list, moment, reading);
    let byKnown = cache[reading].get(placeId);
    if (!byKnown) cache[reading].set(placeId, (byKnown = []));
    const cached = byKnown[known];
    if (!cached) {
      const status = placeStatusAt(index, placeId, moment, reading);
      byKnown[known] = status;
      return status;
    }
    const pending = pendingClaims(index, placeId, moment);
    if (sameIds(pending, cached.pending)) return cached;
    const status = { ...cached, pending };
    byKnown[known] = status;
    return status;
  };
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);
