/**
 * The published dataset: what `npm run geo` writes to public/data/ and what the app and other newsrooms
 * read. All times are UTC ISO 8601 strings. See README.md ("The published data") for the format's contract.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type {
  Certainty,
  ClaimKind,
  Extent,
  Holder,
  Language,
  NameLanguage,
  Party,
  PlaceKind,
} from './vocabulary';

export const CLAIMS_FORMAT = 'claimmap/claims@1';
export const SOURCES_FORMAT = 'claimmap/sources@1';
export const PLACES_FORMAT = 'claimmap/places@1';
export const BASEMAP_FORMAT = 'claimmap/basemap@1';
export const PLACES_DETAIL_FORMAT = 'claimmap/places-detail@1';
export const CLAIM_DETAILS_FORMAT = 'claimmap/claim-details@1';
export const QUOTE_TRANSLATIONS_FORMAT = 'claimmap/quote-translations@1';
export const SOURCE_TEXTS_FORMAT = 'claimmap/source-texts@1';

/**
 * The languages the project translates quotes into beyond English, one published file each
 * (translations.<language>.json). English is not among them: it sits on each claim (`translation`).
 */
export const QUOTE_TRANSLATION_LANGUAGES = ['nb', 'id'] as const satisfies readonly Language[];
export type QuoteTranslationLanguage = (typeof QUOTE_TRANSLATION_LANGUAGES)[number];

/** The published file holding the project's translations into `language`. */
export const quoteTranslationsFileName = (language: QuoteTranslationLanguage) => `translations.${language}.json`;

export interface Attribution {
  /** The chain as a reader would say it: "two Syrian military sources, via Reuters". */
  text: string;
  /** The first speaker, an origin id; independence is counted on it. */
  origin: string;
  /** Outlets that passed the claim on, in order. */
  via: string[];
}

export interface Translation {
  language: Language;
  text: string;
  /** Who translated it. The articles' own words are never translated by anyone else here. */
  by: 'claimmap';
}

/** What the outlines say about a distance or length stated in a claim. */
export interface GeographyCheck {
  kind: 'distance' | 'front-length';
  statedKm: number;
  /** `exact`: the claim gives a figure ("55 km"); `at-least`: a lower bound ("greater than 100 km"). */
  bound: 'exact' | 'at-least';
  measuredKm: number;
  /** Whether the figure holds against the outlines within the tolerance the method allows. */
  consistent: boolean;
  note: string;
}

export interface Claim {
  id: string;
  sourceId: string;
  /** Verbatim, in the article's language: the article's own characters. */
  quote: string;
  /** Where the quote stands in its source's `text`: [start, end) in UTF-16 code units, as String.slice takes. */
  quoteAt: [number, number];
  language: Language;
  /**
   * Into English, by the project, where the article is not in English; otherwise null. The translations into
   * the other interface languages are in translations.<language>.json, loaded only for readers of them.
   */
  translation: Translation | null;
  places: string[];
  kind: ClaimKind;
  actor: Party;
  /** For control claims: who the claim says holds or entered the places. */
  holder: Holder | null;
  extent: Extent | null;
  attribution: Attribution;
  eventStart: string;
  eventEnd: string;
  publishedAt: string;
  certainty: Certainty;
  /** Claim ids this claim contradicts; always listed on both sides. */
  contradicts: string[];
  /** True when the event ended before the dataset's span began: background that sets the baselines. */
  historic: boolean;
}

/**
 * What the claim panels show beside a claim but no map draw needs, published apart (claim-details.json) and
 * loaded the first time a reader opens a place or the sources.
 */
export interface ClaimDetail {
  /** The words that fix the event's interval. */
  eventBasis: string;
  /** The editor's note on an interpretive choice. */
  note: string | null;
  check: GeographyCheck | null;
}

export interface ClaimDetailsFile {
  format: typeof CLAIM_DETAILS_FORMAT;
  /** By claim id, every claim of claims.json. */
  details: Record<string, ClaimDetail>;
}

/**
 * The project's translations of quotes into one interface language other than English, by claim id: never
 * of a quote already in that language, at most one per claim.
 */
export interface QuoteTranslationsFile {
  format: typeof QUOTE_TRANSLATIONS_FORMAT;
  language: QuoteTranslationLanguage;
  by: 'claimmap';
  translations: Record<string, string>;
}

export interface Dataset {
  title: string;
  /** The offensive's span, UTC. */
  span: { start: string; end: string };
}

export interface ClaimsFile {
  format: typeof CLAIMS_FORMAT;
  dataset: Dataset;
  claims: Claim[];
}

export interface Source {
  id: string;
  file: string;
  language: Language;
  headline: string | null;
  /** The end of the publication day in Syria time, as UTC: by then the article had surely appeared. */
  publishedAt: string;
  /** The publication day itself, as the text fixes it (YYYY-MM-DD, Syria time). */
  publishedDate: string;
  publishedAtBasis: string;
  publisher: string | null;
  /** The headline, or where the text has none its opening words: what lists show. */
  title: string;
}

/** The articles' full texts, by source id, so every quote can be read in its context (at its `quoteAt`). */
export interface SourceTextsFile {
  format: typeof SOURCE_TEXTS_FORMAT;
  texts: Record<string, string>;
}

export interface Origin {
  id: string;
  name: string;
  kind: string;
}

export interface Via {
  id: string;
  name: string;
}

export interface SourcesFile {
  format: typeof SOURCES_FORMAT;
  sources: Source[];
  origins: Origin[];
  vias: Via[];
}

export interface GeometrySource {
  approximate: boolean;
  method: string;
  dataset: string | null;
  licence: string | null;
  credit: string | null;
}

export interface PlaceProperties {
  id: string;
  names: Record<NameLanguage, string>;
  kind: PlaceKind;
  parent: string | null;
  geometrySource: GeometrySource;
  /** Geodesic area in km² (0 for points and lines). */
  areaKm2: number;
  /** Length in km for line places (roads), else 0. */
  lengthKm: number;
  /** [lon, lat] of a point inside the place, for labels and distances. */
  anchor: [number, number];
  /**
   * True when `geometry` is simplified for the first view and the full outline is in places-detail.geojson
   * (large context areas only); the measurements above are always of the full outline.
   */
  detail: boolean;
}

export type Place = Feature<Geometry, PlaceProperties> & { id: string };

export interface PlaceDistance {
  from: string;
  to: string;
  km: number;
}

export interface PlacesFile extends FeatureCollection<Geometry, PlaceProperties> {
  format: typeof PLACES_FORMAT;
  features: Place[];
  /** Distances between the anchors of the cities, airports and bases, km. */
  distances: PlaceDistance[];
}

/** The full outlines of the places published simplified (`detail: true`), for when a reader zooms in. */
export interface PlacesDetailFile extends FeatureCollection<Geometry, { id: string }> {
  format: typeof PLACES_DETAIL_FORMAT;
  features: (Feature<Geometry, { id: string }> & { id: string })[];
}

/** The offline basemap's layers, in the order basemap.geojson lists its features (land first, cities last). */
export type BasemapLayer = 'land' | 'governorate' | 'border' | 'coast' | 'river' | 'lake' | 'city';

export interface BasemapProperties {
  layer: BasemapLayer;
  /** A label, in English where the source has one; absent where the source names nothing. */
  name?: string;
  /** The Arabic name, where the source has one (the vendored layers carry none so far). */
  nameAr?: string;
  /** Natural Earth's scalerank: lower is more important, so labels can be thinned by zoom. */
  rank?: number;
}

/**
 * Background geography (Natural Earth and geoBoundaries), simplified for zoom 7–11 so the map needs no tile
 * server. Not part of the dataset's claims: nothing here is a place a claim can name.
 */
export interface BasemapFile extends FeatureCollection<Geometry, BasemapProperties> {
  format: typeof BASEMAP_FORMAT;
}
