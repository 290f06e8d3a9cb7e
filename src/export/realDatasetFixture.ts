/* eslint-disable no-restricted-imports -- A test fixture, not export code (only tests import it): it compiles
   geo/ as `npm run geo` does and parses the very text that would be written to public/data/, so the tests read
   the published dataset without depending on a build step having run first (`npm run check` runs the unit
   tests before `npm run geo`, and public/data/ is not in git). */
import { join } from 'node:path';
import { compileDataset } from '../compile/compileDataset';
import { formatGeoError } from '../compile/GeoError';
import { readGeoTree } from '../compile/readGeoTree';
import { serializeDataset } from '../compile/writeDataset';
/* eslint-enable no-restricted-imports */
import type { CompleteDataset } from '../data/createLaterFiles';
import { QUOTE_TRANSLATION_LANGUAGES, quoteTranslationsFileName } from '../model/types';

/** The real dataset, as the app would load it from public/data/: the first files, and every later one. */
export function realDatasetFixture(): CompleteDataset {
  const result = compileDataset(readGeoTree(join(import.meta.dirname, '../../geo')));
  if (!result.ok) throw new Error(result.errors.map(formatGeoError).join('\n'));
  const files = serializeDataset(result.dataset);
  const parse = (name: string) => JSON.parse(files[name] ?? 'null');
  return {
    claims: parse('claims.json'),
    places: parse('places.geojson'),
    sources: parse('sources.json'),
    claimDetails: parse('claim-details.json'),
    quoteTranslations: Object.fromEntries(
      QUOTE_TRANSLATION_LANGUAGES.map((language) => [language, parse(quoteTranslationsFileName(language))]),
    ) as CompleteDataset['quoteTranslations'],
    sourceTexts: parse('source-texts.json'),
  };
}
