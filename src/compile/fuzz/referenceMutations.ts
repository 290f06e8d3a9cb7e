/**
 * Ids and references between files: a claim naming a place, origin, via or claim that does not exist, two
 * claims with one id, and contradictions that are not mutual. Contradiction is mutual by rule (each side
 * lists the other, checkContradictions), so a "cycle" is only broken where it is one-sided: A lists B, B
 * lists C, C lists A, and none lists back. A ring of mutual contradictions is valid and not made here.
 */
import type { GeoTree } from '../readGeoTree';
import { setClaimField } from './claimText';
import { onClaim } from './claimMutations';
import type { Random } from '../../random/seededRandom';
import { editText, readClaims, type ClaimSummary, type Mutation } from './treeFiles';

/** Sets a field of the claim to what `value` makes of it. */
const set = (path: string[], value: (claim: ClaimSummary) => unknown) => (text: string, claim: ClaimSummary) =>
  setClaimField(text, claim.index, path, value(claim));

const linked = (a: ClaimSummary, b: ClaimSummary) => a.contradicts.includes(b.id) || b.contradicts.includes(a.id);

/** Sets the contradicts lists of several claims, one file edit after another. */
function setContradicts(tree: GeoTree, lists: [ClaimSummary, string[]][]): GeoTree | null {
  let out: GeoTree | null = tree;
  for (const [claim, list] of lists) {
    out = out && editText(out, claim.file, (text) => setClaimField(text, claim.index, ['contradicts'], list));
  }
  return out;
}

/** Up to `n` distinct claims, none of which contradicts another, with distinct ids. */
function unrelated(claims: ClaimSummary[], n: number, random: Random): ClaimSummary[] | null {
  const chosen: ClaimSummary[] = [];
  for (let tries = 0; chosen.length < n && tries < 50; tries++) {
    const claim = random.pick(claims);
    if (chosen.every((other) => other.id !== claim.id && !linked(other, claim))) chosen.push(claim);
  }
  return chosen.length === n ? chosen : null;
}

export const referenceMutations: Mutation[] = [
  onClaim('place-reference-dangling', (text, claim, random) => {
    const places = [...claim.places];
    places[random.below(places.length + 1)] = 'atlantis';
    return setClaimField(text, claim.index, ['places'], places);
  }),
  onClaim('origin-reference-dangling', set(['attribution', 'origin'], () => 'nobody-in-particular')),
  onClaim('via-reference-dangling', set(['attribution', 'via'], () => ['carrier-pigeon'])),
  onClaim('contradiction-dangling', set(['contradicts'], (claim) => [...claim.contradicts, 'zzz-no-such-claim'])),
  onClaim('contradiction-self', set(['contradicts'], (claim) => [...claim.contradicts, claim.id])),
  onClaim('claim-id-wrong-prefix', (text, claim) => setClaimField(text, claim.index, ['id'], `999-${claim.id}`)),
  {
    name: 'claim-id-duplicated',
    apply(tree, random) {
      const claims = readClaims(tree);
      const claim = random.pick(claims);
      const others = claims.filter((other) => other.file === claim.file && other.id !== claim.id);
      if (!others.length) return null;
      const copied = random.pick(others).id;
      return editText(tree, claim.file, (text) => setClaimField(text, claim.index, ['id'], copied));
    },
  },
  {
    // One side of a mutual pair forgets the other: the side that remembers now points at a claim that does not answer.
    name: 'contradiction-made-one-sided',
    apply(tree, random) {
      const claims = readClaims(tree);
      const byId = new Map(claims.map((claim) => [claim.id, claim]));
      const answers = (a: ClaimSummary, id: string) => byId.get(id)?.contradicts.includes(a.id) ?? false;
      const mutual = claims.flatMap((a) => a.contradicts.filter((id) => answers(a, id)).map((id) => [a, id] as const));
      if (!mutual.length) return null;
      const [claim, forgotten] = random.pick(mutual);
      return setContradicts(tree, [[claim, claim.contradicts.filter((id) => id !== forgotten)]]);
    },
  },
  {
    name: 'contradiction-added-one-sided',
    apply(tree, random) {
      const pair = unrelated(readClaims(tree), 2, random);
      if (!pair) return null;
      const [a, b] = pair as [ClaimSummary, ClaimSummary];
      return setContradicts(tree, [[a, [...a.contradicts, b.id]]]);
    },
  },
  {
    name: 'contradiction-cycle-one-sided',
    apply(tree, random) {
      const ring = unrelated(readClaims(tree), 3, random);
      if (!ring) return null;
      const [a, b, c] = ring as [ClaimSummary, ClaimSummary, ClaimSummary];
      return setContradicts(tree, [
        [a, [...a.contradicts, b.id]],
        [b, [...b.contradicts, c.id]],
        [c, [...c.contradicts, a.id]],
      ]);
    },
  },
];
