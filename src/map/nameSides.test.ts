import { describe, expect, it } from 'vitest';
import { boxesOverlap, type Box } from './box';
import { nameBox, nameSides, SIDES_UNDER_A_MARKER, type NameToPlace } from './nameSides';

const symbolAt = ({ x, y }: { x: number; y: number }): Box => ({ left: x - 12, top: y - 12, right: x + 12, bottom: y + 12 });
const view: Box = { left: 0, top: 0, right: 375, bottom: 400 };
const name = (placeId: string, point: { x: number; y: number }, width: number): NameToPlace => ({ placeId, point, width, height: 16 });

describe('nameBox(point, size, side)', () => {
  it('writes a name 12 pixels off the anchor, past the symbol’s half, on each side', () => {
    const at = { x: 100, y: 50 };
    const size = { width: 60, height: 16 };
    expect(nameBox(at, size, 'right')).toEqual({ left: 112, top: 42, right: 172, bottom: 58 });
    expect(nameBox(at, size, 'left')).toEqual({ left: 28, top: 42, right: 88, bottom: 58 });
    expect(nameBox(at, size, 'above')).toEqual({ left: 70, top: 22, right: 130, bottom: 38 });
    expect(nameBox(at, size, 'below')).toEqual({ left: 70, top: 62, right: 130, bottom: 78 });
  });

  it('never covers the place’s own symbol', () => {
    const at = { x: 100, y: 50 };
    for (const side of ['right', 'left', 'above', 'below'] as const) {
      const box = nameBox(at, { width: 60, height: 16 }, side);
      const own = symbolAt(at);
      expect(box.left >= own.right || box.right <= own.left || box.top >= own.bottom || box.bottom <= own.top).toBe(true);
    }
  });
});

describe('nameSides(names, symbols, view)', () => {
  // A phone's first view: Latakia's symbol just above and left of Hmeimim's, near the map's left edge.
  const latakia = { x: 38, y: 352 };
  const hmeimim = { x: 53, y: 367 };
  const symbols = [symbolAt(latakia), symbolAt(hmeimim)];

  it('writes every name on the right when nothing is in the way', () => {
    const sides = nameSides([name('idlib', { x: 130, y: 307 }, 40), name('hama', { x: 124, y: 366 }, 44)], [symbolAt({ x: 130, y: 307 })], view);
    expect([...sides]).toEqual([
      ['idlib', 'right'],
      ['hama', 'right'],
    ]);
  });

  it('moves a name off another place’s symbol, to a side that stays inside the map', () => {
    // On the right, Latakia's name runs into Hmeimim's symbol; on the left it would leave the map.
    const sides = nameSides([name('latakia', latakia, 56)], symbols, view);
    expect(sides.get('latakia')).toBe('above');
  });

  it('lets the weightier name keep its side and moves the one after it', () => {
    const a = { x: 100, y: 100 };
    const b = { x: 100, y: 110 };
    const sides = nameSides([name('a', a, 60), name('b', b, 60)], [symbolAt(a), symbolAt(b)], view);
    expect(sides.get('a')).toBe('right');
    expect(sides.get('b')).not.toBe('right');
    const boxA = nameBox(a, { width: 60, height: 16 }, 'right');
    const boxB = nameBox(b, { width: 60, height: 16 }, sides.get('b') ?? 'right');
    expect(boxesOverlap(boxA, boxB)).toBe(false);
  });

  it('leaves a name on the right when every side covers something', () => {
    const at = { x: 200, y: 200 };
    const around = [symbolAt(at), symbolAt({ x: 240, y: 200 }), symbolAt({ x: 160, y: 200 }), symbolAt({ x: 200, y: 170 }), symbolAt({ x: 200, y: 230 })];
    expect(nameSides([name('crowded', at, 50)], around, view).get('crowded')).toBe('right');
  });

  it('does not hold a place outside the view to the view’s edges', () => {
    const outside = { x: -40, y: 100 };
    expect(nameSides([name('far', outside, 60)], [symbolAt(outside), symbolAt({ x: 0, y: 100 })], view).get('far')).toBe('left');
  });

  it('keeps a name out of the sides it may not take (above a place with an event marker)', () => {
    // Latakia's way out is above; a place whose marker goes above has none, and stays on the right.
    const marked = { ...name('latakia', latakia, 56), sides: SIDES_UNDER_A_MARKER };
    expect(nameSides([marked], symbols, view).get('latakia')).toBe('right');
  });
});
