import type { PlaceKind } from '../model/vocabulary';

/**
 * Sites too small to see at the offensive's scale get a symbol at their anchor, distinct by kind, so the
 * airport, the citadel and the air base read apart even in greyscale. Text glyphs keep them crisp and light.
 */
export const PLACE_SYMBOLS: Partial<Record<PlaceKind, { glyph: string; shape: 'circle' | 'square' | 'diamond' }>> = {
  airport: { glyph: '✈', shape: 'circle' },
  airbase: { glyph: '✈', shape: 'square' },
  landmark: { glyph: '♜', shape: 'diamond' },
  village: { glyph: '•', shape: 'circle' },
};

/** Places whose names are always on the map; the rest show theirs on hover and in the list. */
export const LABELLED_KINDS: ReadonlySet<PlaceKind> = new Set(['city', 'airport', 'airbase', 'landmark', 'village']);
