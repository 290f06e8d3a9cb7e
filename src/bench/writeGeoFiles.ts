import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeoFiles } from './generateDataset';

/** Writes a generated tree under `root` (its `geo/…` paths become `root/geo/…`), replacing what was there. */
export function writeGeoFiles(root: string, files: GeoFiles): string {
  const geoDir = join(root, 'geo');
  rmSync(geoDir, { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return geoDir;
}
