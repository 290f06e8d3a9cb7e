import { describe, expect, it } from 'vitest';
import { claimFixture as claim } from './claimFixture';
import { indexClaims } from './indexClaims';
import { placeStatusAt } from './placeStatusAt';

const baseline2016 = claim({
  id: 'gov-2016',
  holder: 'government',
  actor: 'government',
  extent: 'all',
  eventStart: '2016-11-30T21:00:00.000Z',
  eventEnd: '2016-12-31T20:59:59.000Z',
  historic: true,
});
const rebelsMost = claim({ id: 'most', extent: 'most', eventStart: '2024-11-29T10:00:00.000Z', eventEnd: '2024-11-30T08:00:00.000Z' });
const before = '2024-11-27T00:00:00.000Z';
const after = '2024-11-30T20:59:59.000Z';

describe('placeStatusAt(index, place, moment, reading)', () => {
  it('is unknown where no claim speaks of the place', () => {
    const status = placeStatusAt(indexClaims([rebelsMost]), 'hama-city', after, 'event');
    expect(status).toMatchObject({ status: 'unknown', extent: null, disputed: false, supporting: [], origins: [] });
  });

  it('takes the baseline from historic control claims', () => {
    const status = placeStatusAt(indexClaims([baseline2016, rebelsMost]), 'aleppo-city', before, 'event');
    expect(status).toMatchObject({ status: 'government', extent: 'all', supporting: ['gov-2016'], disputed: false });
  });

  it('lets a later claim replace the baseline once its event surely happened (its interval closed)', () => {
    const index = indexClaims([baseline2016, rebelsMost]);
    const during = placeStatusAt(index, 'aleppo-city', '2024-11-29T10:00:00.000Z', 'event');
    expect(during).toMatchObject({ status: 'government', pending: ['most'] });
    const status = placeStatusAt(index, 'aleppo-city', '2024-11-30T08:00:00.000Z', 'event');
    expect(status).toMatchObject({ status: 'opposition', extent: 'most', supporting: ['most'], pending: [] });
    expect(status.asOf).toBe('2024-11-30T08:00:00.000Z');
  });

  it('by report time, waits for the article to be published, but counts historic background from its event', () => {
    const index = indexClaims([baseline2016, rebelsMost]);
    expect(placeStatusAt(index, 'aleppo-city', '2024-11-30T12:00:00.000Z', 'report').status).toBe('government');
    expect(placeStatusAt(index, 'aleppo-city', after, 'report').status).toBe('opposition');
  });

  it('lets a baseline claim that ends when another begins give way to it (rebels held it until 2016)', () => {
    const rebelsUntil2016 = claim({
      id: 'rebels-until-2016',
      extent: 'all',
      eventStart: '2010-12-31T21:00:00.000Z',
      eventEnd: '2016-12-31T20:59:59.000Z',
      historic: true,
    });
    const status = placeStatusAt(indexClaims([rebelsUntil2016, baseline2016]), 'aleppo-city', before, 'event');
    expect(status.status).toBe('government');
  });

  it('marks a place contested, with both sides and their origins, when contradicting claims name different holders', () => {
    const rebels = claim({ id: 'airport-rebels', places: ['aleppo-airport'], extent: 'all', contradicts: ['airport-sdf'] });
    const sdf = claim({
      id: 'airport-sdf',
      places: ['aleppo-airport'],
      holder: 'sdf',
      actor: 'sdf',
      extent: 'all',
      eventStart: '2024-11-29T11:00:00.000Z',
      attribution: { text: 'the article', origin: 'article-003', via: [] },
      contradicts: ['airport-rebels'],
    });
    const status = placeStatusAt(indexClaims([rebels, sdf]), 'aleppo-airport', after, 'event');
    expect(status.status).toBe('contested');
    expect(status.disputed).toBe(true);
    expect(status.extent).toBeNull();
    expect(status.sides.map((side) => [side.holder, side.origins])).toEqual([
      ['opposition', ['sohr']],
      ['sdf', ['article-003']],
    ]);
  });

  it('keeps the holder but marks it disputed when the same side disagrees on how much (half against most)', () => {
    const half = claim({ id: 'half', extent: 'half', attribution: { text: 'x', origin: 'article-001', via: [] }, contradicts: ['most-b'] });
    const mostA = claim({ id: 'most-a', extent: 'most' });
    const mostB = claim({ id: 'most-b', extent: 'most', attribution: { text: 'y', origin: 'opposition', via: [] }, contradicts: ['half'] });
    const status = placeStatusAt(indexClaims([half, mostA, mostB]), 'aleppo-city', after, 'event');
    expect(status).toMatchObject({ status: 'opposition', extent: 'most', disputed: true });
    expect(status.sides[0]?.extents).toEqual([
      { extent: 'most', origins: ['opposition', 'sohr'] },
      { extent: 'half', origins: ['article-001'] },
    ]);
  });

  it('does not call a status disputed when its claims disagree only on when (2016 against 2018)', () => {
    const in2018 = claim({ ...baseline2016, id: 'gov-2018', eventStart: '2017-12-31T21:00:00.000Z', eventEnd: '2018-12-31T20:59:59.000Z', contradicts: ['gov-2016b'] });
    const in2016 = claim({ ...baseline2016, id: 'gov-2016b', contradicts: ['gov-2018'] });
    const status = placeStatusAt(indexClaims([in2016, in2018]), 'aleppo-city', before, 'event');
    expect(status).toMatchObject({ status: 'government', disputed: false });
    expect(status.supporting.sort()).toEqual(['gov-2016b', 'gov-2018']);
  });

  it('says how firm the status is: a place held only on unconfirmed reports is unconfirmed', () => {
    const unconfirmed = claim({ id: 'hama', places: ['hama-city'], extent: 'entered', certainty: 'unconfirmed' });
    expect(placeStatusAt(indexClaims([unconfirmed]), 'hama-city', after, 'event').certainty).toBe('unconfirmed');
    const reported = claim({ id: 'hama-2', places: ['hama-city'], extent: 'entered' });
    expect(placeStatusAt(indexClaims([unconfirmed, reported]), 'hama-city', after, 'event').certainty).toBe('reported');
  });

  it('counts independent origins, not outlets: SOHR via three outlets is one', () => {
    const viaOutlets = ['afp', 'reuters', 'state-media'].map((via, i) =>
      claim({ id: `sohr-${i}`, attribution: { text: `SOHR via ${via}`, origin: 'sohr', via: [via] } }),
    );
    const status = placeStatusAt(indexClaims(viaOutlets), 'aleppo-city', after, 'event');
    expect(status.origins).toEqual(['sohr']);
    expect(status.supporting).toHaveLength(3);
  });

  it('lists a known denial as disputing the claim it denies', () => {
    const advance = claim({ id: 'hama-sohr', places: ['hama-countryside'], contradicts: ['hama-denied'] });
    const denial = claim({
      id: 'hama-denied',
      places: ['hama-countryside'],
      kind: 'statement',
      holder: null,
      extent: null,
      actor: 'government',
      certainty: 'denied',
      contradicts: ['hama-sohr'],
    });
    const status = placeStatusAt(indexClaims([advance, denial]), 'hama-countryside', after, 'event');
    expect(status).toMatchObject({ status: 'opposition', disputed: true, disputing: ['hama-denied'] });
  });

  it('calls a place contested when forces are reported moving but no one is said to hold it', () => {
    const advance = claim({ id: 'adv', kind: 'advance', holder: null, extent: null, places: ['hama-countryside'] });
    const status = placeStatusAt(indexClaims([advance]), 'hama-countryside', after, 'event');
    expect(status).toMatchObject({ status: 'contested', sides: [], supporting: ['adv'] });
  });

  it('counts a government withdrawal in support of the new holder', () => {
    const withdrawal = claim({ id: 'left', kind: 'withdrawal', actor: 'government', holder: null, extent: null });
    const status = placeStatusAt(indexClaims([rebelsMost, withdrawal]), 'aleppo-city', after, 'event');
    expect(status.supporting.sort()).toEqual(['left', 'most']);
  });

  it('does not mutate the claims it is given', () => {
    const claims = [baseline2016, rebelsMost];
    const copy = structuredClone(claims);
    placeStatusAt(indexClaims(claims), 'aleppo-city', after, 'event');
    expect(claims).toEqual(copy);
  });
});
