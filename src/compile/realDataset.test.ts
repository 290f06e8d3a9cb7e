/**
 * The real dataset, as the articles tell it: it compiles, it covers what the issue asks, and the model reads
 * the disagreements out of it rather than smoothing them over.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDataset, type CompiledDataset } from './compileDataset';
import { formatGeoError } from './GeoError';
import { readGeoTree } from './readGeoTree';
import { byPlaceOverTime, eventsAt, indexClaims, isEvent, placeStatusAt, statusLookup, type Claim, type ClaimIndex } from '../model';
import { timeline } from '../time/timeline';

let dataset: CompiledDataset;
let index: ClaimIndex;
let byId: Map<string, Claim>;
const endOf = (day: string) => `${day}T20:59:59.000Z`; // the end of a day in Syria (UTC+3)

beforeAll(() => {
  const result = compileDataset(readGeoTree(join(import.meta.dirname, '../../geo')));
  if (!result.ok) throw new Error(result.errors.map(formatGeoError).join('\n'));
  dataset = result.dataset;
  index = indexClaims(dataset.claims.claims);
  byId = index.byId;
});

const contradicts = (a: string, b: string) => byId.get(a)?.contradicts.includes(b) && byId.get(b)?.contradicts.includes(a);

describe('geo/ (the real dataset)', () => {
  it('has more than a hundred claims, from every one of the five articles', () => {
    expect(dataset.claims.claims.length).toBeGreaterThan(100);
    for (const source of dataset.sources.sources) {
      expect(dataset.claims.claims.filter((claim) => claim.sourceId === source.id).length, source.id).toBeGreaterThan(15);
    }
    expect(dataset.sources.sources.map((s) => s.language).sort()).toEqual(['en', 'en', 'en', 'id', 'nb']);
  });

  it('has the places the issue names, with names in four languages', () => {
    const ids = new Set(dataset.places.features.map((place) => place.id));
    for (const id of [
      'aleppo-city', 'aleppo-governorate', 'idlib-governorate', 'idlib-city', 'hama-city', 'hama-governorate',
      'aleppo-airport', 'aleppo-citadel', 'hmeimim-airbase', 'latakia', 'kafr-halab', 'damascus',
      'hama-countryside', 'aleppo-west-entrance', 'aleppo-roads',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    for (const place of dataset.places.features) expect(Object.keys(place.properties.names).sort()).toEqual(['ar', 'en', 'id', 'nb']);
  });

  it('translates every Norwegian and Indonesian quote, and only those', () => {
    for (const claim of dataset.claims.claims) expect(claim.translation !== null, claim.id).toBe(claim.language !== 'en');
  });

  it('translates every English quote into Norwegian and Indonesian, and every other quote into English', () => {
    const { nb, id } = dataset.quoteTranslations;
    for (const claim of dataset.claims.claims) {
      const languages = [
        ...(claim.translation ? [claim.translation.language] : []),
        ...(claim.id in id.translations ? ['id'] : []),
        ...(claim.id in nb.translations ? ['nb'] : []),
      ];
      expect(languages, claim.id).toEqual(claim.language === 'en' ? ['id', 'nb'] : ['en']);
    }
  });

  it('names only the publisher the text names: none', () => {
    expect(dataset.sources.sources.map((source) => source.publisher)).toEqual([null, null, null, null, null]);
  });

  it('records the disagreements between the articles', () => {
    // 'half of Aleppo' against 'most of the city'
    expect(contradicts('001-half-aleppo-sohr', '004-city-most-sohr')).toBe(true);
    // who took the airport: HTS-led rebels or the SDF
    expect(contradicts('003-airport-sdf', '002-airport-sohr')).toBe(true);
    // 'not a single shot fired' against 'fierce battles'
    expect(contradicts('000-no-fighting-sohr', '004-battles-aleppo-army')).toBe(true);
  });

  it('shows Aleppo changing hands between 27 and 30 November, disputed on how much', () => {
    const on27 = placeStatusAt(index, 'aleppo-city', endOf('2024-11-27'), 'event');
    const on30 = placeStatusAt(index, 'aleppo-city', endOf('2024-11-30'), 'event');
    expect(on27.status).toBe('government');
    expect(on30.status).toBe('opposition');
    expect(on30.disputed).toBe(true);
    expect(on30.sides[0]?.extents.map((e) => e.extent)).toEqual(expect.arrayContaining(['most', 'half']));
    expect(on30.origins.length).toBeGreaterThan(3);
  });

  it('shows the airport contested between the rebels and the SDF once both claims are in', () => {
    const status = placeStatusAt(index, 'aleppo-airport', endOf('2024-11-30'), 'report');
    expect(status.status).toBe('contested');
    expect(status.sides.map((side) => side.holder).sort()).toEqual(['opposition', 'sdf']);
  });

  it('measures the articles’ own geography against the outlines', () => {
    const checks = Object.values(dataset.claimDetails.details).map((detail) => detail.check);
    const distance = checks.find((check) => check?.kind === 'distance');
    expect(distance).toMatchObject({ statedKm: 55, consistent: true });
    expect(distance?.measuredKm).toBeGreaterThan(45);
    expect(distance?.measuredKm).toBeLessThan(65);
    const front = checks.find((check) => check?.kind === 'front-length');
    expect(front).toMatchObject({ statedKm: 100, bound: 'at-least', consistent: true });
  });

  it('credits geoBoundaries wherever its outlines are used', () => {
    for (const id of ['aleppo-governorate', 'idlib-governorate', 'hama-governorate']) {
      const place = dataset.places.features.find((p) => p.id === id);
      expect(place?.properties.geometrySource.credit).toMatch(/geoBoundaries.*CC BY 3\.0 IGO/);
    }
  });

  it('gives every place the same status and events, kept up to date step by step, as by counting afresh at every stop of the slider', () => {
    const ids = dataset.places.features.map((place) => place.id);
    const statuses = byPlaceOverTime(index, ids, statusLookup(index));
    const events = byPlaceOverTime(index, ids, (place, moment, reading) => eventsAt(index, [place], moment, reading), isEvent);
    for (const reading of ['event', 'report'] as const) {
      const stops = timeline(dataset.claims.claims, dataset.claims.dataset.span, reading).moments;
      // Forwards through every stop, then back, as a reader scrubs.
      for (const moment of [...stops, ...[...stops].reverse()]) {
        for (const place of ids) {
          expect(statuses(moment, reading).get(place)).toEqual(placeStatusAt(index, place, moment, reading));
          expect(events(moment, reading).get(place)).toEqual(eventsAt(index, [place], moment, reading));
        }
      }
    }
  });
});
