import { countAtOrBefore } from './countAtOrBefore';
import { compareCodes } from './compareCodes';
import type { ClaimIndex } from './indexClaims';
import { TERRITORIAL_KINDS } from './indexClaims';
import { knownAt } from './knownAt';
import type { Claim } from './types';
import type { TimeReading } from './vocabulary';

/** A moment at which something about a place may change: a claim becomes known, or a pending one opens or closes. */
export interface Change {
  at: string;
  placeId: string;
}

/**
 * Every moment, under a reading, at which anything the map shows of a place can change, sorted by time. A
 * place's status, pending claims and events are the same at every moment from one of its change times up to
 * its next: its claims count from the moment they are known (`knownAt <= moment`), and a territorial claim
 * is pending from its event's start until its end. `matters` leaves out claims that cannot change what is
 * asked (events ask only about event claims).
 */
export function changeTimes(index: ClaimIndex, reading: TimeReading, matters: (claim: Claim) => boolean = () => true): Change[] {
  const changes: Change[] = [];
  for (const [placeId, lists] of index.byPlace) {
    for (const claim of lists[reading]) {
      if (!matters(claim)) continue;
      changes.push({ at: knownAt(claim, reading), placeId });
      if (TERRITORIAL_KINDS.has(claim.kind)) changes.push({ at: claim.eventStart, placeId }, { at: claim.eventEnd, placeId });
    }
  }
  return changes.sort((a, b) => compareCodes(a.at, b.at));
}

/**
 * The places whose picture may differ between two moments (in either order): those with a change time after
 * the earlier moment and no later than the later one. Two binary searches and the changes in between, so a
 * slider step costs what changed in it, not the size of the map.
 */
export function placesChangedBetween(changes: readonly Change[], a: string, b: string): Set<string> {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const changed = new Set<string>();
  for (let i = countAtOrBefore(changes, (change) => change.at, from); i < changes.length; i++) {
    const change = changes[i];
    if (!change || change.at > to) break;
    changed.add(change.placeId);
  }
  return changed;
}
