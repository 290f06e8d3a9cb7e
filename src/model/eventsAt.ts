import { knownClaimsOf, TERRITORIAL_KINDS, type ClaimIndex } from './indexClaims';
import type { Claim } from './types';
import type { ClaimKind, TimeReading } from './vocabulary';

/** Kinds that are events rather than territory or talk: they get markers on the map. */
export const EVENT_KINDS: ReadonlySet<ClaimKind> = new Set([
  'airstrike',
  'closure',
  'curfew',
  'reinforcement',
  'casualties',
  'fighting',
  'displacement',
  'damage',
]);

/** Whether a claim gets a marker: an event of the offensive, not history and not territory. */
export const isEvent = (claim: Claim) => !claim.historic && EVENT_KINDS.has(claim.kind) && !TERRITORIAL_KINDS.has(claim.kind);

export interface PlaceEvents {
  placeId: string;
  kind: ClaimKind;
  claimIds: string[];
}

/**
 * The events that had happened (or been reported) at each of the given places by a moment, grouped by
 * place and kind, in the order of `placeIds`. Historic background is left out: a marker for 2016 on a map
 * of 2024 would read as news.
 */
export function eventsAt(index: ClaimIndex, placeIds: readonly string[], moment: string, reading: TimeReading): PlaceEvents[] {
  const out: PlaceEvents[] = [];
  for (const placeId of placeIds) {
    const byKind = new Map<ClaimKind, string[]>();
    for (const claim of knownClaimsOf(index, placeId, moment, reading)) {
      if (!isEvent(claim)) continue;
      const ids = byKind.get(claim.kind);
      if (ids) ids.push(claim.id);
      else byKind.set(claim.kind, [claim.id]);
    }
    for (const [kind, claimIds] of byKind) out.push({ placeId, kind, claimIds });
  }
  return out;
}
