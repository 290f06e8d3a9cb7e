export interface Label {
  key: string;
  /** The box's top-left corner on screen, pixels. */
  x: number;
  y: number;
}

/**
 * Which boxes of one size to draw so that none covers another: the first of any overlapping ones wins, so
 * `labels` come weightiest first. Boxes are filed in a grid of their own size, so each is checked against
 * the few in its neighbouring cells: thousands of markers cost a pass, not a comparison of every pair.
 */
export function declutter(labels: readonly Label[], width: number, height: number): Set<string> {
  // A cell is a box's own size, so two boxes in one cell always overlap: a cell holds at most one kept box,
  // and the grid needs no list per cell (at 2,000 places those lists were a fifth of a step's garbage).
  const placed = new Map<number, Label>();
  const kept = new Set<string>();
  const overlaps = (a: Label, b: Label) => Math.abs(a.x - b.x) < width && Math.abs(a.y - b.y) < height;
  // A cell's number from its column and row, without a string to make per label: rows never reach a million
  // (the world is 16.7 million pixels high at zoom 16, the map's deepest), so no two cells share one.
  const cellOf = (column: number, row: number) => column * 1_000_003 + row;
  for (const label of labels) {
    const column = Math.floor(label.x / width);
    const row = Math.floor(label.y / height);
    let clear = true;
    for (let dx = -1; dx <= 1 && clear; dx++) {
      for (let dy = -1; dy <= 1 && clear; dy++) {
        const near = placed.get(cellOf(column + dx, row + dy));
        if (near) clear = !overlaps(label, near);
      }
    }
    if (!clear) continue;
    placed.set(cellOf(column, row), label);
    kept.add(label.key);
  }
  return kept;
}
