import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chunksOfEntry, type Manifest } from './chunksOfEntry';

export interface PageWeight {
  page: string;
  /** Gzipped bytes of the JS and CSS loaded before the map is drawn. */
  code: number;
  /** Gzipped bytes of the data fetched before the first place is drawn (claims, places, sources). */
  data: number;
  /** Gzipped bytes of the basemap, fetched once the places are drawn. */
  basemap: number;
  /** Gzipped bytes of JS and CSS behind dynamic imports. */
  later: number;
  /** Every file counted, with its gzipped size, for the notes. */
  files: { file: string; gzip: number; raw: number }[];
}

/** Compression as a server set to its best would apply it; say so beside the numbers (gzip -9). */
export const GZIP_LEVEL = 9;

/**
 * What each page fetches before its map draws. Both pages load the dataset through the same code today
 * (src/data/loadDataset.ts, then src/app/useBasemap.ts once the places are drawn); if either starts
 * fetching more, list it here.
 */
const DATA_AT_START = ['data/claims.json', 'data/places.geojson', 'data/sources.json'];
const BASEMAP = 'data/basemap.geojson';

/** The pages of the build, by their HTML file; the embed's row is absent until dist/embed.html exists. */
export const PAGES = { 'full app': 'index.html', embed: 'embed.html' } as const;

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: GZIP_LEVEL }).length;
}

/** Weighs one page of `distDir` (built with build.manifest), or null when the build has no such page. */
export function measureWeight(distDir: string, page: keyof typeof PAGES): PageWeight | null {
  const html = PAGES[page];
  if (!existsSync(join(distDir, html))) return null;
  const manifestPath = join(distDir, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build with build.manifest (vite.config.ts)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const { initial, later } = chunksOfEntry(manifest, html);
  const files: PageWeight['files'] = [];
  const weigh = (paths: string[]) =>
    paths.reduce((sum, file) => {
      const bytes = readFileSync(join(distDir, file));
      const gzip = gzipSize(bytes);
      files.push({ file, gzip, raw: bytes.length });
      return sum + gzip;
    }, 0);
  return {
    page,
    code: weigh(initial),
    data: weigh(DATA_AT_START),
    basemap: weigh([BASEMAP]),
    later: weigh(later),
    files,
  };
}
