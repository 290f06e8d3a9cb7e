import type { Language } from '../model/vocabulary';

/**
 * Primary subtags the browser may report, by the interface language that serves them: Norwegian is often
 * `no` (and Nynorsk readers read Bokmål far better than English), and older systems write Indonesian `in`.
 * Malay (`ms`) is left out on purpose: close, but not the same language, and a newsroom would not pass it off.
 */
const BY_SUBTAG: Record<string, Language> = { en: 'en', nb: 'nb', nn: 'nb', no: 'nb', id: 'id', in: 'id' };

/**
 * The interface language: the link's `lang` when it has one (a shared view or an embed speaks as it was
 * shared), else the first of the browser's languages the interface speaks, else English.
 */
export function pickLanguage(fromLink: Language | null, browser: readonly string[]): Language {
  if (fromLink) return fromLink;
  for (const tag of browser) {
    const found = BY_SUBTAG[tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''];
    if (found) return found;
  }
  return 'en';
}
