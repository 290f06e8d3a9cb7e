import { describe, expect, it } from 'vitest';
import type { PathOptions } from 'leaflet';
import { changedPathAttributes } from './changedPathAttributes';

const held: PathOptions = { className: 'place place--government', color: '#D55E00', weight: 2, opacity: 0.95, fill: true, fillColor: '#D55E00', fillOpacity: 0.4 };

describe('changedPathAttributes', () => {
  it('writes nothing when the style is the same', () => {
    expect(changedPathAttributes(held, { ...held })).toEqual([]);
  });

  it('writes only the outline and fill colours when a place changes hands', () => {
    const taken = { ...held, className: 'place place--opposition', color: '#0072B2', fillColor: '#0072B2' };
    expect(changedPathAttributes(held, taken)).toEqual([
      ['stroke', '#0072B2'],
      ['fill', '#0072B2'],
    ]);
  });

  it('writes the fill opacity as text, as Leaflet does, when a place goes from no claim to held', () => {
    const unknown = { ...held, color: '#a8a8a0', fillColor: '#a8a8a0', fillOpacity: 0.08 };
    expect(changedPathAttributes(unknown, held)).toEqual([
      ['stroke', '#D55E00'],
      ['fill', '#D55E00'],
      ['fill-opacity', '0.4'],
    ]);
  });

  it('falls back to the outline colour for the fill, as Leaflet does, when there is no fill colour', () => {
    const before = { ...held, fillColor: undefined };
    expect(changedPathAttributes(before, { ...before, color: '#111' })).toEqual([
      ['stroke', '#111'],
      ['fill', '#111'],
    ]);
  });

  it('removes a dash pattern that no longer applies', () => {
    expect(changedPathAttributes({ ...held, dashArray: '6 5' }, held)).toEqual([['stroke-dasharray', null]]);
  });

  it('leaves the fill alone on a path drawn without one (a road, a country outline)', () => {
    const line = { ...held, fill: false };
    expect(changedPathAttributes(line, { ...line, color: '#0072B2', fillColor: '#0072B2', fillOpacity: 0.08 })).toEqual([['stroke', '#0072B2']]);
  });

  it("hands back to Leaflet's own setStyle a new width (it moves the click tolerance) or fill or outline switched on or off", () => {
    expect(changedPathAttributes(held, { ...held, weight: 3.5 })).toBeNull();
    expect(changedPathAttributes(held, { ...held, fill: false })).toBeNull();
    expect(changedPathAttributes(held, { ...held, stroke: false })).toBeNull();
    expect(changedPathAttributes(held, { ...held, lineJoin: 'miter' })).toBeNull();
  });
});
