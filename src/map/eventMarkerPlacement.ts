import { boxesOverlap, type Box } from './box';

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
export interface BoxGrid {
  near(box: Box): readonly Box[];
  add(box: Box): void;
}

const CELL = 64;

export function boxGrid(boxes: Iterable<Box>): BoxGrid {
  const cells = new Map<string, Box[]>();
  const cellsOf = (box: Box) => {
    const keys: string[] = [];
    for (let i = Math.floor(box.left / CELL); i <= Math.floor(box.right / CELL); i++)
      for (let j = Math.floor(box.top / CELL); j <= Math.floor(box.bottom / CELL); j++) keys.push(`${i},${j}`);
    return keys;
  };
  const add = (box: Box) => {
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
 * symbols and names (`taken`: a marker off Hmeimim's top left covered Latakia's symbol), or the top left if
 * every corner covers something. It depends on the zoom only, never the moment, so scrubbing never moves a
 * marker.
 */
export function eventMarkerCorner(point: { x: number; y: number }, taken: BoxGrid): Corner {
  const free = CORNERS.find((corner) => {
    const box = eventMarkerBox(point, corner);
    return taken.near(box).every((other) => !boxesOverlap(box, other));
  });
  return free ?? 'nw';
}
