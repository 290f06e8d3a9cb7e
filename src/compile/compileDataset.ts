import { checkBasemap } from './checkBasemap';
import { checkContradictions } from './checkContradictions';
import { checkIds } from './checkIds';
import { checkPlaces } from './checkPlaces';
import { checkQuotes } from './checkQuotes';
import { checkReferences } from './checkReferences';
import { checkTimes } from './checkTimes';
import { checkTranslations } from './checkTranslations';
import { deriveBasemap } from './deriveBasemap';
import { deriveClaimDetails } from './deriveClaimDetails';
import { deriveClaims } from './deriveClaims';
import { derivePlaces } from './derivePlaces';
import { deriveQuoteTranslations } from './deriveQuoteTranslations';
import { deriveSources, deriveSourceTexts } from './deriveSources';
import type { GeoError } from './GeoError';
import { loadGeo } from './loadGeo';
import type { GeoTree } from './readGeoTree';
import { parseSyriaTime } from '../time/parseSyriaTime';
import {
  CLAIMS_FORMAT,
  type BasemapFile,
  type ClaimDetailsFile,
  type ClaimsFile,
  type PlacesDetailFile,
  type PlacesFile,
  type QuoteTranslationLanguage,
  type QuoteTranslationsFile,
  type SourcesFile,
  type SourceTextsFile,
} from '../model/types';
import { compareCodes } from '../model/compareCodes';

/** The published files, as values: what the first view loads first, then what a reader's request loads. */
export interface CompiledDataset {
  claims: ClaimsFile;
  places: PlacesFile;
  sources: SourcesFile;
  basemap: BasemapFile;
  /** The full outlines of the places simplified in `places`. */
  placesDetail: PlacesDetailFile;
  /** Each claim's time basis, note and measured geography, for the panels. */
  claimDetails: ClaimDetailsFile;
  /** The quotes in the interface languages other than English, one file per language. */
  quoteTranslations: Record<QuoteTranslationLanguage, QuoteTranslationsFile>;
  /** The articles' full texts, for the downloads. */
  sourceTexts: SourceTextsFile;
}

export type CompileResult = { ok: true; dataset: CompiledDataset } | { ok: false; errors: GeoError[] };

/**
 * geo/ → the published dataset, as a pure function of the files' bytes:
 * 1. load: parse each file and check it against its schema (the vendored basemap too, by its own rules);
 * 2. check: geometry, ids, references, quotes, translations, times, contradictions (every rule runs, so an
 *    editor sees all problems at once; but only once every file has loaded, so no error is a mere echo of
 *    another);
 * 3. derive: UTC times, measured facts, the published files of the dataset (what the map needs first, and
 *    apart what only panels and downloads read), and the basemap beneath it.
 * Any error stops before derivation; nothing partial comes out.
 */
export function compileDataset(tree: GeoTree): CompileResult {
  const errors: GeoError[] = [];
  const geo = loadGeo(tree, errors);
  errors.push(...checkBasemap(tree));
  // A file that failed to load is missing from what follows; checking references against the rest would
  // blame good files for the broken one ("test-city is not a place"), so the editor sees the cause alone.
  if (geo && !errors.length) {
    for (const check of [checkPlaces, checkIds, checkReferences, checkQuotes, checkTranslations, checkTimes, checkContradictions]) {
      errors.push(...check(geo));
    }
  }
  if (!geo || errors.length) return { ok: false, errors: sortErrors(errors) };

  const { places, detail } = derivePlaces(geo);
  const claims = deriveClaims(geo);
  const span = geo.dataset.value.span;
  const claimsFile: ClaimsFile = {
    format: CLAIMS_FORMAT,
    dataset: {
      title: geo.dataset.value.title,
      span: { start: parseSyriaTime(span.start, 'start') as string, end: parseSyriaTime(span.end, 'end') as string },
    },
    claims,
  };
  return {
    ok: true,
    dataset: {
      claims: claimsFile,
      places,
      sources: deriveSources(geo),
      basemap: deriveBasemap(tree),
      placesDetail: detail,
      claimDetails: deriveClaimDetails(geo, places.features),
      quoteTranslations: deriveQuoteTranslations(geo),
      sourceTexts: deriveSourceTexts(geo),
    },
  };
}

function sortErrors(errors: GeoError[]): GeoError[] {
  return [...errors].sort((a, b) => compareCodes(a.file, b.file) || a.line - b.line || a.column - b.column);
}
