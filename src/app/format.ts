import type { Language } from '../model/vocabulary';

/** A language's name in English ("Norwegian Bokmål"), from the browser's own data. */
export const languageName = (code: Language) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

/** A UTC instant as a date and time in Syria (UTC+3), the offensive's own clock. */
export function syriaDateTime(utcIso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Damascus',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(utcIso));
}

/** "2024-11-30" → "30 Nov 2024", read as a calendar day (no zone shift). */
export function calendarDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${day}T00:00:00Z`));
}
