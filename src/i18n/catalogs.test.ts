import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../model/vocabulary';
import { en, type Messages } from './en';
import { id } from './id';
import { nb } from './nb';

const CATALOGS: Record<Language, Messages> = { en, nb, id };

type Entry = { path: string; value: unknown };

/** Every leaf of a catalog with its dotted path: strings, and functions (the parameterised strings). */
function leaves(node: unknown, path = ''): Entry[] {
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  }
  return [{ path, value: node }];
}

/** The texts a leaf can produce: itself, or a function's result for small and larger counts. */
function textsOf(value: unknown): string[] {
  if (typeof value !== 'function') return [value as string];
  const call = value as (...args: unknown[]) => unknown;
  return [1, 2, 5, 21].map((sample) => call(...Array.from({ length: call.length }, () => sample)) as string);
}

const byPath = (lang: Language) => new Map(leaves(CATALOGS[lang]).map((entry) => [entry.path, entry.value]));

/**
 * Words that are the same in English on purpose, per language. Anything else equal to English is a string
 * someone forgot to translate, and fails here rather than showing English in a Norwegian page.
 */
const SAME_AS_ENGLISH: Record<Exclude<Language, 'en'>, readonly string[]> = {
  // 'SDF' is the force's name in every language; 'Pause' is also the Norwegian word on a media player;
  // 'Status' is the word in Norwegian and Indonesian too.
  nb: ['SDF', 'Pause', 'Status'],
  id: ['SDF', 'Status'],
};

describe('the interface catalogs (en, nb, id)', () => {
  const english = byPath('en');

  it('have exactly the same keys, at every depth', () => {
    for (const lang of LANGUAGES) expect([...byPath(lang).keys()].sort(), lang).toEqual([...english.keys()].sort());
  });

  it('have a string or a function at every key, a function taking as many arguments as the English one', () => {
    for (const lang of LANGUAGES) {
      for (const [path, value] of byPath(lang)) {
        const reference = english.get(path);
        expect(typeof value, `${lang} ${path}`).toBe(typeof reference);
        expect(['string', 'function'], `${lang} ${path}`).toContain(typeof value);
        if (typeof value === 'function' && typeof reference === 'function') expect(value.length, `${lang} ${path}`).toBe(reference.length);
      }
    }
  });

  it('never give an empty string, nor "undefined", "NaN" or "[object" from a function', () => {
    for (const lang of LANGUAGES) {
      for (const [path, value] of byPath(lang)) {
        for (const text of textsOf(value)) {
          expect(typeof text, `${lang} ${path}`).toBe('string');
          expect(text.trim(), `${lang} ${path}`).not.toBe('');
          expect(text, `${lang} ${path}`).not.toMatch(/undefined|NaN|\[object/);
        }
      }
    }
  });

  it('say nb and id in their own words: nothing equals the English but the listed names', () => {
    for (const lang of ['nb', 'id'] as const) {
      const same = [...byPath(lang)].filter(([path, value]) => {
        const english = textsOf(byPath('en').get(path));
        return textsOf(value).some((text, i) => text === english[i]);
      });
      const unexpected = same.filter(([, value]) => !SAME_AS_ENGLISH[lang].includes(value as string)).map(([path]) => path);
      expect(unexpected, lang).toEqual([]);
    }
  });

  it('count by each language’s plural rules and digits', () => {
    expect(CATALOGS.en.sources.intro(1, 1)).toBe('1 claim from 1 article, each quoted in its own language.');
    expect(CATALOGS.en.sources.intro(1215, 5)).toBe('1,215 claims from 5 articles, each quoted in its own language.');
    expect(CATALOGS.nb.status.restingOn(1, 2)).toBe('Bygger på 1 påstand fra 2 uavhengige opphav.');
    // Intl groups Norwegian thousands with a no-break space.
    expect(CATALOGS.nb.place.showAll(1215)).toBe('Vis alle 1\u00a0215 påstandene');
    expect(CATALOGS.id.status.restingOn(1, 2)).toBe('Berdasarkan 1 klaim dari 2 asal yang independen.');
    expect(CATALOGS.id.place.showAll(1215)).toBe('Tampilkan semua 1.215 klaim');
  });
});
