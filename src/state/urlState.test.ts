import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, linkLanguage, parseUrlState, serializeUrlState, type ViewState } from './urlState';

const known = {
  placeIds: new Set(['aleppo-city', 'aleppo-citadel', 'idlib-city']),
  span: { start: '2024-11-26T21:00:00.000Z', end: '2024-12-01T20:59:59.000Z' },
};
const parse = (search: string) => parseUrlState(search, known);
const state = (overrides: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...overrides });

describe('parseUrlState(search, known)', () => {
  it('gives the defaults for an empty query, with or without the "?"', () => {
    const defaults = { date: null, place: null, time: 'event', lang: null, view: null, bounds: null, tiles: false, slider: false };
    expect(parse('')).toEqual(defaults);
    expect(parse('?')).toEqual(defaults);
  });

  it('reads every parameter, with or without the leading "?"', () => {
    const expected = {
      date: '2024-11-30T14:00:00.000Z',
      place: 'aleppo-city',
      time: 'report',
      lang: 'nb',
      view: { lat: 36.2, lng: 37.15, zoom: 10 },
      bounds: [36.5, 35.5, 37.5, 36.5],
      tiles: true,
      slider: true,
    };
    const query =
      'date=2024-11-30T17:00&place=aleppo-city&time=report&lang=nb&view=36.2,37.15,10&bounds=36.5,35.5,37.5,36.5&tiles=1&slider=1';
    expect(parse(`?${query}`)).toEqual(expected);
    expect(parse(query)).toEqual(expected);
  });

  describe('date', () => {
    it('reads a date alone as the end of that day in Syria (UTC+3)', () => {
      expect(parse('?date=2024-11-30').date).toBe('2024-11-30T20:59:59.000Z');
    });

    it('reads a date-time as Syria time unless it carries Z or an offset', () => {
      expect(parse('?date=2024-11-30T17:00').date).toBe('2024-11-30T14:00:00.000Z');
      expect(parse('?date=2024-11-30T17:00:30').date).toBe('2024-11-30T14:00:30.000Z');
      expect(parse('?date=2024-11-30T14:00Z').date).toBe('2024-11-30T14:00:00.000Z');
      expect(parse('?date=2024-11-30T14:00%2B01:00').date).toBe('2024-11-30T13:00:00.000Z');
    });

    it('reads an offset typed with a bare "+", which a query turns into a space', () => {
      expect(parse('?date=2024-11-30T14:00+01:00').date).toBe('2024-11-30T13:00:00.000Z');
    });

    it('clamps a moment outside the span to the span', () => {
      expect(parse('?date=2016-12-31').date).toBe(known.span.start);
      expect(parse('?date=2024-11-26T23:59').date).toBe(known.span.start);
      expect(parse('?date=2024-12-02').date).toBe(known.span.end);
      expect(parse('?date=2099-01-01T00:00Z').date).toBe(known.span.end);
    });

    it('reads a day that does not exist, or any other form, as no date (the end of the span)', () => {
      for (const date of ['2024-02-30', '2024-11-30T24:00', '30.11.2024', 'today', '2024-11-30T17', '']) {
        expect(parse(`?date=${date}`).date, date).toBeNull();
      }
    });
  });

  it('keeps a place only if it exists', () => {
    expect(parse('?place=aleppo-citadel').place).toBe('aleppo-citadel');
    expect(parse('?place=damascus').place).toBeNull();
    expect(parse('?place=<script>alert(1)</script>').place).toBeNull();
    expect(parse('?place=%3Cscript%3E').place).toBeNull();
    expect(parse('?place=ALEPPO-CITY').place).toBeNull();
  });

  it('reads time as event or report, else event', () => {
    expect(parse('?time=report').time).toBe('report');
    expect(parse('?time=event').time).toBe('event');
    expect(parse('?time=published').time).toBe('event');
  });

  it("reads lang as en, nb or id, else null (the reader's browser chooses)", () => {
    expect(parse('?lang=nb').lang).toBe('nb');
    expect(parse('?lang=id').lang).toBe('id');
    expect(parse('?lang=en').lang).toBe('en');
    expect(parse('').lang).toBeNull();
    expect(parse('?lang=ar').lang).toBeNull();
    expect(parse('?lang=NB').lang).toBeNull();
    expect(parse('?lang=nb-NO').lang).toBeNull();
  });

  describe('view', () => {
    it('reads lat,lng,zoom', () => {
      expect(parse('?view=36.2,37.15,10').view).toEqual({ lat: 36.2, lng: 37.15, zoom: 10 });
      expect(parse('?view=-85,-180,3').view).toEqual({ lat: -85, lng: -180, zoom: 3 });
      expect(parse('?view=85,180,18').view).toEqual({ lat: 85, lng: 180, zoom: 18 });
    });

    it('reads "-0" as 0', () => {
      expect(Object.is(parse('?view=-0,-0.0,5').view?.lat, 0)).toBe(true);
    });

    it('rejects the whole view when any part is missing, not a plain decimal, or out of range', () => {
      for (const view of [
        'NaN,1,2',
        '36.2,37.15',
        '36.2,37.15,10,1',
        '36.2,,10',
        ',37.15,10',
        'Infinity,37.15,10',
        '1e1,37.15,10',
        '0x10,37.15,10',
        ' 36.2,37.15,10',
        '85.1,37.15,10',
        '36.2,180.5,10',
        '36.2,37.15,2',
        '36.2,37.15,19',
        '36.2,37.15,10.5',
        '36.2;37.15;10',
      ]) {
        expect(parse(`?view=${encodeURIComponent(view)}`).view, view).toBeNull();
      }
    });
  });

  describe('bounds', () => {
    it('reads west,south,east,north in degrees, as a GeoJSON bbox', () => {
      expect(parse('?bounds=36.2,35,37.6,36.6').bounds).toEqual([36.2, 35, 37.6, 36.6]);
      expect(parse('?bounds=-180,-85,180,85').bounds).toEqual([-180, -85, 180, 85]);
    });

    it('reads a box that is empty, inverted, out of range or not four decimals as none', () => {
      for (const bounds of [
        '37.6,35,36.2,36.6',
        '36.2,36.6,37.6,35',
        '36.2,35,36.2,36.6',
        '36.2,35,37.6',
        '36.2,35,37.6,36.6,1',
        '-181,35,37.6,36.6',
        '36.2,-86,37.6,36.6',
        '36.2,35,37.6,1e2',
        'NaN,35,37.6,36.6',
        '36.2;35;37.6;36.6',
      ]) {
        expect(parse(`?bounds=${encodeURIComponent(bounds)}`).bounds, bounds).toBeNull();
      }
    });
  });

  it('reads tiles=1 and slider=1 as on and anything else as off', () => {
    expect(parse('?tiles=1').tiles).toBe(true);
    expect(parse('?slider=1').slider).toBe(true);
    for (const value of ['0', 'true', 'yes', '']) {
      expect(parse(`?tiles=${value}`).tiles, value).toBe(false);
      expect(parse(`?slider=${value}`).slider, value).toBe(false);
    }
  });

  it('ignores unknown parameters', () => {
    expect(parse('?zoom=99')).toEqual(DEFAULT_VIEW_STATE);
    expect(parse('?utm_source=x&lang=id')).toEqual(state({ lang: 'id' }));
  });

  it('takes the first of repeated parameters, even when it is the malformed one', () => {
    expect(parse('?time=event&time=report').time).toBe('event');
    expect(parse('?time=report&time=event').time).toBe('report');
    expect(parse('?lang=xx&lang=nb').lang).toBeNull();
  });

  it('falls back to the defaults on broken percent-encoding instead of throwing', () => {
    expect(parse('?date=%E0%A4%A')).toEqual(DEFAULT_VIEW_STATE);
    expect(parse('?place=%&lang=%ZZ&view=%E0,%A4,%A')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('falls back to the defaults on 10 000-character values', () => {
    for (const name of ['date', 'place', 'time', 'lang', 'view', 'bounds', 'tiles', 'slider']) {
      expect(parse(`?${name}=${'1'.repeat(10_000)}`), name).toEqual(DEFAULT_VIEW_STATE);
    }
    expect(parse(`?date=2024-11-30${' '.repeat(10_000)}`).date).toBeNull();
    expect(parse(`?view=${'9'.repeat(5_000)},${'9'.repeat(5_000)},10`).view).toBeNull();
  });

  it('does not let a place id that is a prototype key through', () => {
    expect(parse('?place=constructor').place).toBeNull();
    expect(parse('?place=__proto__').place).toBeNull();
  });
});

describe('linkLanguage(search)', () => {
  it('reads lang as parseUrlState does, without the places and span a full parse needs', () => {
    expect(linkLanguage('?place=anywhere&lang=id')).toBe('id');
    expect(linkLanguage('lang=nb')).toBe('nb');
    expect(linkLanguage('?lang=xx&lang=nb')).toBeNull();
    expect(linkLanguage('')).toBeNull();
  });
});

describe('serializeUrlState(state)', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrlState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes a language chosen in the link, English too, and leaves it out when the browser chooses', () => {
    expect(serializeUrlState(state({ lang: 'en' }))).toBe('?lang=en');
    expect(serializeUrlState(state({ lang: 'nb' }))).toBe('?lang=nb');
    expect(serializeUrlState(state({ lang: null }))).toBe('');
  });

  it('writes the parameters in a stable order: date, place, time, lang, view, bounds, tiles, slider', () => {
    const everything = state({
      slider: true,
      tiles: true,
      bounds: [36.2, 35, 37.6, 36.6],
      view: { lat: 36.2, lng: 37.15, zoom: 10 },
      lang: 'id',
      time: 'report',
      place: 'aleppo-city',
      date: '2024-11-30T14:00:00.000Z',
    });
    expect(serializeUrlState(everything)).toBe(
      '?date=2024-11-30T17:00&place=aleppo-city&time=report&lang=id&view=36.2,37.15,10&bounds=36.2,35,37.6,36.6&tiles=1&slider=1',
    );
  });

  it('writes the end of a Syrian day as the date alone, and other moments as Syria-local time', () => {
    expect(serializeUrlState(state({ date: '2024-11-30T20:59:59.000Z' }))).toBe('?date=2024-11-30');
    expect(serializeUrlState(state({ date: '2024-11-30T14:00:00.000Z' }))).toBe('?date=2024-11-30T17:00');
    expect(serializeUrlState(state({ date: '2024-11-30T14:00:30.000Z' }))).toBe('?date=2024-11-30T17:00:30');
    expect(serializeUrlState(state({ date: '2024-11-26T21:00:00.000Z' }))).toBe('?date=2024-11-27T00:00');
  });

  it('brings a view from Leaflet into what a link holds: wrapped, clamped, rounded', () => {
    const view = (lat: number, lng: number, zoom: number) => serializeUrlState(state({ view: { lat, lng, zoom } }));
    expect(view(36.201234567, 37.15, 10)).toBe('?view=36.20123,37.15,10');
    expect(view(36.2, 397.15, 10)).toBe('?view=36.2,37.15,10');
    expect(view(36.2, -322.85, 10)).toBe('?view=36.2,37.15,10');
    expect(view(36.2, 180, 10)).toBe('?view=36.2,180,10');
    expect(view(85.05, 37.15, 10.4)).toBe('?view=85,37.15,10');
    expect(view(36.2, 37.15, 1)).toBe('?view=36.2,37.15,3');
    expect(view(-0.000001, 1e-7, 25)).toBe('?view=0,0,18');
  });

  it('throws on a date or view that is not a value at all', () => {
    expect(() => serializeUrlState(state({ date: 'yesterday' }))).toThrow(/date must be a UTC ISO instant/);
    expect(() => serializeUrlState(state({ view: { lat: NaN, lng: 0, zoom: 5 } }))).toThrow(/view must be finite/);
    expect(() => serializeUrlState(state({ bounds: [0, 0, Infinity, 1] }))).toThrow(/bounds must be finite/);
  });

  it('percent-encodes what a query cannot hold', () => {
    expect(serializeUrlState(state({ place: 'a&b=c d+e' }))).toBe('?place=a%26b%3Dc%20d%2Be');
  });
});

describe('parseUrlState(serializeUrlState(state))', () => {
  const states: ViewState[] = [
    DEFAULT_VIEW_STATE,
    state({ date: known.span.end }),
    state({ date: known.span.start }),
    state({ date: '2024-11-30T20:59:59.000Z', place: 'aleppo-city' }),
    state({ date: '2024-11-30T14:00:00.000Z', time: 'report' }),
    state({ date: '2024-11-30T02:05:07.000Z', lang: 'nb' }),
    state({ place: 'idlib-city', lang: 'id', tiles: true }),
    state({ view: { lat: 36.2, lng: 37.15, zoom: 10 } }),
    state({ view: { lat: -85, lng: -180, zoom: 3 } }),
    state({ view: { lat: 35.00001, lng: 180, zoom: 18 } }),
    state({ bounds: [-180, -85, 180, 85], slider: true }),
    {
      date: '2024-11-29T20:59:59.000Z',
      place: 'aleppo-citadel',
      time: 'report',
      lang: 'id',
      view: { lat: 36.19935, lng: 37.16277, zoom: 15 },
      bounds: [36.12345, 35.5, 37.6, 36.6],
      tiles: true,
      slider: true,
    },
  ];

  it('gives back the state it was given', () => {
    for (const s of states) expect(parse(serializeUrlState(s)), JSON.stringify(s)).toEqual(s);
  });

  it('writes back the same link it read, once the link is in its compact form', () => {
    for (const s of states) {
      const link = serializeUrlState(s);
      expect(serializeUrlState(parse(link))).toBe(link);
    }
  });
});
