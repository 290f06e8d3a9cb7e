import { describe, expect, it } from 'vitest';
import { compareCodes } from './compareCodes';

describe('compareCodes', () => {
  it('orders ISO instants in time order', () => {
    const instants = ['2024-11-30T03:00:00.000Z', '2024-11-27T21:00:00.000Z', '2024-11-30T20:59:59.000Z', '2024-11-29T00:00:00.000Z'];
    expect([...instants].sort(compareCodes)).toEqual([
      '2024-11-27T21:00:00.000Z',
      '2024-11-29T00:00:00.000Z',
      '2024-11-30T03:00:00.000Z',
      '2024-11-30T20:59:59.000Z',
    ]);
  });

  it('gives the order of `<`, which the binary searches over times assume', () => {
    const codes = ['b', 'B', 'a-b', 'ab', 'a_b', 'aa', 'z', '10', '9'];
    const byLessThan = [...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect([...codes].sort(compareCodes)).toEqual(byLessThan);
  });

  it('is the same for every reader: "aa" sorts before "z", as it would not in a Danish or Norwegian collation', () => {
    expect(['zulu', 'aaron', 'abe'].sort(compareCodes)).toEqual(['aaron', 'abe', 'zulu']);
    expect(['zulu', 'aaron', 'abe'].sort((a, b) => a.localeCompare(b, 'nb'))).toEqual(['abe', 'zulu', 'aaron']);
  });

  it('is zero only for equal strings', () => {
    expect(compareCodes('claim-1', 'claim-1')).toBe(0);
    expect(compareCodes('claim-1', 'claim-10')).toBeLessThan(0);
    expect(compareCodes('claim-10', 'claim-1')).toBeGreaterThan(0);
  });
});
