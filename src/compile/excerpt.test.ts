import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt(text, max)', () => {
  it('gives short one-line text back as it is', () => {
    expect(excerpt('aleppo-city')).toBe('aleppo-city');
  });

  it('cuts a runaway paste to max characters and says how long it was', () => {
    expect(excerpt('9'.repeat(1_000_000), 5)).toBe('99999… (1000000 characters)');
  });

  it('writes line breaks and other control characters as escapes, so the message stays one line', () => {
    expect(excerpt('sauce\ngeo/x.yaml:1:1 fake\u2028')).toBe('sauce\\u000ageo/x.yaml:1:1 fake\\u2028');
  });

  it('never ends on half of a surrogate pair', () => {
    expect(excerpt('ab😀cd', 3)).toBe('ab… (6 characters)');
  });
});
