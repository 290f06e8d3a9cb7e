import { describe, expect, it } from 'vitest';
import { claimFixture as claim } from './claimFixture';
import { eventsAt } from './eventsAt';
import { indexClaims } from './indexClaims';

describe('eventsAt(index, places, moment, reading)', () => {
  const strike1 = claim({ id: 's1', kind: 'airstrike', holder: null, extent: null, eventEnd: '2024-11-30T05:00:00.000Z' });
  const strike2 = claim({ id: 's2', kind: 'airstrike', holder: null, extent: null, eventEnd: '2024-11-30T06:00:00.000Z' });
  const curfew = claim({ id: 'c', kind: 'curfew', holder: null, extent: null, eventEnd: '2024-11-30T14:00:00.000Z' });
  const old = claim({ id: 'old', kind: 'airstrike', holder: null, extent: null, eventEnd: '2016-12-01T00:00:00.000Z', historic: true });
  const control = claim({ id: 'ctl' });
  const index = indexClaims([strike1, strike2, curfew, old, control]);

  it('groups the events known by the moment by place and kind, leaving out territory and history', () => {
    expect(eventsAt(index, ['aleppo-city'], '2024-11-30T10:00:00.000Z', 'event')).toEqual([
      { placeId: 'aleppo-city', kind: 'airstrike', claimIds: ['s1', 's2'] },
    ]);
    expect(eventsAt(index, ['aleppo-city'], '2024-11-30T20:00:00.000Z', 'event').map((e) => e.kind)).toEqual(['airstrike', 'curfew']);
  });

  it('has nothing for places without events', () => {
    expect(eventsAt(index, ['hama-city'], '2024-12-01T00:00:00.000Z', 'event')).toEqual([]);
  });
});
