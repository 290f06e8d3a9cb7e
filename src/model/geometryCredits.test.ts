import { describe, expect, it } from 'vitest';
import { geometryCredits } from './geometryCredits';
import type { Place } from './types';

const place = (id: string, credit: string | null): Place =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [37, 36] },
    properties: { id, geometrySource: { approximate: credit === null, method: '', dataset: null, licence: null, credit } },
  }) as unknown as Place;

describe('geometryCredits(places)', () => {
  it('lists each credit once, in the order the places give them, and skips outlines that need none', () => {
    const places = [place('a', 'geoBoundaries, CC BY 3.0 IGO'), place('b', null), place('c', 'Natural Earth'), place('d', 'geoBoundaries, CC BY 3.0 IGO')];
    expect(geometryCredits(places)).toEqual(['geoBoundaries, CC BY 3.0 IGO', 'Natural Earth']);
  });
});
