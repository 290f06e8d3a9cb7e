import { boxesOverlap, type Box } from './box';
import { boxGrid } from './eventMarkerPlacement';

/** Which side of its place's symbol a place's name is written on. */
export type NameSide = 'right' | 'left' | 'above' | 'below';

/** The order the sides are tried in: on the right first, where maps usually write a name, then the others. */
export const NAME_SIDES: readonly NameSide[] = ['right', 'left', 'above', 'below'];

/** The sides for a place with an event marker, which takes a corner above its symbol first: not above. */
export const SIDES_UNDER_A_MARKER: readonly NameSide[] = ['right', 'left', 'below'];

/** How far a name stands off its place's anchor: past the half of the 24-pixel symbol. */
const OFF = 12;

/** The box a name of this size takes on `side` of its place's anchor at `x`, `y` (pixels; map.css writes the same). */
export function nameBox({ x, y }: { x: number; y: number }, { width, height }: { width: number; height: number }, side: NameSide): Box {
  switch (side) {
    case 'right':
      return { left: x + OFF, top: y - height / 2, right: x + OFF + width, bottom: y + height / 2 };
    case 'left':
      return { left: x - OFF - width, top: y - height / 2, right: x - OFF, bottom: y + height / 2 };
    case 'above':
      return { left: x - width / 2, top: y - OFF - height, right: x + width / 2, bottom: y - OFF };
    case 'below':
      return { left: x - width / 2, top: y + OFF, right: x + width / 2, bottom: y + OFF + height };
  }
}

/**
 * A name to place: its place, where the place's anchor is on the screen, the name's size (pixels), and the
 * sides it may take, in order (NAME_SIDES if not given).
 */
export interface NameToPlace {
  placeId: string;
  point: { x: number; y: number };
  width: number;
  height: number;
  sides?: readonly NameSide[];
}

/**
 * The side of its symbol each name is written on: the first of its sides (NAME_SIDES unless it says) where the name covers no place's
 * symbol (`symbols`, every place's, its own included: no side covers that) and no name placed before it, and
 * stays inside `view` (the map's box) if its place is in it. `names` come weightiest first, so a larger place
 * keeps the right. A name that finds no clear side stays on the right, as it would have been drawn anyway.
 * On Hmeimim's right, Latakia's name ran into the air base's symbol on a phone's first view.
 */
export function nameSides(names: readonly NameToPlace[], symbols: readonly Box[], view: Box): Map<string, NameSide> {
  const taken = boxGrid(symbols);
  const sides = new Map<string, NameSide>();
  for (const name of names) {
    const inView = name.point.x >= view.left && name.point.x < view.right && name.point.y >= view.top && name.point.y < view.bottom;
    const fits = (box: Box) => !inView || (box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom);
    const side =
      (name.sides ?? NAME_SIDES).find((candidate) => {
        const box = nameBox(name.point, name, candidate);
        return fits(box) && taken.near(box).every((other) => !boxesOverlap(box, other));
      }) ?? 'right';
    taken.add(nameBox(name.point, name, side));
    sides.set(name.placeId, side);
  }
  return sides;
}
