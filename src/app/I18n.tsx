import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import { ENGLISH, interfaceLanguage, loadInterfaceLanguage, OWN_NAMES, type InterfaceLanguage } from '../i18n';
import type { Language } from '../model/vocabulary';
import { messageOf } from '../load/messageOf';

/** No default: a component outside a provider must fail loudly, not fall back to English unnoticed. */
const I18nContext = createContext<InterfaceLanguage | null>(null);

/**
 * Gives the components below the interface language (its words, locale and place names), and tells the
 * browser and screen readers which language the page speaks (index.html says "en" until this runs).
 */
export function I18nProvider({ language, children }: { language: InterfaceLanguage; children: ReactNode }) {
  useEffect(
    function declarePageLanguage() {
      document.documentElement.lang = language.lang;
    },
    [language.lang],
  );
  return <I18nContext value={language}>{children}</I18nContext>;
}

/** The interface language: `t` for words, `locale` for Intl, `nameOf` for places. */
export function useI18n(): InterfaceLanguage {
  const language = use(I18nContext);
  if (!language) throw new Error('useI18n: no I18nProvider above this component');
  return language;
}

export interface LanguageShown {
  /** The language to speak now: the one asked for once its words are in; until then the one shown before, or null at the very start. */
  language: InterfaceLanguage | null;
  /** Why the language asked for could not be loaded (the page then speaks English), in English. */
  failed: string | null;
}

/**
 * The interface language `lang`, its words fetched if they are not in yet (only English is in every first
 * load). A page that asks for another language at the start gets null until it arrives, so that nothing is
 * said first in English and then again; a reader who picks one later keeps the current language meanwhile.
 * If the words cannot be fetched the page speaks English and says why.
 */
export function useInterfaceLanguage(lang: Language): LanguageShown {
  const ready = interfaceLanguage(lang);
  const [shown, setShown] = useState<LanguageShown>(() => ({ language: ready ?? null, failed: null }));
  useEffect(
    function fetchLanguage() {
      if (ready) return;
      let live = true;
      loadInterfaceLanguage(lang).then(
        (language) => live && setShown({ language, failed: null }),
        (error: unknown) =>
          live &&
          setShown({ language: ENGLISH, failed: `the ${OWN_NAMES[lang]} interface could not be loaded: ${messageOf(error)}` }),
      );
      return function ignoreLateAnswer() {
        live = false;
      };
    },
    [lang, ready],
  );
  return ready ? { language: ready, failed: null } : shown;
}

/** The reader's languages, most preferred first, as the browser reports them. */
export function browserLanguages(): readonly string[] {
  if (navigator.languages?.length) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}
