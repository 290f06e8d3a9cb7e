import { parseSyriaTime, type Bound } from '../time/parseSyriaTime';

/** Distinct times remembered before the cache starts over; a dataset names a few hundred. */
const MAX_ENTRIES = 10_000;
const cache = new Map<string, string | null>();

/**
 * parseSyriaTime, remembered. Twenty thousand claims name a few hundred distinct times, each read four or five
 * times over by the checks and the derivation, and Date.parse made that a tenth of a compile's own time.
 */
export function cachedSyriaTime(text: string, bound: Bound): string | null {
  const key = `${bound} ${text}`;
  let utc = cache.get(key);
  if (utc === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    utc = parseSyriaTime(text, bound);
    cache.set(key, utc);
  }
  return utc;
}
