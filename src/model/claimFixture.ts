import type { Claim } from './types';

/**
 * A claim for tests of the model: a control claim by SOHR about `aleppo-city`, published at the end of
 * 30 November; each test overrides what it is about. Not part of the app bundle (only tests import it).
 */
export function claimFixture(overrides: Partial<Claim> & { id: string }): Claim {
  return {
    sourceId: '900',
    quote: 'test quote',
    quoteAt: [0, 10],
    language: 'en',
    translation: null,
    places: ['aleppo-city'],
    kind: 'control',
    actor: 'opposition',
    holder: 'opposition',
    extent: 'most',
    attribution: { text: 'SOHR', origin: 'sohr', via: [] },
    eventStart: '2024-11-29T00:00:00.000Z',
    eventEnd: '2024-11-29T12:00:00.000Z',
    publishedAt: '2024-11-30T20:59:59.000Z',
    certainty: 'reported',
    contradicts: [],
    historic: false,
    ...overrides,
  };
}
