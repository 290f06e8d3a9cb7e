import { boxesOverlap, type Box } from './box';

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
    if (data.some((box) => boxesOverlap(label, box, margin))) hidden.add(i);
  });
  return hidden;
}
