import { independentOrigins } from './independentOrigins';
import { knownClaimsOf, TERRITORIAL_KINDS, type ClaimIndex } from './indexClaims';
import type { Claim } from './types';
import { CERTAINTIES, EXTENTS, HOLDERS, type Certainty, type Extent, type Holder, type Status, type TimeReading } from './vocabulary';
import { compareCodes } from './compareCodes';

/** One party's case for holding a place at a moment. */
export interface Side {
  holder: Holder;
  claimIds: string[];
  /** Independent origins behind this side. */
  origins: string[];
  /** Each extent this side's claims give, with the origins that give it, most-supported first. */
  extents: { extent: Extent; origins: string[] }[];
}

export interface PlaceStatus {
  placeId: string;
  status: Status;
  /** How much of the place the holder has; null when contested or unknown. */
  extent: Extent | null;
  /** True when a claim behind the status is contradicted or challenged by a claim known at the moment. */
  disputed: boolean;
  /** The parties claimed to hold the place, best-supported first; two or more means contested. */
  sides: Side[];
  /** Claims the status rests on (for contested, every current territorial claim). */
  supporting: string[];
  /** Known claims that contradict or challenge a supporting claim. */
  disputing: string[];
  /** Independent origins behind the status. */
  origins: string[];
  /** The firmest certainty among the supporting claims: a status resting only on unconfirmed reports says so. */
  certainty: Certainty | null;
  /**
   * Territorial claims about the place whose event interval has begun but not closed at the moment: they may
   * have happened by then, and will count once their interval closes.
   */
  pending: string[];
  /** The latest moment the supporting claims speak of (the end of their events): how fresh the status is. */
  asOf: string | null;
}

/**
 * The status of a place at a moment, under a reading of time.
 *
 * 1. Take the territorial claims about the place known by the moment.
 * 2. Drop those a later one supersedes: a claim that tells of a different, later state (it starts after the
 *    other ends, or starts later and ends no earlier) replaces it, unless the two are recorded as
 *    contradicting each other, in which case both stand. Claims that point the same way never replace each
 *    other. Historic claims set the baseline this way until the offensive's claims replace them.
 * 3. Group the remaining control claims by holder. One holder: that is the status, with the extent most
 *    independent origins give. Several: contested. None, but forces moving in or out: contested. Nothing:
 *    unknown.
 */
export function placeStatusAt(index: ClaimIndex, placeId: string, moment: string, reading: TimeReading): PlaceStatus {
  const known = knownClaimsOf(index, placeId, moment, reading);
  const current = currentTerritorialClaims(known.filter((claim) => TERRITORIAL_KINDS.has(claim.kind)));
  const sides = sidesOf(current.filter((claim) => claim.kind === 'control'));

  const [first] = sides;
  let status: Status = 'unknown';
  let supportingClaims: Claim[] = [];
  if (sides.length === 1 && first) {
    status = first.holder;
    // Forces leaving (or a holder's own advance) back up the holder when they point the same way.
    supportingClaims = current.filter((claim) =>
      claim.kind === 'control' ? claim.holder === first.holder : movesToward(claim, first.holder),
    );
  } else if (current.length > 0) {
    status = 'contested';
    supportingClaims = current;
  }

  const supporting = supportingClaims.map((claim) => claim.id);
  const supportingSet = new Set(supporting);
  const disputing = known
    .filter((claim) => !supportingSet.has(claim.id) && claim.contradicts.some((id) => supportingSet.has(id)))
    .map((claim) => claim.id);
  // Supporting claims that contradict each other dispute the status only if they disagree on what it is
  // (half against most); two claims that the government took Aleppo, in 2016 and in 2018, agree on that.
  const contradictedWithin = supportingClaims.some((claim) =>
    claim.contradicts.some((id) => {
      const other = index.byId.get(id);
      return other && supportingSet.has(id) && (other.holder !== claim.holder || other.extent !== claim.extent);
    }),
  );

  return {
    placeId,
    status,
    extent: status === first?.holder ? (first.extents[0]?.extent ?? null) : null,
    disputed: disputing.length > 0 || contradictedWithin || sides.length > 1,
    sides,
    supporting,
    disputing,
    origins: independentOrigins(supportingClaims),
    certainty: firmestCertainty(supportingClaims),
    pending: pendingClaims(index, placeId, moment),
    asOf: supportingClaims.reduce<string | null>((latest, c) => (latest && latest > c.eventEnd ? latest : c.eventEnd), null),
  };
}

/** CERTAINTIES runs from firmest (`reported`) to weakest, so the firmest is the lowest index. */
function firmestCertainty(claims: Claim[]): Certainty | null {
  let firmest = Infinity;
  for (const claim of claims) firmest = Math.min(firmest, CERTAINTIES.indexOf(claim.certainty));
  return CERTAINTIES[firmest] ?? null;
}

/** Territorial claims about the place whose event has begun but not closed at the moment. */
export function pendingClaims(index: ClaimIndex, placeId: string, moment: string): string[] {
  const pending: string[] = [];
  // Asked for every place a slider step touches: one pass, no intermediate arrays.
  for (const claim of index.byPlace.get(placeId)?.event ?? []) {
    if (claim.eventStart <= moment && claim.eventEnd > moment && TERRITORIAL_KINDS.has(claim.kind)) pending.push(claim.id);
  }
  return pending;
}

/** Step 2: the known territorial claims no later claim has superseded. */
function currentTerritorialClaims(claims: Claim[]): Claim[] {
  return claims.filter((older) => !claims.some((newer) => supersedes(newer, older)));
}

function supersedes(newer: Claim, older: Claim): boolean {
  // The time test first: it is the cheap one, and most pairs fail it (every pair is asked both ways round).
  const later = newer.eventStart > older.eventEnd;
  const overtakes = newer.eventStart > older.eventStart && newer.eventEnd >= older.eventEnd;
  if (!later && !overtakes) return false;
  if (newer === older || agree(newer, older)) return false;
  return !newer.contradicts.includes(older.id) && !older.contradicts.includes(newer.id);
}

/**
 * Claims that point the same way (the same holder; or one side leaving and another arriving) both stand:
 * "entered" on Friday and "most" on Saturday are two witnesses of one change, and each origin counts.
 */
function agree(a: Claim, b: Claim): boolean {
  const towardA = toward(a);
  const awayA = away(a);
  const towardB = toward(b);
  const awayB = away(b);
  if (towardA && towardA === towardB) return true;
  if (awayA && awayA === awayB) return true;
  if (awayA && towardB && towardB !== awayA) return true;
  if (awayB && towardA && towardA !== awayB) return true;
  return false;
}

/** Which holder a territorial claim points towards (a holder's control, or its advance), if any. */
function toward(claim: Claim): Holder | null {
  if (claim.kind === 'control') return claim.holder;
  if (claim.kind === 'advance' && isHolder(claim.actor)) return claim.actor;
  return null;
}

/** Which party a territorial claim says is leaving, if any. */
const away = (claim: Claim): string | null => (claim.kind === 'withdrawal' ? claim.actor : null);

const isHolder = (party: string): party is Holder => (HOLDERS as readonly string[]).includes(party);

/** Whether an advance or withdrawal points towards `holder` holding the place. */
function movesToward(claim: Claim, holder: Holder): boolean {
  if (claim.kind === 'advance') return claim.actor === holder;
  if (claim.kind === 'withdrawal') return claim.actor !== holder;
  return false;
}

/** Step 3: control claims grouped by holder, the side with most independent origins first. */
function sidesOf(control: Claim[]): Side[] {
  return [...groupedBy(control, (claim) => claim.holder)]
    .map(([holder, claims]): Side => ({
      holder,
      claimIds: claims.map((claim) => claim.id),
      origins: independentOrigins(claims),
      extents: extentsOf(claims),
    }))
    .sort((a, b) => b.origins.length - a.origins.length || compareCodes(a.holder, b.holder));
}

/** Claims by a field of theirs, in the order each value first appears; claims without it are left out. */
function groupedBy<K>(claims: Claim[], keyOf: (claim: Claim) => K | null | undefined): Map<K, Claim[]> {
  const groups = new Map<K, Claim[]>();
  for (const claim of claims) {
    const key = keyOf(claim);
    if (key === null || key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return groups;
}

/**
 * The extents a side's claims give, each with its independent origins; the most-supported first, and on a
 * tie the larger extent, since the claims are about the same moment and the larger one is the stronger claim
 * a reader should see challenged.
 */
function extentsOf(claims: Claim[]): Side['extents'] {
  return [...groupedBy(claims, (claim) => claim.extent)]
    .map(([extent, group]) => ({ extent, origins: independentOrigins(group) }))
    .sort((a, b) => b.origins.length - a.origins.length || EXTENTS.indexOf(a.extent) - EXTENTS.indexOf(b.extent));
}
