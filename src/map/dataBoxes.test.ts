import { describe, expect, it } from 'vitest';
import { placedBox } from './dataBoxes';

describe('placedBox(point, item)', () => {
  it('centres a symbol on its anchor', () => {
    expect(placedBox({ x: 100, y: 50 }, { kind: 'symbol', width: 24, height: 24 })).toEqual({ left: 88, top: 38, right: 112, bottom: 62 });
  });

  it('puts a name 12 pixels right of its anchor, centred on the anchor’s height', () => {
    expect(placedBox({ x: 100, y: 50 }, { kind: 'name', width: 60, height: 16 })).toEqual({ left: 112, top: 42, right: 172, bottom: 58 });
  });

  it('puts a name on the side nameSides chose for it', () => {
    expect(placedBox({ x: 100, y: 50 }, { kind: 'name', width: 60, height: 16, side: 'above' })).toEqual({ left: 70, top: 22, right: 130, bottom: 38 });
  });
});
