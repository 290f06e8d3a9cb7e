/**
 * Syria has kept UTC+3 all year since 2022, so the offensive's local times convert with a fixed offset.
 * Editors write local times in geo/ and readers type local dates in links; inside, everything is UTC.
 */
export const SYRIA_UTC_OFFSET = '+03:00';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/** Which end of a date-only value is meant: a start is 00:00:00 of that day, an end 23:59:59. */
export type Bound = 'start' | 'end';

/**
 * Parses `2024-11-30`, `2024-11-30T17:00`, `2024-11-30T17:00:00` (Syria time) or the same with `Z` or an
 * offset, and returns the UTC ISO string (`2024-11-30T14:00:00.000Z`), or null when the text is not one of
 * these forms or names a day that does not exist (2024-02-30).
 */
export function parseSyriaTime(text: string, bound: Bound): string | null {
  const date = DATE.exec(text);
  if (date) {
    const time = bound === 'start' ? '00:00:00' : '23:59:59';
    return toUtc(`${text}T${time}${SYRIA_UTC_OFFSET}`, text.slice(0, 10));
  }
  const dateTime = DATE_TIME.exec(text);
  if (!dateTime) return null;
  const [, y, mo, d, h, mi, s, zone] = dateTime;
  return toUtc(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone ?? SYRIA_UTC_OFFSET}`, `${y}-${mo}-${d}`);
}

function toUtc(iso: string, day: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  // Date.parse rolls 2024-02-30 over into March; a day that does not exist is an error, not a guess.
  if (!sameCalendarDay(iso, day)) return null;
  return new Date(ms).toISOString();
}

function sameCalendarDay(iso: string, day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const check = new Date(Date.UTC(y, m - 1, d));
  const hours = Number(iso.slice(11, 13));
  const minutes = Number(iso.slice(14, 16));
  const seconds = Number(iso.slice(17, 19));
  return check.getUTCDate() === d && check.getUTCMonth() === m - 1 && hours < 24 && minutes < 60 && seconds < 60;
}

/** The Syria-time calendar day (YYYY-MM-DD) of a UTC ISO instant. */
export function syriaDay(utcIso: string): string {
  return new Date(Date.parse(utcIso) + 3 * 3600_000).toISOString().slice(0, 10);
}
