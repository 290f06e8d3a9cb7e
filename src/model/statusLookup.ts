import type { ClaimIndex } from './indexClaims';
import { perKnownCount } from './perKnownCount';
import { pendingClaims, placeStatusAt, type PlaceStatus } from './placeStatusAt';
import type { TimeReading } from './vocabulary';

/**
 * placeStatusAt, remembered (perKnownCount): a place's status is worked out once per place, reading and
 * number of known claims and reused for every moment until the next claim. Only `pending`, which follows the
 * moment itself, is checked every time; while it too is unchanged the very same object comes back, so
 * whoever draws it can skip it.
 */
export function statusLookup(index: ClaimIndex): (placeId: string, moment: string, reading: TimeReading) => PlaceStatus {
  return perKnownCount<PlaceStatus>(index, function statusOf(placeId, moment, reading, byKnown, known) {
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
  });
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);
