/**
 * Seeds geo/places/<id>.geojson, one Feature per place, from the vendored open geodata in geo/basemap/.
 *
 * After the first run those files are the human-edited sources of truth: this script records how each
 * geometry was first made and can remake them (it overwrites geo/places/ for the ids below, so run it
 * only to start over). `--check` only checks the files that are there and prints the table.
 *
 *   npx tsx src/compile/seedPlaces.ts           # write, then check
 *   npx tsx src/compile/seedPlaces.ts --check   # check only
 *
 * Rules every file must meet (checked at the end): one Feature, coordinates rounded to 5 decimals, closed
 * rings without repeated consecutive positions, exterior rings counter-clockwise and holes clockwise
 * (RFC 7946), no self-intersections, everything inside the region bbox of geo/dataset.yaml, and a parent
 * that exists.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  area,
  bbox,
  bboxPolygon,
  bearing,
  booleanClockwise,
  booleanPointInPolygon,
  buffer,
  circle,
  destination,
  difference,
  ellipse,
  feature,
  featureCollection,
  intersect,
  kinks,
  length,
  lineIntersect,
  lineString,
  point,
  polygon,
  polygonToLine,
  rewind,
  union,
} from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { parse } from 'yaml';
import { PLACE_KINDS } from '../model/vocabulary';
import type { NameLanguage, PlaceKind } from '../model/vocabulary';

const GEO = join(import.meta.dirname, '..', '..', 'geo');
const BASEMAP = join(GEO, 'basemap');
const PLACES = join(GEO, 'places');
const KM = { units: 'kilometers' } as const;

type Area = Feature<Polygon | MultiPolygon>;
type Names = Record<NameLanguage, string>;

interface GeometrySource {
  approximate: boolean;
  method: string;
  dataset: string | null;
  licence: string | null;
  credit: string | null;
}

interface PlaceSeed {
  id: string;
  names: Names;
  kind: PlaceKind;
  parent: string | null;
  source: GeometrySource;
  geometry: Geometry;
}

// ---------------------------------------------------------------------------------------------------------
// Credits. The geoBoundaries licence (CC BY 3.0 IGO) requires the credit and a note that the data changed.

const NE = { licence: 'public domain', credit: 'Natural Earth' } as const;
const GB = {
  licence: 'CC BY 3.0 IGO',
  credit:
    'geoBoundaries (www.geoboundaries.org), data from UN OCHA / UN Cartographic Section, CC BY 3.0 IGO; coordinates rounded',
} as const;
const NE_URBAN = 'Natural Earth 1:50m urban areas (via geo/basemap/urban_areas_50m.geojson)';
const NE_COUNTRIES = 'Natural Earth 1:10m land and boundary lines, as countries (via geo/basemap/countries.geojson)';
const NE_AIRPORTS = 'Natural Earth 1:10m airports (via geo/basemap/airports.geojson)';
const NE_PLACES = 'Natural Earth 1:10m populated places (via geo/basemap/populated_places.geojson)';
const GB_GOVS =
  'geoBoundaries gbOpen SYR ADM1, 2017 boundaries, simplified (via geo/basemap/syria_governorates.geojson)';
const DRAWN = { dataset: null, licence: null, credit: null } as const;

// ---------------------------------------------------------------------------------------------------------
// Reading the basemap

interface Collection {
  features: Feature<Geometry, Record<string, unknown>>[];
}

function readCollection(file: string): Collection {
  return JSON.parse(readFileSync(join(BASEMAP, file), 'utf8')) as Collection;
}

function findFeature(file: string, test: (f: Feature<Geometry, Record<string, unknown>>) => boolean) {
  const found = readCollection(file).features.filter(test);
  if (found.length !== 1) throw new Error(`${file}: expected one match, found ${found.length}`);
  return found[0]!;
}

function asArea(f: Feature<Geometry, unknown>, what: string): Area {
  const g = f.geometry;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`${what} is not a polygon`);
  return feature(g);
}

function pointCoords(f: Feature<Geometry, unknown>, what: string): Position {
  if (f.geometry.type !== 'Point') throw new Error(`${what} is not a point`);
  return f.geometry.coordinates;
}

const urbanArea = (mainPlace: string) =>
  asArea(findFeature('urban_areas_50m.geojson', (f) => f.properties.main_place === mainPlace), mainPlace);
const governorate = (iso: string) =>
  asArea(findFeature('syria_governorates.geojson', (f) => f.id === iso), iso);
const country = (a3: string) => asArea(findFeature('countries.geojson', (f) => f.id === a3), a3);
const airport = (icao: string) => pointCoords(findFeature('airports.geojson', (f) => f.id === icao), icao);
const populatedPlace = (name: string) =>
  pointCoords(findFeature('populated_places.geojson', (f) => f.properties.name === name), name);

// ---------------------------------------------------------------------------------------------------------
// Geometry helpers. Turf's overlay functions return null for an empty result; that would be a seeding bug.

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what}: empty result`);
  return value;
}

const intersectAll = (what: string, ...parts: Area[]) => must(intersect(featureCollection(parts)), what);
const minus = (what: string, a: Area, b: Area) => must(difference(featureCollection([a, b])), what);
const bufferKm = (a: Area | Feature<Point>, km: number, what: string) =>
  must(buffer(a, km, KM), what) as Area;
const fmt = (p: Position) => `${p[0]!.toFixed(5)}, ${p[1]!.toFixed(5)}`;

/** A rectangle of the given size centred on `centre`, its long side along `axisBearing` (degrees from north). */
function rotatedRectangle(centre: Position, lengthKm: number, widthKm: number, axisBearing: number): Area {
  const corner = (along: number, across: number) => {
    const a = destination(centre, (along * lengthKm) / 2, axisBearing, KM);
    return destination(a, (across * widthKm) / 2, axisBearing + 90, KM).geometry.coordinates;
  };
  const ring = [corner(1, -1), corner(1, 1), corner(-1, 1), corner(-1, -1)];
  return polygon([[...ring, ring[0]!]]);
}

/** Where a straight line from `inside` towards `towards` leaves the polygon (the first crossing). */
function exitPoint(shape: Area, inside: Position, towards: Position): Position {
  const hits = lineIntersect(lineString([inside, towards]), polygonToLine(shape) as Feature<never>).features;
  const sorted = hits
    .map((h) => h.geometry.coordinates)
    .sort((a, b) => bearingless(inside, a) - bearingless(inside, b));
  return must(sorted[0], 'exit point');
}

/** Planar distance, enough to order points along one short straight line. */
function bearingless(a: Position, b: Position): number {
  return Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!);
}

/** The westernmost point where the parallel `lat` crosses the polygon's boundary. */
function westEdgeAt(shape: Area, lat: number): Position {
  const [w, , e] = bbox(shape);
  const line = lineString([
    [w - 0.1, lat],
    [e + 0.1, lat],
  ]);
  const hits = lineIntersect(line, polygonToLine(shape) as Feature<never>).features.map((h) => h.geometry.coordinates);
  return must(hits.sort((a, b) => a[0]! - b[0]!)[0], 'west edge');
}

// ---------------------------------------------------------------------------------------------------------
// Tidying: the written files must hold exactly what the checks below accept.

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const roundPos = (p: Position): Position => [round5(p[0]!), round5(p[1]!)];
const samePos = (a: Position | undefined, b: Position | undefined) =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/** Rounds a line and drops positions that rounding made equal to the one before. */
function tidyLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line.map(roundPos)) if (!samePos(out[out.length - 1], p)) out.push(p);
  return out;
}

/** As tidyLine, and closes the ring; a ring that rounding collapsed (under 4 positions) is dropped. */
function tidyRing(ring: Position[]): Position[] | null {
  const out = tidyLine(ring);
  if (!samePos(out[0], out[out.length - 1])) out.push(out[0]!);
  return out.length >= 4 ? out : null;
}

function tidyPolygon(rings: Position[][]): Position[][] | null {
  const [outer, ...holes] = rings.map(tidyRing);
  if (!outer) return null;
  return [outer, ...holes.filter((h): h is Position[] => h !== null)];
}

/** Rounds to 5 decimals, removes repeats, rewinds to RFC 7946, and turns a one-part MultiPolygon into a Polygon. */
function tidy(g: Geometry): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPos(g.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map(tidyLine) };
    case 'Polygon':
    case 'MultiPolygon': {
      const parts = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
        .map(tidyPolygon)
        .filter((p): p is Position[][] => p !== null);
      const geometry: Polygon | MultiPolygon =
        parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts };
      // Turf types rewind's result loosely; given a geometry it returns a geometry of the same type.
      return rewind(geometry, { reverse: false }) as Polygon | MultiPolygon;
    }
    default:
      throw new Error(`no tidy rule for ${g.type}`);
  }
}

const tidyArea = (a: Area): Area => feature(tidy(a.geometry) as Polygon | MultiPolygon);

// ---------------------------------------------------------------------------------------------------------
// Names. Arabic: the forms used in Syrian and pan-Arab media. nb/id: the forms Norwegian and Indonesian
// news use (Aleppo/Idlib/Hama unchanged; Damaskus; Suriah in Indonesian).

const names = (en: string, nb: string, id: string, ar: string): Names => ({ en, nb, id, ar });

// ---------------------------------------------------------------------------------------------------------
// The places

function countryAndGovernorates(): PlaceSeed[] {
  const gov = (id: string, iso: string, n: Names): PlaceSeed => ({
    id,
    names: n,
    kind: 'governorate',
    parent: 'syria',
    source: {
      approximate: false,
      method: `The geoBoundaries ADM1 feature ${iso} as vendored, unchanged except that coordinates are rounded to 5 decimals.`,
      dataset: GB_GOVS,
      ...GB,
    },
    geometry: governorate(iso).geometry,
  });
  return [
    {
      id: 'syria',
      names: names('Syria', 'Syria', 'Suriah', 'سوريا'),
      kind: 'country',
      parent: null,
      source: {
        approximate: false,
        method:
          'The SYR feature of the vendored countries layer, unchanged. Natural Earth draws de facto lines: the Golan Heights are outside this polygon.',
        dataset: NE_COUNTRIES,
        ...NE,
      },
      geometry: country('SYR').geometry,
    },
    gov('aleppo-governorate', 'SY-HL', names('Aleppo Governorate', 'Aleppo (provins)', 'Provinsi Aleppo', 'محافظة حلب')),
    gov('idlib-governorate', 'SY-ID', names('Idlib Governorate', 'Idlib (provins)', 'Provinsi Idlib', 'محافظة إدلب')),
    gov('hama-governorate', 'SY-HM', names('Hama Governorate', 'Hama (provins)', 'Provinsi Hama', 'محافظة حماة')),
    {
      id: 'north-west-syria',
      names: names('North-west Syria', 'Nordvest-Syria', 'Suriah barat laut', 'شمال غرب سوريا'),
      kind: 'region',
      parent: 'syria',
      source: {
        approximate: true,
        method:
          '"North-west Syria" has no official outline; the union (turf union) of the geoBoundaries Idlib, Aleppo, Hama and Lattakia governorates (SY-ID, SY-HL, SY-HM, SY-LA) stands for it.',
        dataset: GB_GOVS,
        ...GB,
      },
      geometry: must(
        union(featureCollection(['SY-ID', 'SY-HL', 'SY-HM', 'SY-LA'].map(governorate))),
        'north-west-syria',
      ).geometry,
    },
  ];
}

/** Aleppo city and everything drawn relative to its NE 1:50m urban polygon. */
function aleppo(): PlaceSeed[] {
  const urban = urbanArea('Aleppo');
  const gov = governorate('SY-HL');
  const citadel: Position = [37.1625, 36.1993];
  const westEntrance = roundPos(westEdgeAt(urban, 36.2));
  const citadelNote =
    'The centre, 37.1625, 36.1993, is the citadel position from general references (as geo/basemap/README.md says); it was not checked against imagery.';
  return [
    {
      id: 'aleppo-city',
      names: names('Aleppo', 'Aleppo', 'Aleppo', 'حلب'),
      kind: 'city',
      parent: 'aleppo-governorate',
      source: {
        approximate: false,
        method:
          'The Natural Earth 1:50m urban area whose main_place is Aleppo, unchanged: the built-up area derived from 2002–03 MODIS imagery, generalised for 1:50m (6 vertices, 94 km²), so newer or outlying districts are left out.',
        dataset: NE_URBAN,
        ...NE,
      },
      geometry: urban.geometry,
    },
    {
      id: 'aleppo-city-centre',
      names: names('Aleppo city centre', 'Aleppo sentrum', 'Pusat kota Aleppo', 'وسط مدينة حلب'),
      kind: 'city-part',
      parent: 'aleppo-city',
      source: {
        approximate: true,
        method: `A circle (turf circle, 64 steps) of radius 1.5 km around the Aleppo citadel; the radius is a judgement of the old city and the central districts around it. ${citadelNote}`,
        ...DRAWN,
      },
      geometry: circle(citadel, 1.5, { ...KM, steps: 64 }).geometry,
    },
    {
      id: 'aleppo-citadel',
      names: names('Aleppo Citadel', 'Citadellet i Aleppo', 'Benteng Aleppo', 'قلعة حلب'),
      kind: 'landmark',
      parent: 'aleppo-city-centre',
      source: {
        approximate: true,
        method: `An ellipse (turf ellipse, 32 steps) about 450 m east-west by 330 m north-south, standing for the citadel mound. ${citadelNote}`,
        ...DRAWN,
      },
      geometry: ellipse(citadel, 0.225, 0.165, { ...KM, steps: 32 }).geometry,
    },
    {
      id: 'aleppo-east',
      names: names('East Aleppo', 'Øst-Aleppo', 'Aleppo timur', 'شرق حلب'),
      kind: 'city-part',
      parent: 'aleppo-city',
      source: {
        approximate: true,
        method:
          'The part of the aleppo-city polygon east of lon 37.165 and south of lat 36.235 (turf intersect with that box): a rough stand-in for the eastern neighbourhoods the rebels held until December 2016, not their actual line.',
        ...DRAWN,
      },
      geometry: intersectAll('aleppo-east', urban, bboxPolygon([37.165, 36.0, 37.5, 36.235])).geometry,
    },
    {
      id: 'aleppo-west-entrance',
      names: names(
        'Western entrance to Aleppo',
        'Innfarten til Aleppo fra vest',
        'Pintu masuk barat Aleppo',
        'المدخل الغربي لمدينة حلب',
      ),
      kind: 'city-part',
      parent: 'aleppo-city',
      source: {
        approximate: true,
        method: `A circle (turf circle, 48 steps) of radius 1 km around ${fmt(westEntrance)}, where the parallel 36.2° N crosses the west edge of the aleppo-city polygon, taken as where the road from Idlib enters the city. Half of it lies outside the 1:50m urban outline on purpose.`,
        ...DRAWN,
      },
      geometry: circle(westEntrance, 1, { ...KM, steps: 48 }).geometry,
    },
    {
      id: 'aleppo-outskirts',
      names: names('Outskirts of Aleppo', 'Utkanten av Aleppo', 'Pinggiran Aleppo', 'أطراف مدينة حلب'),
      kind: 'countryside',
      parent: 'aleppo-governorate',
      source: {
        approximate: true,
        method:
          'A ring from the edge of the aleppo-city polygon out to 4 km: turf buffer of 4 km minus the urban polygon, intersected with the Aleppo governorate (geoBoundaries).',
        dataset: GB_GOVS,
        ...GB,
      },
      geometry: intersectAll('aleppo-outskirts', minus('outskirts', bufferKm(urban, 4, 'outskirts'), urban), gov)
        .geometry,
    },
    {
      id: 'aleppo-countryside',
      names: names('Aleppo countryside', 'Landsbygda rundt Aleppo', 'Pedesaan Aleppo', 'ريف حلب'),
      kind: 'countryside',
      parent: 'aleppo-governorate',
      source: {
        approximate: true,
        method:
          'The Aleppo governorate (geoBoundaries) intersected with a 35 km turf buffer of the aleppo-city polygon, minus the urban polygon itself: the countryside within reach of the city, not an administrative unit.',
        dataset: GB_GOVS,
        ...GB,
      },
      geometry: minus(
        'aleppo-countryside',
        intersectAll('countryside', gov, bufferKm(urban, 35, 'countryside')),
        urban,
      ).geometry,
    },
    aleppoRoads(urban),
    aleppoAirport(),
    {
      id: 'kafr-halab',
      names: names('Kafr Halab', 'Kafr Halab', 'Kafr Halab', 'كفر حلب'),
      kind: 'village',
      parent: 'aleppo-governorate',
      source: {
        approximate: true,
        method:
          'A point at 36.905, 36.080, from general references placing the village in the western countryside of Aleppo governorate, some 25–30 km west-south-west of Aleppo city. No dataset here has it; the position is uncertain by a few km.',
        ...DRAWN,
      },
      geometry: point([36.905, 36.08]).geometry,
    },
  ];
}

/** The towns the main roads out of Aleppo lead to; segments point at them, they do not follow roads. */
const ROAD_TARGETS: { towards: string; at: Position }[] = [
  { towards: 'north to Azaz', at: [37.044, 36.589] },
  { towards: 'south-west towards Saraqib and Idlib', at: [36.8, 35.86] },
  { towards: 'south towards Hama along the M5', at: [37.0, 35.95] },
  { towards: 'south-east towards Khanasir', at: [37.5, 35.78] },
  { towards: 'east towards al-Bab', at: [37.52, 36.37] },
];

function aleppoRoads(urban: Area): PlaceSeed {
  const cityPoint = populatedPlace('Aleppo');
  const segments = ROAD_TARGETS.map(({ at }) => {
    const start = exitPoint(urban, cityPoint, at);
    const end = destination(start, 25, bearing(start, at), KM).geometry.coordinates;
    return [start, end];
  });
  return {
    id: 'aleppo-roads',
    names: names(
      'Main roads out of Aleppo',
      'Hovedveiene ut av Aleppo',
      'Jalan utama dari Aleppo',
      'الطرق الرئيسية المؤدية إلى حلب',
    ),
    kind: 'roads',
    parent: 'aleppo-governorate',
    source: {
      approximate: true,
      method: `Schematic directions, not road centre-lines (no roads dataset was available): five straight 25 km segments, each starting where the line from the NE Aleppo city point towards a town leaves the aleppo-city polygon and pointing at that town: ${ROAD_TARGETS.map((t) => `${t.towards} (${t.at.join(', ')})`).join('; ')}.`,
      ...DRAWN,
    },
    geometry: { type: 'MultiLineString', coordinates: segments },
  };
}

function aleppoAirport(): PlaceSeed {
  const ne = airport('OSAP');
  return {
    id: 'aleppo-airport',
    names: names(
      'Aleppo International Airport',
      'Aleppo internasjonale lufthavn',
      'Bandar Udara Internasional Aleppo',
      'مطار حلب الدولي',
    ),
    kind: 'airport',
    parent: 'aleppo-governorate',
    source: {
      approximate: true,
      method: `A rectangle 3.2 km by 1.3 km centred on the Natural Earth airport point (${fmt(ne)}), long axis at a bearing of 95° (roughly east-west, like the runway). The perimeter is drawn around the NE point, not traced from imagery.`,
      dataset: NE_AIRPORTS,
      ...NE,
    },
    geometry: rotatedRectangle(ne, 3.2, 1.3, 95).geometry,
  };
}

function idlibAndHama(): PlaceSeed[] {
  const idlib = populatedPlace('Idlib');
  const hama = populatedPlace('Hamah');
  // Hama's countryside is cut out around the written (rounded) city circle, so the hole matches hama-city exactly.
  const hamaCity = tidyArea(circle(hama, 4.5, { ...KM, steps: 64 }));
  const hamaReach = intersectAll('hama-countryside', governorate('SY-HM'), bufferKm(point(hama), 35, 'hama'));
  return [
    {
      id: 'idlib-city',
      names: names('Idlib', 'Idlib', 'Idlib', 'إدلب'),
      kind: 'city',
      parent: 'idlib-governorate',
      source: {
        approximate: true,
        method: `A circle (turf circle, 48 steps) of radius 3 km around the Natural Earth Idlib point (${fmt(idlib)}). The city has no open outline here (it is missing from the NE 1:50m urban areas); the radius stands for the built-up area of a city of about 130–160 thousand people.`,
        dataset: NE_PLACES,
        ...NE,
      },
      geometry: circle(idlib, 3, { ...KM, steps: 48 }).geometry,
    },
    {
      id: 'hama-city',
      names: names('Hama', 'Hama', 'Hama', 'حماة'),
      kind: 'city',
      parent: 'hama-governorate',
      source: {
        approximate: true,
        method: `A circle (turf circle, 64 steps) of radius 4.5 km around the Natural Earth "Hamah" point (${fmt(hama)}). The city has no open outline here (it is missing from the NE 1:50m urban areas); the radius stands for its built-up area.`,
        dataset: NE_PLACES,
        ...NE,
      },
      geometry: hamaCity.geometry,
    },
    {
      id: 'hama-countryside',
      names: names('Northern Hama countryside', 'Landsbygda nord for Hama', 'Pedesaan Hama utara', 'ريف حماة الشمالي'),
      kind: 'countryside',
      parent: 'hama-governorate',
      source: {
        approximate: true,
        method:
          'The Hama governorate (geoBoundaries) intersected with a 35 km turf buffer of the NE Hama point, minus hama-city, keeping only the part north of lat 35.10 because the offensive came from the north. Not an administrative unit.',
        dataset: GB_GOVS,
        ...GB,
      },
      geometry: intersectAll(
        'hama-countryside north',
        minus('hama-countryside', hamaReach, hamaCity),
        bboxPolygon([35.0, 35.1, 42.5, 37.5]),
      ).geometry,
    },
  ];
}

function coastAndDamascus(): PlaceSeed[] {
  const latakia = populatedPlace('Al Ladhiqiyah');
  const airfield = airport('OSLK');
  return [
    {
      id: 'latakia',
      names: names('Latakia', 'Latakia', 'Latakia', 'اللاذقية'),
      kind: 'city',
      parent: null,
      source: {
        approximate: true,
        method: `A circle (turf circle, 64 steps) of radius 3.5 km around the Natural Earth "Al Ladhiqiyah" point (${fmt(latakia)}), intersected with the NE Syria polygon so that it does not reach into the sea. The NE 1:50m urban polygon here is a 1,900 km² coastal strip, too coarse to be the city.`,
        dataset: `${NE_PLACES}; ${NE_COUNTRIES}`,
        ...NE,
      },
      geometry: intersectAll('latakia', circle(latakia, 3.5, { ...KM, steps: 64 }), country('SYR')).geometry,
    },
    {
      id: 'hmeimim-airbase',
      names: names('Hmeimim Air Base', 'Flybasen Hmeimim', 'Pangkalan Udara Hmeimim', 'قاعدة حميميم الجوية'),
      kind: 'airbase',
      parent: null,
      source: {
        approximate: true,
        method: `Hmeimim air base is in no dataset; it shares the Bassel al-Assad airfield near Jableh (per geo/basemap/README.md). A rectangle 3.5 km by 1.4 km centred on the NE airfield point (${fmt(airfield)}), long axis at a bearing of 355°: the runway is designated 17/35 (DAFIF, via Wikipedia), a magnetic heading of about 170°, plus an assumed magnetic declination of about 5° east. Stands for the whole airfield; not traced from imagery.`,
        dataset: NE_AIRPORTS,
        ...NE,
      },
      geometry: rotatedRectangle(airfield, 3.5, 1.4, 355).geometry,
    },
    {
      id: 'damascus',
      names: names('Damascus', 'Damaskus', 'Damaskus', 'دمشق'),
      kind: 'city',
      parent: null,
      source: {
        approximate: false,
        method:
          'The Natural Earth 1:50m urban area whose main_place is Damascus, unchanged: the 2002–03 MODIS-derived built-up area at 1:50m, which also takes in Douma (474 km²).',
        dataset: NE_URBAN,
        ...NE,
      },
      geometry: urbanArea('Damascus').geometry,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Writing

/** Standard 2-space JSON, except that each [lon, lat] stays on one line so a file reads one vertex a line. */
function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')}\n`;
}

function writePlace(seed: PlaceSeed): void {
  const file = {
    type: 'Feature',
    id: seed.id,
    properties: {
      id: seed.id,
      names: seed.names,
      kind: seed.kind,
      parent: seed.parent,
      geometrySource: seed.source,
    },
    geometry: tidy(seed.geometry),
  };
  writeFileSync(join(PLACES, `${seed.id}.geojson`), serialise(file));
}

// ---------------------------------------------------------------------------------------------------------
// Checking what is on disk

interface PlaceFile {
  id?: unknown;
  type?: unknown;
  properties: { id: string; kind: string; parent: string | null; names: Record<string, string> };
  geometry: Geometry;
}

function regionBbox(): number[] {
  const dataset = parse(readFileSync(join(GEO, 'dataset.yaml'), 'utf8')) as { region: { bbox: number[] } };
  return dataset.region.bbox;
}

function ringsOf(g: Geometry): { ring: Position[]; hole: boolean }[] {
  if (g.type === 'Polygon') return g.coordinates.map((ring, i) => ({ ring, hole: i > 0 }));
  if (g.type === 'MultiPolygon') return g.coordinates.flatMap((p) => ringsOf({ type: 'Polygon', coordinates: p }));
  return [];
}

function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

function ringProblems(ring: Position[], hole: boolean): string[] {
  const problems: string[] = [];
  if (ring.length < 4) problems.push('ring with fewer than 4 positions');
  if (!samePos(ring[0], ring[ring.length - 1])) problems.push('ring not closed');
  if (booleanClockwise(ring) !== hole) problems.push(hole ? 'hole not clockwise' : 'exterior not counter-clockwise');
  return problems;
}

function lineRuns(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

function geometryProblems(g: Geometry, [w, s, e, n]: number[]): string[] {
  const problems = ringsOf(g).flatMap(({ ring, hole }) => ringProblems(ring, hole));
  const positions = positionsOf(g);
  if (positions.some((p) => p.length !== 2 || p.some((x) => round5(x) !== x))) {
    problems.push('not rounded to 5 decimals');
  }
  if (positions.some(([x, y]) => x! < w! || x! > e! || y! < s! || y! > n!)) problems.push('outside the region bbox');
  if (lineRuns(g).some((run) => run.some((p, i) => samePos(p, run[i - 1])))) {
    problems.push('repeated consecutive position');
  }
  if (g.type !== 'Point' && g.type !== 'MultiPoint' && g.type !== 'GeometryCollection') {
    const k = kinks(g).features.length;
    if (k > 0) problems.push(`${k} self-intersection(s)`);
  }
  return problems;
}

/** How much of a place lies in its parent: a hint for editors, not a rule (cities spill over edges). */
function shareInParent(g: Geometry, parent: Geometry | undefined): string {
  if (!parent || (parent.type !== 'Polygon' && parent.type !== 'MultiPolygon')) return '';
  const p = feature(parent);
  if (g.type === 'Point') return booleanPointInPolygon(g.coordinates, p) ? '100%' : '0%';
  if (g.type === 'MultiLineString' || g.type === 'LineString') {
    const inside = positionsOf(g).filter((q) => booleanPointInPolygon(q, p)).length;
    return `${inside}/${positionsOf(g).length} vertices`;
  }
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return '';
  const common = intersect(featureCollection([feature(g), p]));
  return `${((100 * (common ? area(common) : 0)) / area(feature(g))).toFixed(1)}%`;
}

function checkPlaces(): boolean {
  const box = regionBbox();
  const files = readdirSync(PLACES).filter((f) => f.endsWith('.geojson')).sort();
  const places = files.map((f) => ({ file: f, json: JSON.parse(readFileSync(join(PLACES, f), 'utf8')) as PlaceFile }));
  const byId = new Map(places.map((p) => [p.json.properties.id, p.json]));
  const rows = [['id', 'kind', 'geometry', 'vertices', 'area km²', 'length km', 'in parent']];
  let ok = true;
  for (const { file, json } of places) {
    const { id, kind, parent, names: n } = json.properties;
    const problems = geometryProblems(json.geometry, box);
    if (json.type !== 'Feature' || json.id !== id || file !== `${id}.geojson`) problems.push('id/file mismatch');
    if (!(PLACE_KINDS as readonly string[]).includes(kind)) problems.push(`unknown kind ${kind}`);
    if (parent !== null && !byId.has(parent)) problems.push(`parent ${parent} does not exist`);
    if (!['en', 'nb', 'id', 'ar'].every((l) => (n[l] ?? '').trim() !== '')) problems.push('missing a name');
    for (const p of problems) console.error(`${file}: ${p}`);
    ok &&= problems.length === 0;
    const g = json.geometry;
    const isLine = g.type === 'LineString' || g.type === 'MultiLineString';
    rows.push([
      id,
      kind,
      g.type,
      String(positionsOf(g).length),
      (area(feature(g)) / 1e6).toFixed(2),
      isLine ? length(feature(g), KM).toFixed(1) : '',
      shareInParent(g, parent ? byId.get(parent)?.geometry : undefined),
    ]);
  }
  printTable(rows);
  console.log(ok ? `${files.length} place files OK` : 'problems found (see above)');
  return ok;
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ').trimEnd());
}

// ---------------------------------------------------------------------------------------------------------

function main(): void {
  if (!process.argv.includes('--check')) {
    mkdirSync(PLACES, { recursive: true });
    const seeds = [...countryAndGovernorates(), ...aleppo(), ...idlibAndHama(), ...coastAndDamascus()];
    for (const seed of seeds) writePlace(seed);
    console.log(`wrote ${seeds.length} files to geo/places/`);
  }
  if (!checkPlaces()) process.exitCode = 1;
}

main();
