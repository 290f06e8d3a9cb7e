import { knownCount, type ClaimIndex } from './indexClaims';
import { eventsAt, type PlaceEvents } from './eventsAt';
import type { TimeReading } from './vocabulary';

/**
 * One place's events at a moment (eventsAt for that place), remembered. A place's events change only when
 * one of its claims becomes known, so they are worked out once per place, reading and number of known
 * claims, and the very same array comes back for every moment until the next claim. A claim that is not an
 * event (a place changing hands) leaves the events as they were: the array before it is handed back again,
 * so a marker is rewritten only when its events change.
 */
export function eventsLookup(index: ClaimIndex): (placeId: string, moment: string, reading: TimeReading) => PlaceEvents[] {
  const cache: Record<TimeReading, Map<string, PlaceEvents[][]>> = { event: new Map(), report: new Map() };
  return function eventsOf(placeId, moment, reading) {
    const list = index.byPlace.get(placeId)?.[reading] ?? [];
    const known = knownCount(list, moment, reading);
    let byKnown = cache[reading].get(placeId);
    if (!byKnown) cache[reading].set(placeId, (byKnown = []));
    const cached = byKnown[known];
    if (cached) return cached;
    let events = eventsAt(index, [placeId], moment, reading);
    // Known claims only ever grow with the count, so groups of the same kinds and sizes hold the same claims.
    const fewer = byKnown[known - 1];
    if (fewer && sameEvents(fewer, events)) events = fewer;
    const more = byKnown[known + 1];
    if (more && sameEvents(more, events)) events = more;
    byKnown[known] = events;
    return events;
  };
}

function sameEvents(a: readonly PlaceEvents[], b: readonly PlaceEvents[]): boolean {
  return a.length === b.length && a.every((group, i) => group.kind === b[i]?.kind && group.claimIds.length === b[i].claimIds.length);
}
