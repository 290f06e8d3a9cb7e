/**
 * Slips inside one claim: a field missing, mistyped or out of the vocabulary, a quote that is not the
 * article's, times that cannot be. Each breaks a rule the claim schema or a check states (geo/README.md).
 */
import type { GeoTree } from '../readGeoTree';
import { deleteClaimField, insertClaimLines, setClaimField } from './claimText';
import type { Random } from '../../random/seededRandom';
import { editText, filesIn, readClaims, yamlValue, type ClaimSummary, type Mutation } from './treeFiles';

type ClaimEdit = (text: string, claim: ClaimSummary, random: Random) => string | null;
type ClaimFilter = (claim: ClaimSummary, tree: GeoTree) => boolean;

/** A mutation of one claim, picked at random among those `which` accepts. */
export function onClaim(name: string, edit: ClaimEdit, which: ClaimFilter = () => true): Mutation {
  return {
    name,
    apply(tree, random) {
      const claims = readClaims(tree).filter((claim) => which(claim, tree));
      if (!claims.length) return null;
      const claim = random.pick(claims);
      return editText(tree, claim.file, (text) => edit(text, claim, random));
    },
  };
}

const set = (path: string[], value: unknown): ClaimEdit => (text, claim) => setClaimField(text, claim.index, path, value);

/** The language of the article a claim file quotes, from its metadata (`000_….yaml` for `000.yaml`). */
function languageOf(tree: GeoTree, claimFile: string): string | null {
  const source = claimFile.replace(/^geo\/claims\/|\.yaml$/g, '');
  const meta = filesIn(tree, 'sources', '.yaml').find((file) => file.startsWith(`geo/sources/${source}_`));
  const value = meta ? yamlValue(tree, meta) : null;
  const language = (value as { language?: unknown } | null)?.language;
  return typeof language === 'string' ? language : null;
}

const REQUIRED = ['id', 'quote', 'places', 'kind', 'actor', 'attribution', 'when', 'certainty'];
/** A value of the wrong type for each field: a number for a string, a string for a list, and so on. */
const RETYPED: [string[], unknown][] = [
  [['quote'], 42],
  [['places'], 'aleppo-city'],
  [['kind'], 7],
  [['actor'], null],
  [['when'], '2024-11-30'],
  [['attribution'], ['sohr']],
  [['certainty'], true],
  [['contradicts'], 'none'],
  [['when', 'start'], 20241130],
  [['attribution', 'via'], 'reuters'],
];
const UNKNOWN: [string[], string][] = [
  [['kind'], 'conquest'],
  [['actor'], 'martians'],
  [['certainty'], 'certain'],
  // Unknown to the vocabulary, and on any claim that is not a control claim not allowed at all.
  [['extent'], 'lots'],
];
const IMPOSSIBLE_DAYS = ['2024-02-30', '2024-11-31', '2024-13-01', '2024-11-30T25:00', '2024-11-30T10:61'];

export const claimMutations: Mutation[] = [
  onClaim('claim-field-deleted', (text, claim, random) => deleteClaimField(text, claim.index, [random.pick(REQUIRED)])),
  onClaim('claim-field-retyped', (text, claim, random) => {
    const [path, value] = random.pick(RETYPED);
    return setClaimField(text, claim.index, path, value);
  }),
  onClaim('claim-unknown-field', (text, claim) => insertClaimLines(text, claim.index, '    sauce: tomato')),
  onClaim('quote-emptied', (text, claim, random) => setClaimField(text, claim.index, ['quote'], random.pick(['', '   ']))),
  onClaim('quote-not-in-article', set(['quote'], 'This sentence was written by the fuzz test and is in no article.')),
  // '¤' occurs in none of the articles, so the changed quote cannot be found anywhere in its own.
  onClaim(
    'quote-character-changed',
    (text, claim, random) => {
      const quote = claim.quote ?? '';
      const letters = [...quote.matchAll(/\S/g)].map((match) => match.index);
      const at = random.pick(letters);
      return setClaimField(text, claim.index, ['quote'], `${quote.slice(0, at)}¤${quote.slice(at + 1)}`);
    },
    (claim) => /\S/.test(claim.quote ?? ''),
  ),
  onClaim('translation-dropped', (text, claim) => deleteClaimField(text, claim.index, ['translation']), (claim, tree) => {
    const language = languageOf(tree, claim.file);
    return claim.fields.includes('translation') && language !== null && language !== 'en';
  }),
  onClaim('translation-added', set(['translation'], 'An English paraphrase of an English quote.'), (claim, tree) => {
    return !claim.fields.includes('translation') && languageOf(tree, claim.file) === 'en';
  }),
  onClaim('vocabulary-unknown', (text, claim, random) => {
    const [path, value] = random.pick(UNKNOWN);
    return setClaimField(text, claim.index, path, value);
  }),
  onClaim(
    'control-without-holder',
    (text, claim) => deleteClaimField(text, claim.index, ['holder']),
    (claim) => claim.fields.includes('holder'),
  ),
  onClaim('places-emptied', set(['places'], [])),
  onClaim('when-end-before-start', (text, claim) => {
    const started = setClaimField(text, claim.index, ['when', 'start'], '2024-11-30');
    return started && setClaimField(started, claim.index, ['when', 'end'], '2024-11-28');
  }),
  onClaim('when-impossible-date', (text, claim, random) => {
    return setClaimField(text, claim.index, ['when', random.pick(['start', 'end'])], random.pick(IMPOSSIBLE_DAYS));
  }),
  onClaim('when-not-a-date', (text, claim, random) => {
    return setClaimField(text, claim.index, ['when', 'start'], random.pick(['yesterday', '30.11.2024', '']));
  }),
  // Every article appeared by 1 December 2024; an event on Christmas Day was not reported in any of them.
  onClaim('when-after-publication', (text, claim) => {
    const started = setClaimField(text, claim.index, ['when', 'start'], '2024-12-25');
    return started && setClaimField(started, claim.index, ['when', 'end'], '2024-12-25');
  }),
  onClaim('when-before-1900', (text, claim) => {
    const started = setClaimField(text, claim.index, ['when', 'start'], '0024-11-29');
    return started && setClaimField(started, claim.index, ['when', 'end'], '0024-11-30');
  }),
];
