import { describe, expect, it } from 'vitest';
import type { Translation } from '../model/types';
import { translationFor } from './translationFor';

const intoEnglish: Translation = { language: 'en', text: 'The rebels entered the city.', by: 'claimmap' };
const intoIndonesian: Translation = { language: 'id', text: 'Para pemberontak memasuki kota itu.', by: 'claimmap' };
const norwegianQuote = { language: 'nb' as const, translation: intoEnglish, translations: [intoEnglish, intoIndonesian] };

describe('translationFor(claim, lang)', () => {
  it("gives the translation into the reader's language where the project made one", () => {
    expect(translationFor(norwegianQuote, 'id')).toBe(intoIndonesian);
    expect(translationFor(norwegianQuote, 'en')).toBe(intoEnglish);
  });

  it('else falls back to the English translation', () => {
    expect(translationFor({ ...norwegianQuote, translations: [intoEnglish] }, 'id')).toBe(intoEnglish);
  });

  it('gives none to a reader of the quote’s own language, nor where there is none at all', () => {
    expect(translationFor(norwegianQuote, 'nb')).toBeNull();
    expect(translationFor({ language: 'en', translation: null, translations: [] }, 'id')).toBeNull();
  });

  it('gives an English quote its Norwegian translation, and an English reader nothing to read twice', () => {
    const englishQuote = { language: 'en' as const, translation: null, translations: [{ ...intoIndonesian, language: 'nb' as const }] };
    expect(translationFor(englishQuote, 'nb')?.language).toBe('nb');
    expect(translationFor(englishQuote, 'en')).toBeNull();
  });
});
