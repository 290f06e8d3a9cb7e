import type { GeoError } from './GeoError';
import { claimEntries, errorAtClaim } from './claimEntries';
import type { LoadedGeo } from './loadGeo';

/**
 * Contradiction is mutual: if A contradicts B, B contradicts A, and both files say so, so that whichever
 * claim a reader opens shows the other side. A one-sided entry is an editing slip, never a judgement.
 */
export function checkContradictions(geo: LoadedGeo): GeoError[] {
  const errors: GeoError[] = [];
  const entries = claimEntries(geo.claimFiles);
  const byId = new Map(entries.map((entry) => [entry.claim.id, entry]));
  for (const entry of entries) {
    const { id, contradicts } = entry.claim;
    const seen = new Set<string>();
    contradicts.forEach((other, i) => {
      const at = ['contradicts', i];
      if (other === id) return errors.push(errorAtClaim(entry, at, 'a claim cannot contradict itself'));
      if (seen.has(other)) return errors.push(errorAtClaim(entry, at, `"${other}" is listed twice`));
      seen.add(other);
      const target = byId.get(other);
      if (!target) return errors.push(errorAtClaim(entry, at, `"${other}" is not a claim in geo/claims/`));
      if (!target.claim.contradicts.includes(id)) {
        errors.push(errorAtClaim(entry, at, `"${other}" does not list "${id}" back; contradictions must be on both sides (${target.file.file})`));
      }
    });
  }
  return errors;
}
