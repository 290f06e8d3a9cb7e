import type { Language } from '../model/vocabulary';

/** The locale Intl formats dates, numbers and language names in, for each interface language. */
export const LOCALES = { en: 'en-GB', nb: 'nb-NO', id: 'id-ID' } as const satisfies Record<Language, string>;
export type Locale = (typeof LOCALES)[Language];

/** Each language in its own name, for the picker: a reader finds theirs whatever the page speaks now. */
export const OWN_NAMES: Record<Language, string> = { en: 'English', nb: 'Norsk bokmål', id: 'Bahasa Indonesia' };
