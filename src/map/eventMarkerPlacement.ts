import { boxesOverlap, type Box } from './box';
import type { DataItem } from './dataBoxes';

/** A marker's size: a glyph and its count. */
export const ICON_SIZE: [number, number] = [34, 20];

/** Which corner of its place's anchor a marker sits off, clear of the place's own 24-pixel symbol (WCAG 2.5.8). */
export type Corner = 'nw' | 'ne' | 'sw' | 'se';
/** The order corners are tried in: above and left first, away from the place's own name on its right. */
export const CORNERS: readonly Corner[] = ['nw', 'ne', 'sw', 'se'];

/** How far a marker stands off its anchor either way: past the symbol's half. */
const CLEAR = 12;

/** Leaflet's iconAnchor for a marker at `corner`: the point of the icon that sits on the place's anchor. */
export function cornerAnchor(corner: Corner): [number, number] {
  const x = corner === 'nw' || corner === 'sw' ? CLEAR + ICON_SIZE[0] : -CLEAR;
  const y = corner === 'nw' || corner === 'ne' ? CLEAR + ICON_SIZE[1] : -CLEAR;
  return [x, y];
}

/** The box an event marker takes on the screen, its place's anchor at `x`, `y` (pixels). */
export function eventMarkerBox({ x, y }: { x: number; y: number }, corner: Corner = 'nw'): Box {
  const [ax, ay] = cornerAnchor(corner);
  return { left: x - ax, top: y - ay, right: x - ax + ICON_SIZE[0], bottom: y - ay + ICON_SIZE[1] };
}

/** Boxes filed in a grid, so that a marker is tested against the few near it; `add` files one more. */
export interface BoxGrid<B extends Box = Box> {
  near(box: Box): readonly B[];
  add(box: B): void;
}

const CELL = 64;

export function boxGrid<B extends Box>(boxes: Iterable<B>): BoxGrid<B> {
  const cells = new Map<string, B[]>();
  const cellsOf = (box: Box) => {
    const keys: string[] = [];
    for (let i = Math.floor(box.left / CELL); i <= Math.floor(box.right / CELL); i++)
      for (let j = Math.floor(box.top / CELL); j <= Math.floor(box.bottom / CELL); j++) keys.push(`${i},${j}`);
    return keys;
  };
  const add = (box: B) => {
    for (const key of cellsOf(box)) {
      const cell = cells.get(key);
      if (cell) cell.push(box);
      else cells.set(key, [box]);
    }
  };
  for (const box of boxes) add(box);
  return { near: (box) => [...new Set(cellsOf(box).flatMap((key) => cells.get(key) ?? []))], add };
}

/**
 * The corner a place's event marker goes to: the first of CORNERS where it covers none of the data's other
 * symbols and names (`taken`: a marker off Hmeimim's top left covered Latakia's symbol). Where every corner
 * covers something, the first that covers only names: a symbol is a place's colour and its target for a
 * click, a name is still read past a marker's edge (zoomed in on Aleppo on a phone, the outskirts' marker
 * covered the citadel's symbol, where below it covered only the airport's name). A box of no kind counts
 * as a symbol. The top left if every corner covers a symbol. It depends on the zoom only, never the moment,
 * so scrubbing never moves a marker.
 */
export function eventMarkerCorner(point: { x: number; y: number }, taken: BoxGrid<Box & Partial<Pick<DataItem, 'kind'>>>): Corner {
  const clear = (corner: Corner, counts: (other: Partial<Pick<DataItem, 'kind'>>) => boolean) => {
    const box = eventMarkerBox(point, corner);
    return taken.near(box).every((other) => !counts(other) || !boxesOverlap(box, other));
  };
  return CORNERS.find((corner) => clear(corner, () => true)) ?? CORNERS.find((corner) => clear(corner, (other) => other.kind !== 'name')) ?? 'nw';
}
