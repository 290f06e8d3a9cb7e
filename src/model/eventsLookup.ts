import type { ClaimIndex } from './indexClaims';
import { eventsAt, type PlaceEvents } from './eventsAt';
import { perKnownCount } from './perKnownCount';
import type { TimeReading } from './vocabulary';

/**
 * One place's events at a moment (eventsAt for that place), remembered (perKnownCount): worked out once per
 * place, reading and number of known claims, and the very same array comes back for every moment until the
 * next claim. A claim that is not an event (a place changing hands) leaves the events as they were: the array
 * before it is handed back again, so a marker is rewritten only when its events change.
 */
export function eventsLookup(index: ClaimIndex): (placeId: string, moment: string, reading: TimeReading) => PlaceEvents[] {
  return perKnownCount<PlaceEvents[]>(index, function eventsOf(placeId, moment, reading, byKnown, known) {
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
  });
}

function sameEvents(a: readonly PlaceEvents[], b: readonly PlaceEvents[]): boolean {
  return a.length === b.length && a.every((group, i) => group.kind === b[i]?.kind && group.claimIds.length === b[i].claimIds.length);
}
