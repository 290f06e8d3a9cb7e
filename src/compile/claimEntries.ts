import type { Loaded } from './loadFile';
import type { ClaimFileYaml, ClaimYaml } from './schemas/claimFileSchema';

/** A claim with the file it came from and its index there, so a check can point at its lines. */
export interface ClaimEntry {
  claim: ClaimYaml;
  file: Loaded<ClaimFileYaml>;
  index: number;
}

export function claimEntries(claimFiles: Loaded<ClaimFileYaml>[]): ClaimEntry[] {
  return claimFiles.flatMap((file) => file.value.claims.map((claim, index) => ({ claim, file, index })));
}

/** Builds an error at a field of the claim: `at(entry, 'quote')` → `geo/claims/002.yaml:40:5 claims[3].quote`. */
export function errorAtClaim(entry: ClaimEntry, path: (string | number)[], message: string) {
  return entry.file.doc.errorAt(['claims', entry.index, ...path], message);
}
