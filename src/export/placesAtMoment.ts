import type { FeatureCollection, Geometry } from 'geojson';
import type { LoadedDataset } from '../data/loadDataset';
import {
  indexClaims,
  placeStatusAt,
  TIME_READINGS,
  type Certainty,
  type Extent,
  type PlaceKind,
  type Status,
  type TimeReading,
} from '../model';
import { sourceLookup } from './sourceLookup';
import { utcMoment } from './utcMoment';
import { compareCodes } from '../model/compareCodes';

export const PLACES_AT_MOMENT_FORMAT = 'claimmap/places-at-moment@1';

/** An article behind a place's status, enough to find and cite it. */
export interface SourceRef {
  id: string;
  file: string;
  headline: string | null;
  published_date: string;
  publisher: string | null;
}

/**
 * Flat, snake_case properties, so GIS tools (QGIS, ogr2ogr, Shapefile and GeoPackage writers) read each as a
 * column. The lists stay arrays; such tools store them as JSON text.
 */
export interface PlaceAtMomentProperties {
  id: string;
  name_en: string;
  name_nb: string;
  name_id: string;
  name_ar: string;
  kind: PlaceKind;
  parent: string | null;
  /** True where the outline is drawn by the project rather than taken from a dataset (see places.geojson). */
  approximate: boolean;
  status: Status;
  extent: Extent | null;
  disputed: boolean;
  certainty: Certainty | null;
  as_of: string | null;
  supporting_claims: string[];
  disputing_claims: string[];
  pending_claims: string[];
  independent_origins: string[];
  /** The articles of the supporting and disputing claims, by id. */
  sources: SourceRef[];
}

/** The download: every place with its status, and (as foreign members) what moment and data it shows. */
export interface PlacesAtMoment extends FeatureCollection<Geometry, PlaceAtMomentProperties> {
  format: typeof PLACES_AT_MOMENT_FORMAT;
  /** UTC ISO, as `toISOString` writes it. */
  moment: string;
  reading: TimeReading;
  dataset_title: string;
  /** The distinct credits the outlines' sources ask for (Natural Earth, geoBoundaries), in place order. */
  geometry_credits: string[];
}

/**
 * Every place of the dataset with its status at `moment` under `reading`, as `placeStatusAt` gives it, and
 * the articles that status rests on. The input is not changed; each geometry is a copy, so editing the
 * result cannot reach the loaded dataset the map draws from.
 */
export function placesAtMoment(dataset: LoadedDataset, moment: string, reading: TimeReading): PlacesAtMoment {
  const at = utcMoment(moment, 'placesAtMoment');
  if (!TIME_READINGS.includes(reading)) {
    throw new Error(`placesAtMoment: the reading must be one of ${TIME_READINGS.join(', ')}, not ${JSON.stringify(reading)}`);
  }
  const index = indexClaims(dataset.claims.claims);
  const sourceOf = sourceLookup(dataset.sources);
  const credits = new Set<string>();

  const features = dataset.places.features.map((place) => {
    const { id, names, kind, parent, geometrySource } = place.properties;
    if (geometrySource.credit) credits.add(geometrySource.credit);
    const status = placeStatusAt(index, id, at, reading);
    const sources = new Map<string, SourceRef>();
    for (const claimId of [...status.supporting, ...status.disputing]) {
      const claim = index.byId.get(claimId);
      if (!claim) continue;
      const source = sourceOf(claim);
      sources.set(source.id, {
        id: source.id,
        file: source.file,
        headline: source.headline,
        published_date: source.publishedDate,
        publisher: source.publisher,
      });
    }
    const properties: PlaceAtMomentProperties = {
      id,
      name_en: names.en,
      name_nb: names.nb,
      name_id: names.id,
      name_ar: names.ar,
      kind,
      parent,
      approximate: geometrySource.approximate,
      status: status.status,
      extent: status.extent,
      disputed: status.disputed,
      certainty: status.certainty,
      as_of: status.asOf,
      supporting_claims: status.supporting,
      disputing_claims: status.disputing,
      pending_claims: status.pending,
      independent_origins: status.origins,
      sources: [...sources.values()].sort((a, b) => compareCodes(a.id, b.id)),
    };
    return { type: 'Feature' as const, id, properties, geometry: structuredClone(place.geometry) };
  });

  return {
    type: 'FeatureCollection',
    format: PLACES_AT_MOMENT_FORMAT,
    moment: at,
    reading,
    dataset_title: dataset.claims.dataset.title,
    geometry_credits: [...credits],
    features,
  };
}

/**
 * `placesAtMoment` as the text of a .geojson file. Compact, unlike the claims JSON: indenting every
 * coordinate pair would more than treble the file (about 90 kB to 320 kB) for text nobody reads line by line.
 */
export function placesToGeoJson(dataset: LoadedDataset, moment: string, reading: TimeReading): string {
  return `${JSON.stringify(placesAtMoment(dataset, moment, reading))}\n`;
}
