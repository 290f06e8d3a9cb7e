import { describe, expect, it } from 'vitest';
import type { PlaceStatus } from '../model/placeStatusAt';
import { en } from './en';
import { nb } from './nb';
import { describeStatus } from './describeStatus';

const status = (overrides: Partial<PlaceStatus>): PlaceStatus =>
  ({ placeId: 'aleppo-city', status: 'opposition', extent: 'most', disputed: true, ...overrides }) as PlaceStatus;

describe('describeStatus(t, name, status)', () => {
  it('says the holder, how much and whether it is disputed, in the reader’s words', () => {
    expect(describeStatus(en, 'Aleppo', status({}))).toBe(`Aleppo: ${en.statuses.opposition}, ${en.extents.most}, ${en.status.disputed}`);
    expect(describeStatus(nb, 'Aleppo', status({}))).toBe(`Aleppo: ${nb.statuses.opposition}, ${nb.extents.most}, ${nb.status.disputed}`);
  });

  it('leaves out what the status does not have', () => {
    expect(describeStatus(en, 'Hama', status({ status: 'unknown', extent: null, disputed: false }))).toBe(`Hama: ${en.statuses.unknown}`);
  });
});
