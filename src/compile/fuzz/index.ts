/**
 * The data editors' fuzz test, compile side. In order:
 * 1. a seeded source of choices (seededRandom), so every run makes the same variants;
 * 2. mutations, each one way an editor, a tool or a download breaks geo/ (claims, references, metadata,
 *    geometry, syntax and size, bytes, the basemap), over the tree readGeoTree returns, in memory;
 * 3. fuzzVariants, which applies one to three of them at a time to the real geo/;
 * 4. compileOutcome, which compiles a variant and judges what an editor would read;
 * 5. reliabilityRow, the README line the test writes its counts to.
 */
export { compileOutcome, lineFault, MAX_LINE, type Outcome } from './compileOutcome';
export { fuzzVariants, MUTATIONS, type Variant } from './fuzzVariants';
export { findReliabilityRow, reliabilityRow, replaceReliabilityRow, type FuzzCounts } from '../../reliability/reliabilityRow';
export { seededRandom, type Random } from '../../random/seededRandom';
export type { Mutation } from './treeFiles';
