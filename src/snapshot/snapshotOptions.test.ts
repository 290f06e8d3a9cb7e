import { describe, expect, it } from 'vitest';
import { snapshotOptions } from './snapshotOptions';

const known = {
  placeIds: new Set(['aleppo-city', 'idlib-city']),
  span: { start: '2024-11-26T21:00:00.000Z', end: '2024-12-01T20:59:59.000Z' },
};

describe('snapshotOptions(args, known)', () => {
  it('turns the command line into the embed view, with a 800-pixel, double-density picture by default', () => {
    expect(snapshotOptions({ date: '2024-11-30', place: 'aleppo-city', lang: 'nb' }, known)).toEqual({
      ok: true,
      options: { query: '?date=2024-11-30&place=aleppo-city&lang=nb', width: 800, scale: 2, out: 'claimmap-snapshot.png' },
    });
  });

  it('takes the reading of time, a box, the slider, the size and the file', () => {
    const result = snapshotOptions(
      { time: 'report', bounds: '36.2,35,37.6,36.6', slider: true, width: '320', scale: '1', out: 'aleppo.PNG' },
      known,
    );
    expect(result).toEqual({
      ok: true,
      options: { query: '?time=report&bounds=36.2,35,37.6,36.6&slider=1', width: 320, scale: 1, out: 'aleppo.PNG' },
    });
  });

  it('names every option that is wrong, and why, instead of drawing something else', () => {
    const result = snapshotOptions(
      { date: '2024-02-30', place: 'atlantis', lang: 'fr', time: 'later', bounds: '1,2,3', width: '20000', scale: '1.5', out: 'map.jpg' },
      known,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        '--date "2024-02-30" is not a date: give YYYY-MM-DD or YYYY-MM-DDTHH:MM (Syria time, UTC+3)',
        '--place "atlantis" is not a place of the dataset (ids as in data/places.geojson, e.g. aleppo-city)',
        '--lang "fr" is not one of en, nb, id',
        '--time "later" is not one of event, report',
        '--bounds "1,2,3" is not west,south,east,north in degrees (west < east, south < north)',
        '--width "20000" must be a whole number from 280 to 2400',
        '--scale "1.5" must be a whole number from 1 to 4',
        '--out "map.jpg" must name a .png file',
      ],
    });
  });

  it('refuses a date outside the span rather than clamping it as a link would', () => {
    const result = snapshotOptions({ date: '2016-12-22' }, known);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^--date "2016-12-22" is outside the dataset's span/);
  });
});
