import { REMEMBERED_PLACE_ANSWERS } from '../model';

/**
 * The most places for which the whole map is worked out ahead at each stop. A stop's answer is one piece of
 * work that idle time cannot cut into slices: about 1.4 ms at 2,000 places and 14 ms at 20,000 (the
 * benchmark's warm-up), where a slice is meant to end within 8 ms, so that a key press waits no longer.
 */
export const STOPS_AHEAD_MOST_PLACES = 5_000;

/**
 * The slider's stops at which the warm-up works out the whole map (useExplorerModel): every stop, in order,
 * for a map of up to STOPS_AHEAD_MOST_PLACES places, but no more than byPlaceOverTime remembers (it would
 * work the rest out for nothing); none for a larger map.
 */
export function stopsWorkedOutAhead(placeCount: number, stops: readonly string[], remembered = REMEMBERED_PLACE_ANSWERS): readonly string[] {
  if (placeCount > STOPS_AHEAD_MOST_PLACES) return [];
  return stops.slice(0, Math.floor(remembered / Math.max(1, placeCount)));
}
