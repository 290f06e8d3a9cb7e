import { describe, expect, it } from 'vitest';
import { STOPS_AHEAD_MOST_PLACES, stopsWorkedOutAhead } from './stopsWorkedOutAhead';

const stops = Array.from({ length: 121 }, (_, i) => `2024-11-${String(27 + Math.floor(i / 30)).padStart(2, '0')}T00:00:${String(i % 60).padStart(2, '0')}Z`);

describe('stopsWorkedOutAhead(placeCount, stops, remembered)', () => {
  it('is every stop, in order, for the real data and for 2,000 places', () => {
    expect(stopsWorkedOutAhead(21, stops)).toEqual(stops);
    expect(stopsWorkedOutAhead(2_000, stops)).toEqual(stops);
  });

  it('stops at what is remembered: the stops after it would be worked out for nothing', () => {
    expect(stopsWorkedOutAhead(2_000, stops, 2_000 * 50)).toEqual(stops.slice(0, 50));
    expect(stopsWorkedOutAhead(2_000, stops, 1_999)).toEqual([]);
  });

  it('is none past the most places, where a stop alone outlasts an idle slice', () => {
    expect(stopsWorkedOutAhead(STOPS_AHEAD_MOST_PLACES, stops)).toHaveLength(stops.length);
    expect(stopsWorkedOutAhead(STOPS_AHEAD_MOST_PLACES + 1, stops)).toEqual([]);
    expect(stopsWorkedOutAhead(20_000, stops)).toEqual([]);
  });

  it('is none for no stops, and takes a map of no places', () => {
    expect(stopsWorkedOutAhead(2_000, [])).toEqual([]);
    expect(stopsWorkedOutAhead(0, stops)).toEqual(stops);
  });
});
