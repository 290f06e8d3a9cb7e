/**
 * The closed vocabularies of the dataset. The compile step validates geo/ against these lists and the app
 * translates them; adding a value means adding it here, in the schema, and in the interface strings.
 */

/** Languages of the articles and of the interface. */
export const LANGUAGES = ['en', 'nb', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages a place name is given in: the interface languages plus Arabic, the places' own language. */
export const NAME_LANGUAGES = ['en', 'nb', 'id', 'ar'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

export const PLACE_KINDS = [
  'country',
  'region',
  'governorate',
  'countryside',
  'city',
  'city-part',
  'village',
  'airport',
  'airbase',
  'landmark',
  'roads',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * What a claim says happened. `control` is the only kind that names a holder of territory; `withdrawal`
 * says the government left without naming who holds the place now. `context` is background that is not
 * itself a change of control (the war's start, a past agreement).
 */
export const CLAIM_KINDS = [
  'control',
  'advance',
  'withdrawal',
  'fighting',
  'airstrike',
  'casualties',
  'closure',
  'curfew',
  'reinforcement',
  'presence',
  'displacement',
  'damage',
  'diplomacy',
  'statement',
  'context',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Parties that act in claims. */
export const PARTIES = [
  'opposition',
  'government',
  'sdf',
  'russia',
  'iran',
  'turkey',
  'us',
  'un',
  'civilians',
  'unknown',
] as const;
export type Party = (typeof PARTIES)[number];

/** Parties that can hold territory on the map. `opposition` is the HTS-led coalition. */
export const HOLDERS = ['government', 'opposition', 'sdf'] as const;
export type Holder = (typeof HOLDERS)[number];

/** The status of a place at a moment: a holder, or no single one. */
export const STATUSES = ['government', 'opposition', 'sdf', 'contested', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * How sure the article is. `reported`: stated as fact or attributed to a reporting organisation;
 * `claimed`: said by a party with a stake in it; `unconfirmed`: the article calls it unconfirmed;
 * `disputed`: the article says someone challenges it; `denied`: the claim is itself a denial.
 */
export const CERTAINTIES = ['reported', 'claimed', 'unconfirmed', 'disputed', 'denied'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** How much of a place a control claim covers, largest first. */
export const EXTENTS = ['all', 'most', 'large-parts', 'half', 'parts', 'entered'] as const;
export type Extent = (typeof EXTENTS)[number];

/** Two readings of time: what had happened by a moment, and what had been reported by it. */
export const TIME_READINGS = ['event', 'report'] as const;
export type TimeReading = (typeof TIME_READINGS)[number];
