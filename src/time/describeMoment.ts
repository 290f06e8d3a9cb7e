/**
 * How a moment is written out for each interface language. Intl supplies the names of days and months;
 * the order and punctuation are fixed here because ICU versions disagree on them (ICU 78 writes
 * "Saturday, 30 November 2024" for en-GB, older ones drop the comma) and the app's tests compare strings.
 * The nb and id wordings are the project's own.
 */
const WORDINGS = {
  en: {
    date: (p: DateParts) => `${p.weekday} ${p.day} ${p.month} ${p.year}`,
    at: (date: string, time: string) => `${date}, ${time}`,
    start: (date: string) => `start of ${date}`,
    end: (date: string) => `end of ${date}`,
    syria: 'Syria',
    timeSeparator: ':',
    intl: 'en-GB',
  },
  nb: {
    date: (p: DateParts) => `${p.weekday} ${p.day}. ${p.month} ${p.year}`,
    at: (date: string, time: string) => `${date} kl. ${time}`,
    start: (date: string) => `starten av ${date}`,
    end: (date: string) => `slutten av ${date}`,
    syria: 'Syria',
    timeSeparator: ':',
    intl: 'nb',
  },
  id: {
    date: (p: DateParts) => `${p.weekday}, ${p.day} ${p.month} ${p.year}`,
    at: (date: string, time: string) => `${date} pukul ${time}`,
    start: (date: string) => `awal ${date}`,
    end: (date: string) => `akhir ${date}`,
    syria: 'Suriah',
    timeSeparator: '.',
    intl: 'id',
  },
} as const;

type Wording = keyof typeof WORDINGS;

interface DateParts {
  weekday: string;
  day: string;
  month: string;
  year: string;
}

/** The offensive's clock. Intl knows that Syria has kept UTC+3 all year since 2022 (and its older rules). */
const ZONE = 'Asia/Damascus';

/**
 * A UTC instant written out in words on Syria's clock, in the language of `locale` (en, nb or id; others
 * fall back to British English): 'Saturday 30 November 2024, 17:00 (Syria, UTC+3)'. The last second of a
 * day and the first are how the data writes "by the end of Saturday" and "from Wednesday on", so they read
 * 'end of Saturday 30 November 2024 (Syria, UTC+3)' and 'start of Wednesday 27 November 2024 (…)' rather
 * than as clock times nobody said. Seconds are shown only when they are not zero.
 */
export function describeMoment(utcIso: string, locale = 'en-GB'): string {
  // A slider goes back and forth over the same few moments; each is written out once per language.
  const key = `${locale}\u0000${utcIso}`;
  let described = remembered.get(key);
  if (described === undefined) {
    if (remembered.size >= REMEMBERED) remembered.clear();
    remembered.set(key, (described = writeOut(utcIso, locale)));
  }
  return described;
}

/** Enough for every stop of a long timeline in a few languages; past it the memory starts again. */
const REMEMBERED = 5_000;
const remembered = new Map<string, string>();

function writeOut(utcIso: string, locale: string): string {
  const instant = new Date(utcIso);
  if (Number.isNaN(instant.getTime())) throw new Error(`describeMoment: not an ISO instant: "${utcIso}"`);
  const words = WORDINGS[wordingOf(locale)];
  const parts = partsOf(instant, words.intl);
  const date = words.date(parts);
  const zone = `(${words.syria}, ${offsetOf(instant)})`;
  const clock = `${parts.hour}:${parts.minute}:${parts.second}`;
  if (clock === '23:59:59') return `${words.end(date)} ${zone}`;
  if (clock === '00:00:00') return `${words.start(date)} ${zone}`;
  const seconds = parts.second === '00' ? [] : [parts.second];
  const time = [parts.hour, parts.minute, ...seconds].join(words.timeSeparator);
  return `${words.at(date, time)} ${zone}`;
}

/**
 * The wording for a locale, by its language alone: the order and punctuation are ours, so the region would
 * change nothing, and a tag Intl rejects ('en_GB') must not throw in the middle of a render.
 */
function wordingOf(locale: string): Wording {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  // Browsers often report Norwegian as `no`; Bokmål is the interface's Norwegian.
  if (language === 'nb' || language === 'no') return 'nb';
  if (language === 'id') return 'id';
  return 'en';
}

/**
 * Formatters by locale. Making an Intl.DateTimeFormat costs far more than using one (it was a sixth of a
 * slider step's script), and a page speaks one or two locales, so each is made once.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = make()));
  return format;
}

function partsOf(instant: Date, locale: string): DateParts & { hour: string; minute: string; second: string } {
  const format = formatFor(`parts ${locale}`, () => new Intl.DateTimeFormat(locale, {
    timeZone: ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }));
  const found = new Map(format.formatToParts(instant).map((part) => [part.type, part.value]));
  const part = (type: Intl.DateTimeFormatPartTypes) => found.get(type) ?? '';
  return {
    weekday: part('weekday'),
    day: part('day'),
    month: part('month'),
    year: part('year'),
    // '2-digit' is a request, not a promise (V8 writes a minute formatted alone as '5'); the clock needs two.
    hour: part('hour').padStart(2, '0'),
    minute: part('minute').padStart(2, '0'),
    second: part('second').padStart(2, '0'),
  };
}

/** Syria's offset from UTC at that instant, as 'UTC+3', from Intl so it is right on any date. */
function offsetOf(instant: Date): string {
  const name = formatFor('offset', () => new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'shortOffset' }))
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  return (name ?? 'GMT+3').replace('GMT', 'UTC');
}
