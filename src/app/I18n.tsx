import { createContext, use, useEffect, type ReactNode } from 'react';
import { interfaceLanguage, type InterfaceLanguage } from '../i18n';
import type { Language } from '../model/vocabulary';

/** No default: a component outside a provider must fail loudly, not fall back to English unnoticed. */
const I18nContext = createContext<InterfaceLanguage | null>(null);

/**
 * Gives the components below the interface language (its words, locale and place names), and tells the
 * browser and screen readers which language the page speaks (index.html says "en" until this runs).
 */
export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  useEffect(
    function declarePageLanguage() {
      document.documentElement.lang = lang;
    },
    [lang],
  );
  return <I18nContext value={interfaceLanguage(lang)}>{children}</I18nContext>;
}

/** The interface language: `t` for words, `locale` for Intl, `nameOf` for places. */
export function useI18n(): InterfaceLanguage {
  const language = use(I18nContext);
  if (!language) throw new Error('useI18n: no I18nProvider above this component');
  return language;
}

/** The reader's languages, most preferred first, as the browser reports them. */
export function browserLanguages(): readonly string[] {
  if (navigator.languages?.length) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}
