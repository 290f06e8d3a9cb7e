import { describe, expect, it } from 'vitest';
import { swatchClass } from './swatchClass';

describe('swatchClass(status, disputed)', () => {
  it("gives a held place its side's colour, unstriped", () => {
    expect(swatchClass('opposition')).toBe('swatch swatch--opposition');
    expect(swatchClass('government', false)).toBe('swatch swatch--government');
  });

  it('stripes a contested place, as the map and the legend do, whether or not a claim disputes it', () => {
    expect(swatchClass('contested')).toBe('swatch swatch--contested swatch--hatched');
    expect(swatchClass('contested', true)).toBe('swatch swatch--contested swatch--hatched');
  });

  it("stripes a place whose holder another claim disputes, in the holder's colour", () => {
    expect(swatchClass('opposition', true)).toBe('swatch swatch--opposition swatch--hatched');
  });

  it('leaves a place with no claim plain', () => {
    expect(swatchClass('unknown')).toBe('swatch swatch--unknown');
  });
});
