/** A box on the screen, in pixels: left and top inclusive, right and bottom exclusive. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Which of the background's labels (town names from the basemap) would be covered by, or crowd, what the
 * data draws (place symbols, their names, event markers), by index. The data comes first: a town name under
 * an event marker says nothing and makes the marker harder to read. `margin` pixels are kept clear around
 * each of the data's boxes. A label with no size (not drawn) is never hidden.
 */
export function labelsToHide(labels: readonly Box[], data: readonly Box[], margin = 2): Set<number> {
  const hidden = new Set<number>();
  labels.forEach((label, i) => {
    if (label.right <= label.left || label.bottom <= label.top) return;
    const covered = data.some(
      (box) => label.left < box.right + margin && box.left - margin < label.right && label.top < box.bottom + margin && box.top - margin < label.bottom,
    );
    if (covered) hidden.add(i);
  });
  return hidden;
}
