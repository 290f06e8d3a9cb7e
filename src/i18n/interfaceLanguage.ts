import type { Place } from '../model/types';
import { LANGUAGES, type Language } from '../model/vocabulary';
import { CATALOGS, LOCALES, type Locale } from './catalogs';
import type { Messages } from './en';

/** What the interface needs to speak a language: its words, its Intl locale, and how it names places. */
export interface InterfaceLanguage {
  lang: Language;
  locale: Locale;
  t: Messages;
  /** The place's name in this language (every place has names in en, nb, id and ar). */
  nameOf: (place: Place) => string;
}

/**
 * Built once per language, so the same language is always the same object: the map's layers take `nameOf`
 * as a dependency and would redraw every place if it changed identity on each render.
 */
const BY_LANGUAGE = new Map<Language, InterfaceLanguage>(
  LANGUAGES.map((lang) => [lang, { lang, locale: LOCALES[lang], t: CATALOGS[lang], nameOf: (place: Place) => place.properties.names[lang] }]),
);

export function interfaceLanguage(lang: Language): InterfaceLanguage {
  const found = BY_LANGUAGE.get(lang);
  if (!found) throw new Error(`interfaceLanguage: "${String(lang)}" is not an interface language`);
  return found;
}
