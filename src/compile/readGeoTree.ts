import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under geo/ as bytes, keyed by its path as editors name it (`geo/claims/002.yaml`). */
export type GeoTree = Map<string, Uint8Array>;

const READ = ['dataset.yaml', 'origins.yaml', 'sources', 'places', 'claims', 'translations', 'basemap'];

/**
 * Reads the parts of geo/ the compile step uses into memory, so that compiling is a pure function of this
 * map and the fixtures in tests go through exactly the same code as the real folder.
 */
export function readGeoTree(geoDir: string): GeoTree {
  const tree: GeoTree = new Map();
  const visit = (path: string) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) visit(join(path, name));
    } else {
      tree.set(`geo/${relative(geoDir, path).split('\\').join('/')}`, readFileSync(path));
    }
  };
  for (const name of READ) visit(join(geoDir, name));
  return tree;
}
