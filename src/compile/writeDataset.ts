import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CompiledDataset } from './compileDataset';
import { quoteTranslationsFileName } from '../model/types';

/** The published files, by name. */
export function serializeDataset(dataset: CompiledDataset): Record<string, string> {
  return {
    'claims.json': JSON.stringify(dataset.claims),
    'places.geojson': JSON.stringify(dataset.places),
    'places-detail.geojson': JSON.stringify(dataset.placesDetail),
    'sources.json': JSON.stringify(dataset.sources),
    'basemap.geojson': JSON.stringify(dataset.basemap),
    'claim-details.json': JSON.stringify(dataset.claimDetails),
    ...Object.fromEntries(Object.values(dataset.quoteTranslations).map((file) => [quoteTranslationsFileName(file.language), JSON.stringify(file)])),
    'source-texts.json': JSON.stringify(dataset.sourceTexts),
  };
}

/**
 * Writes all files into a fresh folder beside the target and swaps it in with renames, so a reader (or the
 * dev server) never sees a mix of old and new files, and a failure midway leaves the last good data in place.
 * `extraFiles` are published with the data in the same swap (the oEmbed response). Returns the files' names.
 */
export function writeDataset(outDir: string, dataset: CompiledDataset, extraFiles: Record<string, string> = {}): string[] {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, '.data-new-'));
  const retired = `${staging.replace('.data-new-', '.data-old-')}`;
  const files = { ...serializeDataset(dataset), ...extraFiles };
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(staging, name), content);
    let hadOld = true;
    try {
      renameSync(outDir, retired);
    } catch {
      hadOld = false;
    }
    renameSync(staging, outDir);
    if (hadOld) rmSync(retired, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return Object.keys(files);
}
