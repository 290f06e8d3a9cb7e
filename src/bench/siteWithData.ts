import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The files the app fetches that a generated dataset replaces; the real basemap stays beneath it. */
const DATASET_FILES = [
  'claims.json',
  'places.geojson',
  'sources.json',
  'claim-details.json',
  'places-detail.geojson',
  'source-texts.json',
  'translations.nb.json',
  'translations.id.json',
];

/** A copy of the build at `siteDir` whose dataset is the one compiled into `dataDir`. */
export function siteWithData(distDir: string, dataDir: string, siteDir: string): string {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(distDir, siteDir, { recursive: true });
  for (const file of DATASET_FILES) cpSync(join(dataDir, file), join(siteDir, 'data', file));
  return siteDir;
}
