import { describe, expect, it } from 'vitest';
import { OPENING_WORDS_MAX, sourceTitle } from './sourceTitle';

describe('sourceTitle(headline, text)', () => {
  it('is the headline where the article has one, whatever the text', () => {
    expect(sourceTitle('Rebels enter Aleppo', 'Body text.')).toBe('Rebels enter Aleppo');
  });

  it('is the whole opening, whitespace folded, where the text is short enough', () => {
    expect(sourceTitle(null, '  Opprørere rykket inn\n\ni Aleppo.  ')).toBe('Opprørere rykket inn i Aleppo.');
  });

  it('cuts a long opening at the last word boundary within the limit and says so with an ellipsis', () => {
    const text = `${'word '.repeat(40)}end`;
    const title = sourceTitle(null, text);
    expect(title.endsWith('word…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(OPENING_WORDS_MAX + 1);
    expect(text.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('cuts a long opening with no space in it at the limit’s first character rather than returning nothing', () => {
    expect(sourceTitle(null, 'x'.repeat(200))).toBe('x…');
  });
});
