import { stringify } from 'yaml';
import { seededRandom } from '../random/seededRandom';
import { SYNTHETIC_ORIGINS, syntheticClaims, type SyntheticClaim } from './syntheticClaims';
import { syntheticPlaces } from './syntheticPlaces';

export interface GenerateOptions {
  /** How many places; each gets ten claims. */
  places: number;
  seed?: number;
}

/** A geo/ tree as text, keyed like the compile step's GeoTree (`geo/claims/d0t1.yaml`). */
export type GeoFiles = Map<string, string>;

const DEFAULTS = {
  seed: 20241127,
  /**
   * Places one imagined newsroom desk covers; it files one article per day of the span about them. 25 gives
   * articles of ~50 claims (~10 KB), between the real ones' sizes, so quote lookup cost stays realistic.
   */
  placesPerDesk: 25,
  /** The real dataset's frame, so a synthetic tree differs from geo/ only in its size. */
  title: 'Synthetic benchmark dataset',
  span: { start: '2024-11-27', end: '2024-12-01' },
  bbox: [35.0, 32.0, 42.5, 37.5] as const,
};

/** Lines an article carries between its claims, as real articles carry context between facts. */
const FILLER = [
  'The claims could not be independently verified.',
  'Communications in the area were cut for several hours.',
  'The front lines have shifted repeatedly since Wednesday.',
  'Aid groups warned of shortages of fuel and bread.',
];

/**
 * A synthetic geo/ tree that `npm run geo` accepts: `places` polygons in a grid across the region and ten
 * claims per place (see syntheticClaims), filed in English articles that print every quote verbatim, one
 * article per desk and day. Pure and deterministic: the same options give the same bytes.
 */
export function generateDataset(options: GenerateOptions): GeoFiles {
  if (!Number.isInteger(options.places) || options.places < 1) {
    throw new Error(`generateDataset: places must be a positive integer, not ${options.places}`);
  }
  const random = seededRandom(options.seed ?? DEFAULTS.seed);
  const files: GeoFiles = new Map();
  files.set('geo/dataset.yaml', stringify({ title: DEFAULTS.title, span: DEFAULTS.span, region: { bbox: DEFAULTS.bbox } }));
  files.set(
    'geo/origins.yaml',
    stringify({
      origins: SYNTHETIC_ORIGINS.map((id) => ({ id, name: `Synthetic origin ${id}`, kind: 'synthetic' })),
      vias: [{ id: 'reuters', name: 'Reuters' }],
    }),
  );

  /** Articles by source id, each with the claims it prints, in the order it prints them. */
  const articles = new Map<string, { day: number; entries: { placeId: string; claim: SyntheticClaim }[] }>();
  for (const place of syntheticPlaces(options.places, DEFAULTS.bbox, random)) {
    files.set(`geo/places/${place.id}.geojson`, place.file);
    const desk = Math.floor(place.number / DEFAULTS.placesPerDesk);
    for (const claim of syntheticClaims(`Bench place ${place.number}`, random)) {
      const sourceId = `d${desk}t${claim.day}`;
      const article = articles.get(sourceId) ?? { day: claim.day, entries: [] };
      article.entries.push({ placeId: place.id, claim });
      articles.set(sourceId, article);
    }
  }

  for (const [sourceId, { day, entries }] of articles) {
    const published = new Date(Date.parse(`${DEFAULTS.span.start}T00:00:00Z`) + day * 86400_000).toISOString().slice(0, 10);
    const text = entries.map(({ claim }) => `${claim.sentence} ${random.pick(FILLER)}`).join('\n\n');
    files.set(`geo/sources/${sourceId}_bench.txt`, `${text}\n`);
    files.set(
      `geo/sources/${sourceId}_bench.yaml`,
      stringify({
        id: sourceId,
        file: `${sourceId}_bench.txt`,
        language: 'en',
        published,
        publishedBasis: 'Generated: the article is dated the day its first event began.',
        publisher: null,
      }),
    );
    const idOf = (placeId: string, key: number) => `${sourceId}-${placeId}-${key}`;
    const claims = entries.map(({ placeId, claim }) => ({
      id: idOf(placeId, claim.key),
      quote: claim.sentence,
      places: [placeId],
      kind: claim.kind,
      actor: claim.actor,
      ...(claim.holder ? { holder: claim.holder, extent: claim.extent } : {}),
      attribution: { text: claim.attribution, origin: claim.origin, via: claim.via },
      when: { start: claim.start, end: claim.end, basis: 'Generated: the sentence names the hour.' },
      certainty: claim.certainty,
      // A place's contradicting claims share their start, so they share this article.
      contradicts: claim.contradicts.map((key) => idOf(placeId, key)),
    }));
    files.set(`geo/claims/${sourceId}.yaml`, stringify({ source: sourceId, claims }));
  }
  return files;
}

/** The tree as bytes, as readGeoTree would return it from disk, for compileDataset. */
export function geoTreeOf(files: GeoFiles): Map<string, Uint8Array> {
  const encoder = new TextEncoder();
  return new Map([...files].map(([path, text]) => [path, encoder.encode(text)]));
}
