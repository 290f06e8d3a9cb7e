/** A UTC ISO time, to the minute at least: `2024-11-30T14:00Z` up to `2024-11-30T14:00:00.000Z`. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;

/**
 * `moment` as `toISOString` writes it, the one form the model compares as text; anything that is not a UTC
 * ISO time throws, naming `caller`. A time the calendar lacks (30 February, 24:00) is refused rather than
 * rolled over into the next day as `Date` would.
 */
export function utcMoment(moment: string, caller: string): string {
  const time = ISO_UTC.test(moment) ? Date.parse(moment) : Number.NaN;
  const iso = Number.isNaN(time) ? null : new Date(time).toISOString();
  if (!iso || iso.slice(0, 16) !== moment.slice(0, 16)) {
    throw new Error(`${caller}: the moment must be a UTC ISO time such as 2024-11-30T14:00:00.000Z, not ${JSON.stringify(moment)}`);
  }
  return iso;
}
