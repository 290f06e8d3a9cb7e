import { describe, expect, it } from 'vitest';
import type { Box } from './box';
import { boxGrid, cornerAnchor, eventMarkerBox, eventMarkerCorner } from './eventMarkerPlacement';

const symbolAt = ({ x, y }: { x: number; y: number }): Box => ({ left: x - 12, top: y - 12, right: x + 12, bottom: y + 12 });
/** A name to the right of a symbol, as the map writes it: 16 pixels high, centred on the anchor. */
const nameAt = ({ x, y }: { x: number; y: number }, width: number): Box => ({ left: x + 12, top: y - 8, right: x + 12 + width, bottom: y + 8 });

describe('eventMarkerBox(point, corner)', () => {
  it('stands the marker off the anchor by more than the symbol’s half, at each corner', () => {
    const at = { x: 100, y: 100 };
    expect(eventMarkerBox(at, 'nw')).toEqual({ left: 54, top: 68, right: 88, bottom: 88 });
    expect(eventMarkerBox(at, 'ne')).toEqual({ left: 112, top: 68, right: 146, bottom: 88 });
    expect(eventMarkerBox(at, 'sw')).toEqual({ left: 54, top: 112, right: 88, bottom: 132 });
    expect(eventMarkerBox(at, 'se')).toEqual({ left: 112, top: 112, right: 146, bottom: 132 });
  });

  it('matches the icon anchor Leaflet is given', () => {
    expect(cornerAnchor('nw')).toEqual([46, 32]);
    expect(cornerAnchor('se')).toEqual([-12, -12]);
  });
});

describe('eventMarkerCorner(point, taken)', () => {
  const hmeimim = { x: 160, y: 528 };
  const latakia = { x: 131, y: 498 };
  const own = [symbolAt(hmeimim), nameAt(hmeimim, 120)];

  it('keeps the top left when nothing else is there: its own place’s symbol and name are never under a corner', () => {
    expect(eventMarkerCorner(hmeimim, boxGrid(own))).toBe('nw');
  });

  it('takes the next corner clear of the other places’ symbols and names', () => {
    // Latakia's symbol is under the top left, and its name under the top right: the marker goes below, left.
    expect(eventMarkerCorner(hmeimim, boxGrid([...own, symbolAt(latakia), nameAt(latakia, 54)]))).toBe('sw');
    // With only the symbol there, the top right is clear.
    expect(eventMarkerCorner(hmeimim, boxGrid([...own, symbolAt(latakia)]))).toBe('ne');
  });

  it('falls back to the top left when every corner covers a symbol (a box of no kind counts as one)', () => {
    const everywhere = ['nw', 'ne', 'sw', 'se'].map((corner) => eventMarkerBox(hmeimim, corner as 'nw'));
    expect(eventMarkerCorner(hmeimim, boxGrid(everywhere))).toBe('nw');
    expect(eventMarkerCorner(hmeimim, boxGrid(everywhere.map((box) => ({ ...box, kind: 'symbol' as const }))))).toBe('nw');
  });

  it('where every corner covers something, takes the first that covers only names, as off Aleppo\'s outskirts on a phone', () => {
    // Zoomed in on Aleppo (zoom 10, 375 pixels wide): the citadel's symbol under the top left, the airport's
    // symbol under the top right, and the airport's long name below, under both lower corners.
    const outskirts = { x: 205, y: 331 };
    const taken = boxGrid([
      { left: 170, top: 302, right: 194, bottom: 326, kind: 'symbol' as const },
      { left: 217, top: 315, right: 241, bottom: 339, kind: 'symbol' as const },
      { left: 125, top: 339, right: 333, bottom: 355, kind: 'name' as const },
    ]);
    expect(eventMarkerCorner(outskirts, taken)).toBe('sw');
  });
});

describe('boxGrid(boxes)', () => {
  it('finds the boxes in the cells a box spans, a long name across several cells once', () => {
    const long = { left: 0, top: 0, right: 200, bottom: 16 };
    const far = { left: 1000, top: 1000, right: 1010, bottom: 1010 };
    expect(boxGrid([long, far]).near({ left: 150, top: 10, right: 170, bottom: 20 })).toEqual([long]);
  });
});
