import { askOnce, type AskedOnce } from '../load/askOnce';
import type { Place } from '../model/types';
import { LANGUAGES, type Language } from '../model/vocabulary';
import { LOCALES, type Locale } from './catalogs';
import { en, type Messages } from './en';

/** What the interface needs to speak a language: its words, its Intl locale, and how it names places. */
export interface InterfaceLanguage {
  lang: Language;
  locale: Locale;
  t: Messages;
  /** The place's name in this language (every place has names in en, nb, id and ar). */
  nameOf: (place: Place) => string;
}

const made = (lang: Language, t: Messages): InterfaceLanguage => ({ lang, locale: LOCALES[lang], t, nameOf: (place: Place) => place.properties.names[lang] });

/** English is in every page's first load: the reference catalog, and what a page speaks if another fails. */
export const ENGLISH = made('en', en);

/**
 * Each language made once, so the same language is always the same object: the map's layers take `nameOf`
 * as a dependency and would redraw every place if it changed identity. The other catalogs are chunks of
 * their own, fetched for a reader of that language (beside the data, before the first draw) or when one is
 * picked: a reader needs one language, and each catalog is as heavy as the place panel's code.
 */
const BY_LANGUAGE = new Map<Language, AskedOnce<InterfaceLanguage>>([
  ['en', Object.assign(() => Promise.resolve(ENGLISH), { now: () => ENGLISH })],
  ['nb', askOnce(() => import('./nb').then((module) => made('nb', module.nb)))],
  ['id', askOnce(() => import('./id').then((module) => made('id', module.id)))],
]);

function asked(lang: Language): AskedOnce<InterfaceLanguage> {
  const found = BY_LANGUAGE.get(lang);
  if (!found) throw new Error(`interfaceLanguage: "${String(lang)}" is not an interface language (${LANGUAGES.join(', ')})`);
  return found;
}

/** The language, fetching its catalog the first time (a failed fetch is tried again on the next ask). */
export function loadInterfaceLanguage(lang: Language): Promise<InterfaceLanguage> {
  return asked(lang)();
}

/** The language if its catalog is in (English always is), or undefined. */
export function interfaceLanguage(lang: Language): InterfaceLanguage | undefined {
  return asked(lang).now();
}
