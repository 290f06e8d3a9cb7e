/** A box on the screen, in pixels: left and top inclusive, right and bottom exclusive. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two boxes overlap, or come within `margin` pixels of each other. */
export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return a.left < b.right + margin && b.left - margin < a.right && a.top < b.bottom + margin && b.top - margin < a.bottom;
}
