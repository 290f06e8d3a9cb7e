import type { Box } from './labelsToHide';

/** A marker's box and where it sits from its place's anchor: clear of the place's 24-pixel symbol (WCAG 2.5.8). */
export const ICON_SIZE: [number, number] = [34, 20];
export const ICON_ANCHOR: [number, number] = [46, 32];

/** The box an event marker takes on the screen when its place's anchor is at `x`, `y` (pixels). */
export function eventMarkerBox({ x, y }: { x: number; y: number }): Box {
  const left = x - ICON_ANCHOR[0];
  const top = y - ICON_ANCHOR[1];
  return { left, top, right: left + ICON_SIZE[0], bottom: top + ICON_SIZE[1] };
}
