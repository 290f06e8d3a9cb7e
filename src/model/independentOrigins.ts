import type { Claim } from './types';

/**
 * The distinct first speakers behind some claims: SOHR quoted by three outlets is one origin, not three,
 * and an article's unattributed reporting counts as that article's own origin.
 */
export function independentOrigins(claims: readonly Claim[]): string[] {
  return [...new Set(claims.map((claim) => claim.attribution.origin))].sort();
}
