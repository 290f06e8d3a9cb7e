import { describe, expect, it } from 'vitest';
import { QUOTE_TRANSLATIONS_FORMAT, type QuoteTranslationsFile, type Translation } from '../model/types';
import { translationFor } from './translationFor';

const intoEnglish: Translation = { language: 'en', text: 'The rebels entered the city.', by: 'claimmap' };
const indonesianFile: QuoteTranslationsFile = {
  format: QUOTE_TRANSLATIONS_FORMAT,
  language: 'id',
  by: 'claimmap',
  translations: { 'nb-quote': 'Para pemberontak memasuki kota itu.', 'en-quote': 'Kota itu jatuh.' },
};
const norwegianFile: QuoteTranslationsFile = { ...indonesianFile, language: 'nb', translations: { 'en-quote': 'Byen falt.' } };
const norwegianQuote = { id: 'nb-quote', language: 'nb' as const, translation: intoEnglish };
const englishQuote = { id: 'en-quote', language: 'en' as const, translation: null };

describe('translationFor(claim, lang, loaded)', () => {
  it("gives the translation into the reader's language from the reader's loaded file, marked as the project's", () => {
    expect(translationFor(norwegianQuote, 'id', indonesianFile)).toEqual({ language: 'id', text: 'Para pemberontak memasuki kota itu.', by: 'claimmap' });
    expect(translationFor(englishQuote, 'nb', norwegianFile)).toEqual({ language: 'nb', text: 'Byen falt.', by: 'claimmap' });
  });

  it('gives an English reader the English translation on the claim, which needs no file', () => {
    expect(translationFor(norwegianQuote, 'en', null)).toBe(intoEnglish);
  });

  it('falls back to the English translation until the file arrives, where it lacks the claim, or where it is of another language', () => {
    expect(translationFor(norwegianQuote, 'id', null)).toBe(intoEnglish);
    expect(translationFor(norwegianQuote, 'id', { ...indonesianFile, translations: {} })).toBe(intoEnglish);
    expect(translationFor(norwegianQuote, 'id', norwegianFile)).toBe(intoEnglish);
  });

  it('gives none to a reader of the quote’s own language, even with a file at hand, nor where there is none at all', () => {
    expect(translationFor(norwegianQuote, 'nb', norwegianFile)).toBeNull();
    expect(translationFor(englishQuote, 'en', norwegianFile)).toBeNull();
    expect(translationFor(englishQuote, 'id', null)).toBeNull();
  });
});
