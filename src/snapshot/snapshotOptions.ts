import { LANGUAGES, TIME_READINGS, type Language, type TimeReading } from '../model/vocabulary';
import { DEFAULT_VIEW_STATE, parseUrlState, serializeUrlState, type ViewState } from '../state/urlState';
import { parseSyriaTime } from '../time/parseSyriaTime';

/** What `npm run snapshot` was asked for, as the command line gave it (all text, any of it missing). */
export interface SnapshotArgs {
  date?: string;
  place?: string;
  lang?: string;
  time?: string;
  bounds?: string;
  slider?: boolean;
  width?: string;
  scale?: string;
  out?: string;
}

export interface SnapshotOptions {
  /** The embed's query string for the view (`?date=…&place=…`). */
  query: string;
  width: number;
  scale: number;
  out: string;
}

/** What the published dataset allows: the places that exist and the span of the offensive. */
export interface SnapshotContext {
  placeIds: ReadonlySet<string>;
  span: { start: string; end: string };
}

const WIDTH = { min: 280, max: 2400, default: 800 } as const;
const SCALE = { min: 1, max: 4, default: 2 } as const;

/**
 * Checks the command line against the dataset and says plainly what is wrong, naming the option: unlike a
 * link, which falls back quietly, a command that was mistyped should not produce a picture of something else.
 * Returns the options or the list of problems.
 */
export function snapshotOptions(args: SnapshotArgs, known: SnapshotContext): { ok: true; options: SnapshotOptions } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE, slider: args.slider ?? false };

  if (args.date !== undefined) {
    const moment = parseSyriaTime(args.date, 'end');
    if (moment === null) problems.push(`--date "${args.date}" is not a date: give YYYY-MM-DD or YYYY-MM-DDTHH:MM (Syria time, UTC+3)`);
    else if (moment < known.span.start || moment > known.span.end) {
      problems.push(`--date "${args.date}" is outside the dataset's span, ${known.span.start} to ${known.span.end} (UTC)`);
    } else state.date = moment;
  }
  if (args.place !== undefined) {
    if (known.placeIds.has(args.place)) state.place = args.place;
    else problems.push(`--place "${args.place}" is not a place of the dataset (ids as in data/places.geojson, e.g. aleppo-city)`);
  }
  if (args.lang !== undefined) {
    const lang = LANGUAGES.find((language) => language === args.lang);
    if (lang) state.lang = lang as Language;
    else problems.push(`--lang "${args.lang}" is not one of ${LANGUAGES.join(', ')}`);
  }
  if (args.time !== undefined) {
    const time = TIME_READINGS.find((reading) => reading === args.time);
    if (time) state.time = time as TimeReading;
    else problems.push(`--time "${args.time}" is not one of ${TIME_READINGS.join(', ')}`);
  }
  if (args.bounds !== undefined) {
    // The link's own rules for a box, so the command and the link never disagree on what is valid.
    const bounds = parseUrlState(new URLSearchParams({ bounds: args.bounds }).toString(), known).bounds;
    if (bounds) state.bounds = bounds;
    else problems.push(`--bounds "${args.bounds}" is not west,south,east,north in degrees (west < east, south < north)`);
  }
  const width = integerIn('--width', args.width, WIDTH, problems);
  const scale = integerIn('--scale', args.scale, SCALE, problems);
  const out = args.out ?? 'claimmap-snapshot.png';
  if (!out.toLowerCase().endsWith('.png')) problems.push(`--out "${out}" must name a .png file`);

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, options: { query: serializeUrlState(state), width, scale, out } };
}

function integerIn(name: string, text: string | undefined, range: { min: number; max: number; default: number }, problems: string[]): number {
  if (text === undefined) return range.default;
  const value = Number(text);
  if (/^\d+$/.test(text) && value >= range.min && value <= range.max) return value;
  problems.push(`${name} "${text}" must be a whole number from ${range.min} to ${range.max}`);
  return range.default;
}
