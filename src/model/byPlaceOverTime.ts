import { changeTimes, placesChangedBetween, type Change } from './changeTimes';
import type { ClaimIndex } from './indexClaims';
import type { Claim } from './types';
import type { TimeReading } from './vocabulary';
import { PlaceValues } from './PlaceValues';

/**
 * How many of its answers a byPlaceOverTime keeps, counted in places: 2,000 places' answers at 500 moments,
 * about 4 MB (a slot is a pointer, 4 bytes in V8). Past it a moment is worked out each time it is asked for.
 */
export const REMEMBERED_PLACE_ANSWERS = 1_000_000;

/**
 * Something worked out for every place at a moment (its status, its events), kept up to date as the moment
 * moves instead of worked out afresh: going from one moment to another recomputes only the places with a
 * change time in between (see changeTimes) and hands back every other place's value as the very same
 * object, so whoever draws the map can skip it. The answer is a new map each time (a PlaceValues), never
 * one changed in place, so React sees a new moment as a new value.
 *
 * Answers are remembered by moment, up to `remembered` places' worth (then no more are kept): the slider's
 * stops, worked out ahead in idle time (useExplorerModel), are then a read when the reader steps onto them,
 * and a moment gone back to is the very same map.
 *
 * `compute` must depend on nothing but the place, the moment and the reading, and be constant between a
 * place's change times (of the claims that `matters`, by default all); each reading remembers its own
 * answers.
 */
export function byPlaceOverTime<T>(
  index: ClaimIndex,
  placeIds: readonly string[],
  compute: (placeId: string, moment: string, reading: TimeReading) => T,
  matters?: (claim: Claim) => boolean,
  remembered = REMEMBERED_PLACE_ANSWERS,
): (moment: string, reading: TimeReading) => ReadonlyMap<string, T> {
  const changes = new Map<TimeReading, Change[]>();
  const last = new Map<TimeReading, Answer<T>>();
  const answers = new Map<TimeReading, Map<string, PlaceValues<T>>>();
  const most = Math.floor(remembered / Math.max(1, placeIds.length));
  // The answer at `moment` from the last one (or from nothing): only the places with a change in between.
  const workOut = (moment: string, reading: TimeReading, previous: Answer<T> | undefined) => {
    if (!previous) return PlaceValues.of(placeIds, (placeId) => compute(placeId, moment, reading));
    let list = changes.get(reading);
    if (!list) changes.set(reading, (list = changeTimes(index, reading, matters)));
    const changed: [string, T][] = [];
    for (const placeId of placesChangedBetween(list, previous.moment, moment)) {
      if (!previous.values.has(placeId)) continue;
      const value = compute(placeId, moment, reading);
      if (value !== previous.values.get(placeId)) changed.push([placeId, value]);
    }
    const values = previous.values.with(changed);
    derivedFrom.set(values, { previous: previous.values, changed: changed.map(([placeId]) => placeId) });
    return values;
  };
  return function valuesAt(moment, reading) {
    const previous = last.get(reading);
    if (previous?.moment === moment) return previous.values;
    let kept = answers.get(reading);
    if (!kept) answers.set(reading, (kept = new Map()));
    let values = kept.get(moment);
    if (!values) {
      values = workOut(moment, reading, previous);
      if (kept.size < most) kept.set(moment, values);
    }
    last.set(reading, { moment, values });
    return values;
  };
}

/** An answer and the moment it is for. */
interface Answer<T> {
  moment: string;
  values: PlaceValues<T>;
}

/** Each answer worked out from the one before it, with the places whose values differ. */
const derivedFrom = new WeakMap<ReadonlyMap<string, unknown>, { previous: ReadonlyMap<string, unknown>; changed: readonly string[] }>();

/**
 * The places whose value is not the very same object in `next` as in `previous`, when one of the two was
 * worked out from the other by a byPlaceOverTime (a step of a slider, forwards or, onto a remembered answer,
 * back); null when neither was, and the caller must compare every place. Lets the map restyle the hundred
 * places a step changed without visiting thousands.
 */
export function placesChangedFrom<T>(previous: ReadonlyMap<string, T>, next: ReadonlyMap<string, T>): readonly string[] | null {
  if (previous === next) return [];
  const forwards = derivedFrom.get(next);
  if (forwards?.previous === previous) return forwards.changed;
  // The places that differ between two answers are the same whichever way one goes.
  const back = derivedFrom.get(previous);
  return back?.previous === next ? back.changed : null;
}
