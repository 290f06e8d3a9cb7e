import { changeTimes, placesChangedBetween, type Change } from './changeTimes';
import type { ClaimIndex } from './indexClaims';
import type { Claim } from './types';
import type { TimeReading } from './vocabulary';
import { PlaceValues } from './PlaceValues';

/**
 * Something worked out for every place at a moment (its status, its events), kept up to date as the moment
 * moves instead of worked out afresh: going from one moment to another recomputes only the places with a
 * change time in between (see changeTimes) and hands back every other place's value as the very same
 * object, so whoever draws the map can skip it. The answer is a new map each time (a PlaceValues), never
 * one changed in place, so React sees a new moment as a new value.
 *
 * `compute` must depend on nothing but the place, the moment and the reading, and be constant between a
 * place's change times (of the claims that `matters`, by default all); each reading remembers its own last
 * answer.
 */
export function byPlaceOverTime<T>(
  index: ClaimIndex,
  placeIds: readonly string[],
  compute: (placeId: string, moment: string, reading: TimeReading) => T,
  matters?: (claim: Claim) => boolean,
): (moment: string, reading: TimeReading) => ReadonlyMap<string, T> {
  const changes = new Map<TimeReading, Change[]>();
  const last = new Map<TimeReading, { moment: string; values: PlaceValues<T> }>();
  return function valuesAt(moment, reading) {
    const previous = last.get(reading);
    if (previous?.moment === moment) return previous.values;
    let values: PlaceValues<T>;
    if (!previous) {
      values = PlaceValues.of(placeIds, (placeId) => compute(placeId, moment, reading));
    } else {
      let list = changes.get(reading);
      if (!list) changes.set(reading, (list = changeTimes(index, reading, matters)));
      const changed: [string, T][] = [];
      for (const placeId of placesChangedBetween(list, previous.moment, moment)) {
        if (!previous.values.has(placeId)) continue;
        const value = compute(placeId, moment, reading);
        if (value !== previous.values.get(placeId)) changed.push([placeId, value]);
      }
      values = previous.values.with(changed);
      derivedFrom.set(values, { previous: previous.values, changed: changed.map(([placeId]) => placeId) });
    }
    last.set(reading, { moment, values });
    return values;
  };
}

/** Each answer worked out from the one before it, with the places whose values differ. */
const derivedFrom = new WeakMap<ReadonlyMap<string, unknown>, { previous: ReadonlyMap<string, unknown>; changed: readonly string[] }>();

/**
 * The places whose value is not the very same object in `next` as in `previous`, when `next` was worked out
 * from `previous` by a byPlaceOverTime (one step of a slider); null when it was not, and the caller must
 * compare every place. Lets the map restyle the hundred places a step changed without visiting thousands.
 */
export function placesChangedFrom<T>(previous: ReadonlyMap<string, T>, next: ReadonlyMap<string, T>): readonly string[] | null {
  if (previous === next) return [];
  const link = derivedFrom.get(next);
  return link?.previous === previous ? link.changed : null;
}
