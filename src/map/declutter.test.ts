import { describe, expect, it } from 'vitest';
import { declutter } from './declutter';

describe('declutter(labels, width, height)', () => {
  it('keeps every box that touches no other', () => {
    const labels = [
      { key: 'a', x: 0, y: 0 },
      { key: 'b', x: 34, y: 0 },
      { key: 'c', x: 0, y: 20 },
    ];
    expect(declutter(labels, 34, 20)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('drops a box that overlaps one already kept, the first (weightiest) winning', () => {
    const labels = [
      { key: 'strike', x: 100, y: 100 },
      { key: 'curfew', x: 120, y: 110 },
      { key: 'far', x: 300, y: 100 },
    ];
    expect(declutter(labels, 34, 20)).toEqual(new Set(['strike', 'far']));
    expect(declutter([...labels].reverse(), 34, 20)).toEqual(new Set(['far', 'curfew']));
  });

  it('checks across grid cells, at negative positions too', () => {
    // 33 and 35 fall in different cells of width 34, yet the boxes overlap.
    expect(declutter([{ key: 'a', x: 33, y: -5 }, { key: 'b', x: 35, y: -1 }], 34, 20)).toEqual(new Set(['a']));
    expect(declutter([{ key: 'a', x: -40, y: -30 }, { key: 'b', x: -10, y: -25 }], 34, 20)).toEqual(new Set(['a']));
  });

  it('keeps a dropped box from blocking others: only kept boxes take room', () => {
    // b loses to a; c overlaps b but not a, so c stays.
    const labels = [
      { key: 'a', x: 0, y: 0 },
      { key: 'b', x: 30, y: 0 },
      { key: 'c', x: 60, y: 0 },
    ];
    expect(declutter(labels, 34, 20)).toEqual(new Set(['a', 'c']));
  });

  it('thins a dense grid to about one box per box-sized area', () => {
    const labels = Array.from({ length: 10_000 }, (_, i) => ({ key: String(i), x: (i % 100) * 5, y: Math.floor(i / 100) * 5 }));
    const kept = declutter(labels, 34, 20);
    // 500 × 500 px of boxes 34 × 20 wide: at most ceil(500/34) × ceil(500/20) fit without overlap.
    expect(kept.size).toBeLessThanOrEqual(15 * 25);
    expect(kept.size).toBeGreaterThan(100);
  });
});
