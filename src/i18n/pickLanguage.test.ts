import { describe, expect, it } from 'vitest';
import { pickLanguage } from './pickLanguage';

describe('pickLanguage(fromLink, browser)', () => {
  it("takes the link's language over the browser's", () => {
    expect(pickLanguage('nb', ['id-ID', 'en'])).toBe('nb');
    expect(pickLanguage('en', ['nb-NO'])).toBe('en');
  });

  it("else takes the first of the browser's languages the interface speaks, by its primary subtag", () => {
    expect(pickLanguage(null, ['fr-FR', 'id-ID', 'en-GB'])).toBe('id');
    expect(pickLanguage(null, ['de', 'en-US', 'nb'])).toBe('en');
    expect(pickLanguage(null, ['NB-no'])).toBe('nb');
    expect(pickLanguage(null, ['en_GB'])).toBe('en');
  });

  it('reads Norwegian as Bokmål whether the browser says nb, nn or no, and Indonesian as id or the old in', () => {
    for (const tag of ['nb', 'nb-NO', 'nn-NO', 'no']) expect(pickLanguage(null, [tag]), tag).toBe('nb');
    for (const tag of ['id', 'id-ID', 'in', 'in-ID']) expect(pickLanguage(null, [tag]), tag).toBe('id');
  });

  it('does not pass Malay off as Indonesian', () => {
    expect(pickLanguage(null, ['ms-MY'])).toBe('en');
    expect(pickLanguage(null, ['ms', 'id'])).toBe('id');
  });

  it('falls back to English for no languages, unknown ones and junk', () => {
    expect(pickLanguage(null, [])).toBe('en');
    expect(pickLanguage(null, ['ar-SY', 'fr'])).toBe('en');
    expect(pickLanguage(null, ['', '*', 'x-klingon'])).toBe('en');
  });
});
