import { describe, expect, it } from 'vitest';
import type { Place } from '../model/types';
import { interfaceLanguage } from './interfaceLanguage';

const aleppo = { properties: { names: { en: 'Aleppo Citadel', nb: 'Citadellet i Aleppo', id: 'Benteng Aleppo', ar: 'قلعة حلب' } } } as Place;

describe('interfaceLanguage(lang)', () => {
  it('names places, formats and words in the language', () => {
    const nb = interfaceLanguage('nb');
    expect(nb.nameOf(aleppo)).toBe('Citadellet i Aleppo');
    expect(nb.locale).toBe('nb-NO');
    expect(nb.t.statuses.government).toBe('Regjeringen');
    expect(interfaceLanguage('id').nameOf(aleppo)).toBe('Benteng Aleppo');
  });

  it('is the same object every time for a language, so the map need not redraw its places', () => {
    expect(interfaceLanguage('id')).toBe(interfaceLanguage('id'));
    expect(interfaceLanguage('id').nameOf).toBe(interfaceLanguage('id').nameOf);
  });

  it('refuses a language the interface does not speak', () => {
    expect(() => interfaceLanguage('ar' as 'en')).toThrow(/not an interface language/);
  });
});
