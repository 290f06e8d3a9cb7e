import { describe, expect, it } from 'vitest';
import type { Place } from '../model/types';
import { ENGLISH, interfaceLanguage, loadInterfaceLanguage } from './interfaceLanguage';

const aleppo = { properties: { names: { en: 'Aleppo Citadel', nb: 'Citadellet i Aleppo', id: 'Benteng Aleppo', ar: 'قلعة حلب' } } } as Place;

// The catalogs other than English are fetched once, for the whole module: the order of these tests matters
// only in the first, which runs before anything has asked for Norwegian.
describe('interfaceLanguage(lang) and loadInterfaceLanguage(lang)', () => {
  it('has English at once, and another language only once it has been loaded', async () => {
    expect(interfaceLanguage('en')).toBe(ENGLISH);
    expect(interfaceLanguage('nb')).toBeUndefined();
    const asked = loadInterfaceLanguage('nb');
    expect(interfaceLanguage('nb')).toBeUndefined();
    expect(await asked).toBe(interfaceLanguage('nb'));
  });

  it('names places, formats and words in the language', async () => {
    const nb = await loadInterfaceLanguage('nb');
    expect(nb.nameOf(aleppo)).toBe('Citadellet i Aleppo');
    expect(nb.locale).toBe('nb-NO');
    expect(nb.t.statuses.government).toBe('Regjeringen');
    expect((await loadInterfaceLanguage('id')).nameOf(aleppo)).toBe('Benteng Aleppo');
    expect(ENGLISH.nameOf(aleppo)).toBe('Aleppo Citadel');
  });

  it('is the same object every time for a language, so the map need not redraw its places', async () => {
    const id = await loadInterfaceLanguage('id');
    expect(await loadInterfaceLanguage('id')).toBe(id);
    expect(interfaceLanguage('id')).toBe(id);
    expect(interfaceLanguage('id')?.nameOf).toBe(id.nameOf);
  });

  it('refuses a language the interface does not speak, naming the ones it does', () => {
    expect(() => interfaceLanguage('ar' as 'en')).toThrow(/"ar" is not an interface language \(en, nb, id\)/);
    expect(() => loadInterfaceLanguage('ar' as 'en')).toThrow(/not an interface language/);
  });
});
