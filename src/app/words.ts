import type { Certainty, ClaimKind, Extent } from '../model/vocabulary';

/** Plain words for the vocabularies, as a reader would say them. */
export const EXTENT_WORDS: Record<Extent, string> = {
  all: 'all of it',
  most: 'most of it',
  'large-parts': 'large parts',
  half: 'about half',
  parts: 'parts of it',
  entered: 'entered',
};

export const KIND_WORDS: Record<ClaimKind, string> = {
  control: 'control',
  advance: 'advance',
  withdrawal: 'withdrawal',
  fighting: 'fighting',
  airstrike: 'air strike',
  casualties: 'casualties',
  closure: 'closure',
  curfew: 'curfew',
  reinforcement: 'reinforcements',
  presence: 'fighters seen',
  displacement: 'people fleeing',
  damage: 'damage',
  diplomacy: 'diplomacy',
  statement: 'statement',
  context: 'background',
};

export const CERTAINTY_WORDS: Record<Certainty, string> = {
  reported: 'reported',
  claimed: 'claimed by a party',
  unconfirmed: 'unconfirmed',
  disputed: 'disputed',
  denied: 'a denial',
};
