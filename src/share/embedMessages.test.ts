import { describe, expect, it } from 'vitest';
import { heightMessages } from './embedMessages';

describe('heightMessages(measured)', () => {
  it("gives claimmap's message and AMP's embed-size message with the same height", () => {
    expect(heightMessages(612)).toEqual([
      { type: 'claimmap:height', height: 612 },
      { sentinel: 'amp', type: 'embed-size', height: 612 },
    ]);
  });

  it('rounds a fractional height up, so the frame never cuts off the last pixel row', () => {
    expect(heightMessages(611.01)[0].height).toBe(612);
    expect(heightMessages(611.99)[1].height).toBe(612);
  });

  it('throws on a height that is not a measurement', () => {
    for (const bad of [NaN, -1, Infinity]) expect(() => heightMessages(bad), String(bad)).toThrow(/finite, non-negative/);
  });

  it('survives structured cloning, as postMessage sends it', () => {
    const [ours, amp] = heightMessages(400);
    expect(structuredClone(ours)).toEqual(ours);
    expect(structuredClone(amp)).toEqual(amp);
  });
});
