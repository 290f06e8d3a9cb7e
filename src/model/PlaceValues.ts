/**
 * A value for each of a fixed list of places, read as a ReadonlyMap by place id. Made for byPlaceOverTime:
 * a slider step copies the one before and changes a few hundred of thousands of places, and copying an array
 * is a block copy where copying a Map rebuilds its hash table (that copy, and collecting it afterwards, was
 * half of a step's model time at 2,000 places). The places and their order are shared by every copy.
 */
export class PlaceValues<T> implements ReadonlyMap<string, T> {
  private constructor(
    private readonly slots: ReadonlyMap<string, number>,
    /** The place ids by slot: walking them and the values side by side makes no entry pairs. */
    private readonly ids: readonly string[],
    private readonly items: T[],
  ) {}

  /** One value per place, in `placeIds`' order (which must not repeat an id). */
  static of<T>(placeIds: readonly string[], valueOf: (placeId: string) => T): PlaceValues<T> {
    const slots = new Map(placeIds.map((placeId, slot) => [placeId, slot]));
    if (slots.size !== placeIds.length) throw new Error('PlaceValues: a place id is listed twice');
    return new PlaceValues(slots, [...placeIds], placeIds.map(valueOf));
  }

  /** A copy with new values for some of the places; ids not among the places are ignored. */
  with(changes: Iterable<readonly [string, T]>): PlaceValues<T> {
    const items = this.items.slice();
    for (const [placeId, value] of changes) {
      const slot = this.slots.get(placeId);
      if (slot !== undefined) items[slot] = value;
    }
    return new PlaceValues(this.slots, this.ids, items);
  }

  get size(): number {
    return this.items.length;
  }

  get(placeId: string): T | undefined {
    const slot = this.slots.get(placeId);
    return slot === undefined ? undefined : this.items[slot];
  }

  has(placeId: string): boolean {
    return this.slots.has(placeId);
  }

  *entries(): MapIterator<[string, T]> {
    for (const [placeId, slot] of this.slots) yield [placeId, this.items[slot] as T];
  }

  keys(): MapIterator<string> {
    return this.slots.keys();
  }

  *values(): MapIterator<T> {
    yield* this.items;
  }

  forEach(callback: (value: T, placeId: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    // By index, not over the slots' entries: at 2,000 places a step's walk made 2,000 pairs for the collector.
    const { ids, items } = this;
    for (let slot = 0; slot < ids.length; slot++) callback.call(thisArg, items[slot] as T, ids[slot] as string, this);
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }
}
