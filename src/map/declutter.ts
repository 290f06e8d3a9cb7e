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
  const placed = new Map<string, Label[]>();
  const kept = new Set<string>();
  const overlaps = (a: Label, b: Label) => Math.abs(a.x - b.x) < width && Math.abs(a.y - b.y) < height;
  for (const label of labels) {
    const column = Math.floor(label.x / width);
    const row = Math.floor(label.y / height);
    let clear = true;
    for (let dx = -1; dx <= 1 && clear; dx++) {
      for (let dy = -1; dy <= 1 && clear; dy++) {
        clear = !(placed.get(`${column + dx},${row + dy}`) ?? []).some((other) => overlaps(label, other));
      }
    }
    if (!clear) continue;
    const cell = `${column},${row}`;
    placed.set(cell, [...(placed.get(cell) ?? []), label]);
    kept.add(label.key);
  }
  return kept;
}
