import type { Claim } from './types';
import type { TimeReading } from './vocabulary';

/**
 * When a claim enters the picture under each reading of time. By event time it counts from the end of the
 * interval in which the article places the event: "what had happened by then" means surely happened, and an
 * article that says "sometime since Wednesday" does not say it had happened on Wednesday. By report time it
 * counts from the end of the day its article appeared (by then it had surely been published). Historic claims are the
 * exception under report time: the articles recount them as established background, public long before, so
 * they count from the end of the event, and the baselines stand before the first article appears.
 */
export function knownAt(claim: Claim, reading: TimeReading): string {
  if (reading === 'event') return claim.eventEnd;
  return claim.historic ? claim.eventEnd : claim.publishedAt;
}

export const isKnownAt = (claim: Claim, moment: string, reading: TimeReading) => knownAt(claim, reading) <= moment;
