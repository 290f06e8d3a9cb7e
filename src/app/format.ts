import type { Locale } from '../i18n';
import type { Language } from '../model/vocabulary';

/**
 * Intl's formatters, one per locale and kind: building one costs far more than using it, and a place panel
 * formats dates for dozens of claims on every slider step.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames>();
function cached<T extends Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) cache.set(key, (found = make()));
  return found;
}

/** A language's name in the interface's language ("Norwegian Bokmål", "norsk bokmål", "Bokmål Norwegia"). */
export function languageName(code: Language, locale: Locale): string {
  return cached(`names ${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' })).of(code) ?? code;
}

/** A UTC instant as a date and time in Syria (UTC+3), the offensive's own clock, in the interface's locale. */
export function syriaDateTime(utcIso: string, locale: Locale): string {
  const format = cached(`syria ${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Damascus', dateStyle: 'medium', timeStyle: 'short' }));
  return format.format(new Date(utcIso));
}

/** "2024-11-30" → "30 Nov 2024" / "30. nov. 2024", read as a calendar day (no zone shift). */
export function calendarDay(day: string, locale: Locale): string {
  const format = cached(`day ${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }));
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** "a, b and c" / "a, b og c" / "a, b, dan c". */
export function listOf(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
