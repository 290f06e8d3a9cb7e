import { describe, expect, it } from 'vitest';
import { messageOf } from './messageOf';

describe('messageOf(error)', () => {
  it('gives an Error’s message, without its name', () => {
    expect(messageOf(new TypeError('Failed to fetch dynamically imported module: /assets/nb-x.js'))).toBe('Failed to fetch dynamically imported module: /assets/nb-x.js');
  });

  it('gives anything else thrown as text', () => {
    expect(messageOf('claims.json: HTTP 503')).toBe('claims.json: HTTP 503');
    expect(messageOf(undefined)).toBe('undefined');
  });
});
