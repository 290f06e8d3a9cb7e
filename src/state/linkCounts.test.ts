import { describe, expect, it } from 'vitest';
import { linkCounts } from './linkCounts';

const known = {
  placeIds: new Set(['aleppo-city']),
  span: { start: '2024-11-26T21:00:00.000Z', end: '2024-12-01T20:59:59.000Z' },
};

describe('linkCounts(queries, known)', () => {
  it('counts each parameter value as accepted when it changes the view, else as fallen back', () => {
    expect(linkCounts(['?place=aleppo-city&place=atlantis&lang=nb', 'date=2024-02-30&utm_source=x&slider=1'], known)).toEqual({
      values: 6,
      accepted: 3,
      fellBack: 3,
    });
  });
});
