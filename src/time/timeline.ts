import { countAtOrBefore } from '../model/countAtOrBefore';
import { compareCodes } from '../model/compareCodes';
import { knownAt } from '../model/knownAt';
import type { Claim } from '../model/types';
import type { TimeReading } from '../model/vocabulary';

/**
 * The stops of the date slider and the marks under it. `moments` are UTC ISO strings, sorted and unique:
 * the span's start, every moment inside it at which a claim becomes known, and the span's end. `ticks`
 * name the claims that become known at each stop, so the slider can show where the picture changes.
 */
export interface Timeline {
  moments: string[];
  ticks: { moment: string; claimIds: string[] }[];
}

/**
 * Builds the timeline of `claims` over `span` under one reading of time. Only moments at which a claim
 * becomes known are stops: between two of them nothing on the map can change, so more stops would only
 * make the slider slower to use. Claims known before the span (the historic baselines) are already on the
 * map at the first stop and add nothing. A claim known exactly at the start or end of the span is ticked
 * at that stop, since both are stops too.
 *
 * Times are compared as text, as the model compares them; they must be ISO strings as `toISOString`
 * writes them (all of the published data is).
 */
export function timeline(claims: Claim[], span: { start: string; end: string }, reading: TimeReading): Timeline {
  if (!(span.start <= span.end)) {
    throw new Error(`timeline: the span must not end before it starts (${span.start} – ${span.end})`);
  }
  const arrivals = new Map<string, string[]>();
  for (const claim of claims) {
    const moment = knownAt(claim, reading);
    if (moment < span.start || moment > span.end) continue;
    const ids = arrivals.get(moment);
    if (ids) ids.push(claim.id);
    else arrivals.set(moment, [claim.id]);
  }
  const moments = [...new Set([span.start, ...arrivals.keys(), span.end])].sort();
  const ticks = [...arrivals.entries()]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([moment, claimIds]) => ({ moment, claimIds: [...claimIds].sort() }));
  return { moments, ticks };
}

/**
 * The index of the last stop at or before `moment` in sorted `moments`: where the slider stands for a date
 * read from a link that falls between stops. A moment before the first stop (and an empty list) gives 0.
 */
export function momentIndexAtOrBefore(moments: string[], moment: string): number {
  return Math.max(0, countAtOrBefore(moments, (stop) => stop, moment) - 1);
}
