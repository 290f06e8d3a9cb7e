import { describe, expect, it } from 'vitest';
import { recordReliabilityRow, reliabilityRow } from '../reliability';
import { linkCounts } from './linkCounts';
import { LANGUAGES, TIME_READINGS } from '../model/vocabulary';
import { hostileQueries, hostileValues } from './hostileQueries';
import { parseUrlState, serializeUrlState, type ViewState } from './urlState';

const known = {
  placeIds: new Set(['aleppo-city', 'aleppo-citadel', 'idlib-city']),
  span: { start: '2024-11-26T21:00:00.000Z', end: '2024-12-01T20:59:59.000Z' },
};

/** Whatever the link held, the state is one the app can show. */
function expectSensible(state: ViewState) {
  if (state.date !== null) expect(state.date >= known.span.start && state.date <= known.span.end).toBe(true);
  if (state.place !== null) expect(known.placeIds.has(state.place)).toBe(true);
  expect(TIME_READINGS).toContain(state.time);
  if (state.lang !== null) expect(LANGUAGES).toContain(state.lang);
  if (state.view) expect([state.view.lat, state.view.lng, state.view.zoom].every(Number.isFinite)).toBe(true);
  if (state.bounds) expect(state.bounds.every(Number.isFinite) && state.bounds[0] < state.bounds[2] && state.bounds[1] < state.bounds[3]).toBe(true);
}

const ROW = 'link values (URL state)';

describe('parseUrlState on hostile links', () => {
  const values = hostileValues(5_000);

  it('never throws, and gives a state the app can show and write back unchanged, for 5 000 values under every parameter', () => {
    let cases = 0;
    for (const query of [...hostileQueries(values, 1), ...hostileQueries(values, 9)]) {
      const state = parseUrlState(query, known);
      expectSensible(state);
      expect(parseUrlState(serializeUrlState(state), known)).toEqual(state);
      cases++;
    }
    expect(cases).toBe(5_000 + Math.ceil(5_000 / 9));

    // Every value was read without an exception (or the loop above would have failed): none crashed.
    const counts = linkCounts(hostileQueries(values, 1), known);
    const row = reliabilityRow(ROW, { tried: counts.values, rejectedCleanly: counts.fellBack, crashes: 0, acceptedValid: counts.accepted }, 'src/state/urlState.fuzz.test.ts');
    const readme = new URL('../../README.md', import.meta.url).pathname;
    expect(recordReliabilityRow(readme, ROW, row), 'run with UPDATE_README=1 to record the counts').toBe(row);
  });

  it('is deterministic: the same seed gives the same values', () => {
    expect(hostileValues(50)).toEqual(hostileValues(50));
    expect(hostileValues(50, 1)).not.toEqual(hostileValues(50));
  });
});
