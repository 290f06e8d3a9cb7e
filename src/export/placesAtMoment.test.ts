import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../data/loadDataset';
import { PLACES_AT_MOMENT_FORMAT, placesAtMoment, placesToGeoJson, type PlacesAtMoment } from './placesAtMoment';
import { realDatasetFixture } from './realDatasetFixture';

/** Freezes an object and everything in it, so any write to it throws (the modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

let dataset: LoadedDataset;
let start: string;
let end: string;
beforeAll(() => {
  dataset = realDatasetFixture();
  ({ start, end } = dataset.claims.dataset.span);
});

const placeIn = (collection: PlacesAtMoment, id: string) => {
  const place = collection.features.find((feature) => feature.id === id);
  if (!place) throw new Error(`no ${id} in the export`);
  return place.properties;
};

describe('placesAtMoment(dataset, moment, reading)', () => {
  it('says what it is, at which moment, under which reading, and whose outlines it draws', () => {
    const collection = placesAtMoment(dataset, '2024-11-30T14:00Z', 'report');
    expect(collection).toMatchObject({
      type: 'FeatureCollection',
      format: PLACES_AT_MOMENT_FORMAT,
      moment: '2024-11-30T14:00:00.000Z',
      reading: 'report',
      dataset_title: dataset.claims.dataset.title,
    });
    expect(collection.geometry_credits).toEqual(
      expect.arrayContaining(['Natural Earth', expect.stringMatching(/^geoBoundaries .*CC BY 3\.0 IGO/)]),
    );
    expect(new Set(collection.geometry_credits).size).toBe(collection.geometry_credits.length);
  });

  it('has every place, with its outline, names in four languages and flat snake_case properties', () => {
    const collection = placesAtMoment(dataset, end, 'event');
    expect(collection.features.map((feature) => feature.id)).toEqual(dataset.places.features.map((place) => place.id));
    collection.features.forEach((feature, i) => expect(feature.geometry).toEqual(dataset.places.features[i]?.geometry));
    expect(placeIn(collection, 'aleppo-city')).toMatchObject({
      id: 'aleppo-city',
      name_en: 'Aleppo',
      name_nb: 'Aleppo',
      name_id: 'Aleppo',
      name_ar: 'حلب',
      kind: 'city',
      parent: 'aleppo-governorate',
      approximate: false,
    });
    expect(Object.keys(placeIn(collection, 'aleppo-city'))).toEqual([
      'id', 'name_en', 'name_nb', 'name_id', 'name_ar', 'kind', 'parent', 'approximate', 'status', 'extent',
      'disputed', 'certainty', 'as_of', 'supporting_claims', 'disputing_claims', 'pending_claims',
      'independent_origins', 'sources',
    ]);
  });

  it('gives Aleppo city to the government as 27 November begins, and mostly to the opposition as 1 December ends', () => {
    for (const reading of ['event', 'report'] as const) {
      expect(placeIn(placesAtMoment(dataset, start, reading), 'aleppo-city'), reading).toMatchObject({
        status: 'government',
        extent: 'all',
      });
      expect(placeIn(placesAtMoment(dataset, end, reading), 'aleppo-city'), reading).toMatchObject({
        status: 'opposition',
        extent: 'most',
        certainty: 'reported',
        pending_claims: [],
      });
    }
  });

  it('attaches the claims behind each status and the articles they come from, once each', () => {
    const aleppo = placeIn(placesAtMoment(dataset, end, 'event'), 'aleppo-city');
    const claims = [...aleppo.supporting_claims, ...aleppo.disputing_claims].map((id) =>
      dataset.claims.claims.find((claim) => claim.id === id),
    );
    expect(claims.length).toBeGreaterThan(10);
    expect(aleppo.independent_origins).toContain('sohr');
    const sourceIds = [...new Set(claims.map((claim) => claim?.sourceId))].sort();
    expect(aleppo.sources.map((source) => source.id)).toEqual(sourceIds);
    const article = dataset.sources.sources.find((source) => source.id === '002');
    expect(aleppo.sources.find((source) => source.id === '002')).toEqual({
      id: '002',
      file: article?.file,
      headline: 'Syrian troops withdraw from Aleppo as rebels advance',
      published_date: article?.publishedDate,
      publisher: article?.publisher,
    });
  });

  it('attaches no sources to a place no claim speaks of', () => {
    const unknown = placesAtMoment(dataset, end, 'event').features.filter((f) => f.properties.status === 'unknown');
    expect(unknown.length).toBeGreaterThan(0);
    for (const { properties } of unknown) expect(properties).toMatchObject({ supporting_claims: [], sources: [] });
  });

  it('does not change its input, and shares no object with it', () => {
    const before = JSON.stringify(dataset);
    const frozen = deepFreeze(structuredClone(dataset));
    const collection = placesAtMoment(frozen, end, 'event');
    expect(JSON.stringify(frozen)).toBe(before);
    collection.features.forEach((feature, i) => expect(feature.geometry).not.toBe(frozen.places.features[i]?.geometry));
  });

  it('refuses a moment that is not a UTC ISO time, and an unknown reading', () => {
    expect(() => placesAtMoment(dataset, '30 November 2024', 'event')).toThrow(/^placesAtMoment: the moment must be a UTC ISO time/);
    // @ts-expect-error -- a reading from an untyped caller (a hand-edited URL), which the types would stop
    expect(() => placesAtMoment(dataset, end, 'publication')).toThrow('placesAtMoment: the reading must be one of event, report');
  });
});

describe('placesToGeoJson(dataset, moment, reading)', () => {
  it('is the same collection as GeoJSON text', () => {
    const text = placesToGeoJson(dataset, end, 'event');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(placesAtMoment(dataset, end, 'event'));
  });
});
