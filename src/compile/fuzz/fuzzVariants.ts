import type { GeoTree } from '../readGeoTree';
import { basemapMutations } from './basemapMutations';
import { byteMutations } from './byteMutations';
import { claimMutations } from './claimMutations';
import { geometryMutations } from './geometryMutations';
import { metadataMutations } from './metadataMutations';
import { referenceMutations } from './referenceMutations';
import { seededRandom } from '../../random/seededRandom';
import { syntaxMutations } from './syntaxMutations';
import type { Mutation } from './treeFiles';

/** Every mutation, by family; a variant draws one to three of them. */
export const MUTATIONS: readonly Mutation[] = [
  ...claimMutations,
  ...referenceMutations,
  ...metadataMutations,
  ...geometryMutations,
  ...syntaxMutations,
  ...byteMutations,
  ...basemapMutations,
];

export interface Variant {
  /** `#017 quote-emptied + ring-bow-tie`: enough to replay it from the seed, and to read what broke. */
  name: string;
  tree: GeoTree;
}

const DEFAULTS = {
  /** Most variants break one thing, as most edits do; some break two or three, which must not mask each other. */
  mutationsPerVariant: [1, 1, 1, 1, 2, 2, 3],
  /** Draws before a variant gives up on a mutation that finds nothing to break (a file already gone). */
  triesPerMutation: 8,
};

/**
 * `count` broken variants of `base`, the same ones for the same seed, made one at a time (a caller that
 * keeps only what it learns of each holds one variant in memory, not hundreds). The first round goes
 * through every mutation in order, so each is tried at least once whatever the count; then they are drawn
 * at random.
 */
export function* fuzzVariants(base: GeoTree, seed: number, count: number): Generator<Variant> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const wanted = i < MUTATIONS.length ? 1 : random.pick(DEFAULTS.mutationsPerVariant);
    let tree = base;
    const names: string[] = [];
    for (let k = 0; k < wanted; k++) {
      for (let tries = 0; tries < DEFAULTS.triesPerMutation; tries++) {
        const mutation = i < MUTATIONS.length && k === 0 ? (MUTATIONS[i] as Mutation) : random.pick(MUTATIONS);
        const mutated = mutation.apply(tree, random);
        if (mutated) {
          tree = mutated;
          names.push(mutation.name);
          break;
        }
      }
    }
    if (names.length) yield { name: `#${String(i).padStart(3, '0')} ${names.join(' + ')}`, tree };
  }
}
