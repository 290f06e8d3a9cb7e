import { describe, expect, it } from 'vitest';
import { downloadName } from './downloadName';

describe('downloadName(kind, moment)', () => {
  it('names the claims downloads, which do not depend on the moment', () => {
    expect(downloadName('claims-csv')).toBe('claimmap-claims.csv');
    expect(downloadName('claims-json', '2024-11-30T14:00:00.000Z')).toBe('claimmap-claims.json');
  });

  it('names the places download after its moment in UTC, to the minute, without colons', () => {
    expect(downloadName('places', '2024-11-30T14:00:00.000Z')).toBe('claimmap-places-2024-11-30T14-00Z.geojson');
    expect(downloadName('places', '2024-11-30T14:00Z')).toBe('claimmap-places-2024-11-30T14-00Z.geojson');
  });

  it('keeps the seconds when the moment has them (the end of a Syrian day is 20:59:59 UTC)', () => {
    expect(downloadName('places', '2024-12-01T20:59:59.000Z')).toBe('claimmap-places-2024-12-01T20-59-59Z.geojson');
  });

  it('refuses a places download without a moment, or with one that is not a UTC ISO time', () => {
    expect(() => downloadName('places')).toThrow('downloadName: the places download needs the moment it shows');
    for (const moment of ['2024-11-30', '2024-11-30T14:00:00+03:00', '2024-02-30T00:00Z', 'yesterday']) {
      expect(() => downloadName('places', moment), moment).toThrow(/^downloadName: the moment must be a UTC ISO time/);
    }
  });
});
