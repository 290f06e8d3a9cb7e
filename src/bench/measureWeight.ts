import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chunksOfEntry, type Manifest } from './chunksOfEntry';
import { FIRST_VIEW_FILES } from '../data/firstViewFiles';

export interface FileWeight {
  file: string;
  gzip: number;
}

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
  /** The files behind `later`, each with its gzipped bytes (a language's words among them: a reader of it loads them at once). */
  laterFiles: FileWeight[];
  /** Gzipped bytes of the other data files, which the page fetches only when asked for (a place opened, a closer zoom, a language). */
  laterData: number;
  /** The data files behind `data` and `laterData`, each with its gzipped bytes. */
  dataFiles: FileWeight[];
  laterDataFiles: FileWeight[];
}

/** Compression as a server set to its best would apply it; say so beside the numbers (gzip -9). */
export const GZIP_LEVEL = 9;

/**
 * What each page fetches before its map draws: the first view's files (FIRST_VIEW_FILES, which both pages
 * load through src/data/loadDataset.ts), then the basemap as soon as they are in (src/app/useDataset.ts); if
 * either starts fetching more, list it here.
 */
const DATA_AT_START = Object.values(FIRST_VIEW_FILES).map((file) => `data/${file}`);
const BASEMAP = 'data/basemap.geojson';
/** In data/ but for other sites to read (the oEmbed response), never fetched by the page itself. */
const NOT_FETCHED = ['data/oembed.json'];

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
  const weighEach = (paths: string[]): FileWeight[] =>
    paths.map((file) => ({ file, gzip: gzipSize(readFileSync(join(distDir, file))) }));
  const sum = (weights: FileWeight[]) => weights.reduce((total, { gzip }) => total + gzip, 0);
  const dataFiles = weighEach(DATA_AT_START);
  const laterDataFiles = weighEach(
    readdirSync(join(distDir, 'data'))
      .map((name) => `data/${name}`)
      .filter((file) => ![...DATA_AT_START, BASEMAP, ...NOT_FETCHED].includes(file))
      .sort(),
  );
  const laterFiles = weighEach(later);
  return {
    page,
    code: sum(weighEach(initial)),
    data: sum(dataFiles),
    basemap: sum(weighEach([BASEMAP])),
    later: sum(laterFiles),
    laterFiles,
    laterData: sum(laterDataFiles),
    dataFiles,
    laterDataFiles,
  };
}
