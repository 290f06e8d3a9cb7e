/**
 * How many items of a list sorted by time have a time at or before `moment`: the index of the first one
 * after it. A binary search, so asking about a moment costs the logarithm of the list, not its length.
 */
export function countAtOrBefore<T>(list: readonly T[], timeOf: (item: T) => string, moment: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = list[middle];
    if (item !== undefined && timeOf(item) <= moment) low = middle + 1;
    else high = middle;
  }
  return low;
}
