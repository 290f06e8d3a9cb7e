import { countAtOrBefore } from './countAtOrBefore';
import { knownAt } from './knownAt';
import type { Claim } from './types';
import type { TimeReading } from './vocabulary';
import { compareCodes } from './compareCodes';

/** Claims that bear on who holds a place: a holder named, or forces moving in or out. */
export const TERRITORIAL_KINDS = new Set<Claim['kind']>(['control', 'advance', 'withdrawal']);

export interface ClaimIndex {
  byId: Map<string, Claim>;
  /** Every claim about a place, sorted by when it is known under each reading (ties by id). */
  byPlace: Map<string, Record<TimeReading, Claim[]>>;
}

/** Groups and sorts the claims once, so each question about a moment is a scan of one place's short list. */
export function indexClaims(claims: readonly Claim[]): ClaimIndex {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const byPlace = new Map<string, Record<TimeReading, Claim[]>>();
  for (const claim of claims) {
    for (const place of claim.places) {
      const lists = byPlace.get(place) ?? { event: [], report: [] };
      lists.event.push(claim);
      lists.report.push(claim);
      byPlace.set(place, lists);
    }
  }
  for (const lists of byPlace.values()) {
    for (const reading of ['event', 'report'] as const) {
      lists[reading].sort((a, b) => compareCodes(knownAt(a, reading), knownAt(b, reading)) || compareCodes(a.id, b.id));
    }
  }
  return { byId, byPlace };
}

/** The claims about a place known by a moment, in the order they became known. */
export function knownClaimsOf(index: ClaimIndex, placeId: string, moment: string, reading: TimeReading): Claim[] {
  const list = index.byPlace.get(placeId)?.[reading] ?? [];
  return list.slice(0, knownCount(list, moment, reading));
}

/** How many claims of a list sorted by when they became known are known at the moment (binary search). */
export function knownCount(list: readonly Claim[], moment: string, reading: TimeReading): number {
  return countAtOrBefore(list, (claim) => knownAt(claim, reading), moment);
}
