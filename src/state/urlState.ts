import { LANGUAGES, TIME_READINGS, type Language, type TimeReading } from '../model/vocabulary';
import { parseSyriaTime } from '../time/parseSyriaTime';

/**
 * What a link to the map says: the app's public interface, so a reader's link keeps working as the app
 * changes. Every field has a default, and a default is left out of the link.
 */
export interface ViewState {
  /** The moment shown, UTC ISO; null follows the end of the span (a link without a date shows the latest). */
  date: string | null;
  /** The selected place id, or none. */
  place: string | null;
  time: TimeReading;
  /** The interface language the link asks for; null (not in the link) leaves it to the reader's browser. */
  lang: Language | null;
  /** The map's centre and zoom; null fits the map to the places. */
  view: { lat: number; lng: number; zoom: number } | null;
  /**
   * A box to fit the map to when no view is given, [west, south, east, north] in degrees (GeoJSON's bbox
   * order); null fits the map to the places.
   */
  bounds: [number, number, number, number] | null;
  /** Whether the online basemap tiles are shown (off: the app's own basemap, no outside requests). */
  tiles: boolean;
  /** The embed only: whether it shows the date slider (off: a still map of the moment). The full app always does. */
  slider: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  date: null,
  place: null,
  time: 'event',
  lang: null,
  view: null,
  bounds: null,
  tiles: false,
  slider: false,
};

/** What the link is checked against: the places that exist and the span the slider covers. */
export interface UrlStateContext {
  placeIds: ReadonlySet<string>;
  span: { start: string; end: string };
}

/** No good value is longer (a date with seconds and offset is 25); longer ones are pasted junk. */
const MAX_VALUE_LENGTH = 100;
const ZOOM = { min: 3, max: 18 } as const;
const MAX_LAT = 85;
/** Five decimals are about a metre: enough at the deepest zoom, and short links. */
const COORDINATE_DECIMALS = 5;
const DECIMAL = /^-?\d{1,3}(?:\.\d{1,15})?$/;
const SYRIA_OFFSET_MS = 3 * 3600_000;

/**
 * Reads `location.search` ('?date=2024-11-30&place=aleppo-city', with or without the '?'). Never throws:
 * a value that is malformed, unknown or absurd falls back to its default, alone. The first of repeated
 * parameters wins, even when it is the malformed one; unknown parameters are ignored.
 */
export function parseUrlState(search: string, known: UrlStateContext): ViewState {
  const read = reader(search);
  const time = read('time');
  const place = read('place');
  return {
    date: parseDate(read('date'), known.span),
    place: place !== null && known.placeIds.has(place) ? place : null,
    time: TIME_READINGS.find((reading) => reading === time) ?? DEFAULT_VIEW_STATE.time,
    lang: parseLanguage(read('lang')),
    view: parseView(read('view')),
    bounds: parseBounds(read('bounds')),
    tiles: read('tiles') === '1',
    slider: read('slider') === '1',
  };
}

/**
 * Writes the state as a query string ('?…', or '' when all is default), parameters always in the order
 * date, place, time, lang, view, bounds, tiles, slider. Throws on a date or view no link can hold (NaN): that is a bug in
 * the app, not a reader's typo.
 */
export function serializeUrlState(state: ViewState): string {
  const params: [string, string][] = [];
  if (state.date !== null) params.push(['date', formatDate(state.date)]);
  if (state.place !== null) params.push(['place', state.place]);
  if (state.time !== DEFAULT_VIEW_STATE.time) params.push(['time', state.time]);
  if (state.lang !== null) params.push(['lang', state.lang]);
  if (state.view !== null) params.push(['view', formatView(state.view)]);
  if (state.bounds !== null) params.push(['bounds', formatBounds(state.bounds)]);
  if (state.tiles) params.push(['tiles', '1']);
  if (state.slider) params.push(['slider', '1']);
  if (params.length === 0) return '';
  return `?${params.map(([name, value]) => `${name}=${encode(value)}`).join('&')}`;
}

/**
 * The language a link asks for, read exactly as parseUrlState reads it: for the messages shown before the
 * dataset (and with it the rest of the link's context) has loaded.
 */
export function linkLanguage(search: string): Language | null {
  return parseLanguage(reader(search)('lang'));
}

/** A parameter's first value, or null when absent or too long to be anything but junk. */
function reader(search: string): (name: string) => string | null {
  // URLSearchParams decodes broken percent-encoding leniently (to U+FFFD) instead of throwing.
  const params = new URLSearchParams(search);
  return (name) => {
    const value = params.get(name);
    return value === null || value.length > MAX_VALUE_LENGTH ? null : value;
  };
}

/** Only the exact codes: 'NB' or 'nb-NO' in a link are typos the browser's own choice serves better. */
function parseLanguage(text: string | null): Language | null {
  return LANGUAGES.find((language) => language === text) ?? null;
}

function parseDate(text: string | null, span: { start: string; end: string }): string | null {
  if (text === null) return null;
  // A '+' typed in a link ('T17:00+01:00') arrives as a space; no date has a space otherwise.
  const moment = parseSyriaTime(text.replace(' ', '+'), 'end');
  if (moment === null) return null;
  if (moment < span.start) return span.start;
  if (moment > span.end) return span.end;
  return moment;
}

/**
 * The shortest text that parses back to the moment: the date alone for the end of a Syrian day (how the
 * data marks "by then"), else the Syria-local time. It uses parseSyriaTime's fixed +03:00, so the two are
 * exact inverses. Milliseconds are dropped: the data and the slider's stops have none.
 */
function formatDate(utcIso: string): string {
  const ms = Date.parse(utcIso);
  if (Number.isNaN(ms)) throw new Error(`serializeUrlState: date must be a UTC ISO instant, not "${utcIso}"`);
  const local = new Date(ms + SYRIA_OFFSET_MS).toISOString();
  const day = local.slice(0, 10);
  const time = local.slice(11, 19);
  if (time === '23:59:59') return day;
  return `${day}T${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}

function parseView(text: string | null): ViewState['view'] {
  const parts = text?.split(',');
  if (parts?.length !== 3 || !parts.every((part) => DECIMAL.test(part))) return null;
  // `+ 0` turns '-0' into 0, so a parsed view equals the one that was written.
  const [lat, lng, zoom] = parts.map((part) => Number(part) + 0) as [number, number, number];
  if (Math.abs(lat) > MAX_LAT || Math.abs(lng) > 180) return null;
  if (!Number.isInteger(zoom) || zoom < ZOOM.min || zoom > ZOOM.max) return null;
  return { lat, lng, zoom };
}

/** A box a map can fit: four numbers in range, west of east and south of north (no box across ±180°). */
function parseBounds(text: string | null): ViewState['bounds'] {
  const parts = text?.split(',');
  if (parts?.length !== 4 || !parts.every((part) => DECIMAL.test(part))) return null;
  const [west, south, east, north] = parts.map((part) => Number(part) + 0) as [number, number, number, number];
  const inRange = [west, east].every((lng) => Math.abs(lng) <= 180) && [south, north].every((lat) => Math.abs(lat) <= MAX_LAT);
  return inRange && west < east && south < north ? [west, south, east, north] : null;
}

function formatBounds(bounds: NonNullable<ViewState['bounds']>): string {
  if (!bounds.every(Number.isFinite)) throw new Error(`serializeUrlState: bounds must be finite numbers, not ${bounds.join(',')}`);
  return bounds.map(round).join(',');
}

/**
 * Leaflet hands over what the reader did: longitudes past ±180 after panning round the world, fractional
 * zooms, and more decimals than a link needs. They are brought into what parseView accepts, so whatever the
 * app writes, it reads back.
 */
function formatView({ lat, lng, zoom }: NonNullable<ViewState['view']>): string {
  if (![lat, lng, zoom].every(Number.isFinite)) {
    throw new Error(`serializeUrlState: view must be finite numbers, not ${lat},${lng},${zoom}`);
  }
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  const coordinates = [clamp(lat, -MAX_LAT, MAX_LAT), lng === 180 ? 180 : wrapped].map(round);
  return [...coordinates, clamp(Math.round(zoom), ZOOM.min, ZOOM.max)].join(',');
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Rounded to the link's precision, and never '-0' (nor exponent notation, which five decimals rule out). */
const round = (value: number) => Math.round(value * 10 ** COORDINATE_DECIMALS) / 10 ** COORDINATE_DECIMALS + 0;

/** Percent-encoding as URLSearchParams expects, but leaving ':' and ',' readable: both are legal in a query. */
const encode = (value: string) => encodeURIComponent(value).replace(/%3A/g, ':').replace(/%2C/g, ',');
