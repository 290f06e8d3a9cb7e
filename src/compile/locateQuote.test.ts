import { describe, expect, it } from 'vitest';
import { locateQuote } from './locateQuote';

const article = 'First paragraph ends here.\n\nSecond  paragraph (with “quotes”) — and $5 [sic].';

describe('locateQuote(article, quote)', () => {
  it('finds the quote where only whitespace differs, and returns the article’s own span', () => {
    const at = locateQuote(article, 'ends here. Second paragraph');
    expect(at && article.slice(at.start, at.end)).toBe('ends here.\n\nSecond  paragraph');
  });

  it('treats regular-expression characters in the quote as text', () => {
    const at = locateQuote(article, '(with “quotes”) — and $5 [sic].');
    expect(at && article.slice(at.start, at.end)).toBe('(with “quotes”) — and $5 [sic].');
    expect(locateQuote(article, 'with.*sic')).toBeNull();
  });

  it('rejects any other difference: case, punctuation, typographic quotes', () => {
    expect(locateQuote(article, 'first paragraph')).toBeNull();
    expect(locateQuote(article, 'ends here')).not.toBeNull();
    expect(locateQuote(article, 'ends here!')).toBeNull();
    expect(locateQuote(article, '(with "quotes")')).toBeNull();
  });

  it('does not match across a partial word at the start or end only by whitespace rules', () => {
    expect(locateQuote(article, '')).toBeNull();
    expect(locateQuote(article, '   ')).toBeNull();
  });
});

describe('locateQuote(article, quote) on a quote copied exactly', () => {
  it('takes the first exact copy, even where a copy with other spacing comes earlier', () => {
    const text = 'rebels took  the city. Later: rebels took the city.';
    const at = locateQuote(text, 'rebels took the city');
    expect(at).toEqual({ start: 30, end: 50 });
  });
});
