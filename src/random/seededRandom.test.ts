import { describe, expect, it } from 'vitest';
import { seededRandom } from './seededRandom';

describe('seededRandom(seed)', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('stays in [0, 1), below(n) in [0, n) and pick within the list', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 10_000; i++) {
      const x = random.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = random.below(3);
      expect([0, 1, 2]).toContain(n);
      expect(['a', 'b']).toContain(random.pick(['a', 'b']));
    }
  });

  it('refuses to pick from nothing', () => {
    expect(() => seededRandom(1).pick([])).toThrow(/no items/);
  });
});
