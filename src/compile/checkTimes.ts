import type { GeoError } from './GeoError';
import { claimEntries, errorAtClaim } from './claimEntries';
import type { LoadedGeo } from './loadGeo';
import { cachedSyriaTime } from './cachedSyriaTime';

/** The earliest event a claim may place; anything older is a typo (0024 for 2024), not history. */
const EARLIEST = '1900-01-01T00:00:00.000Z';
/**
 * An article can report what is expected soon (supplies "within 72 hours", a visit "on Sunday"); a week
 * after publication is as far as such an expectation is taken before it looks like a wrong year or month.
 */
const EXPECTATION_MS = 7 * 24 * 3600_000;

/** Times are real ISO 8601 dates, in order, and sane against the article that reports them. */
export function checkTimes(geo: LoadedGeo): GeoError[] {
  const errors: GeoError[] = [];
  const span = geo.dataset.value.span;
  const spanStart = cachedSyriaTime(span.start, 'start');
  const spanEnd = cachedSyriaTime(span.end, 'end');
  if (!spanStart) errors.push(geo.dataset.doc.errorAt(['span', 'start'], `"${span.start}" is not a real date`));
  if (!spanEnd) errors.push(geo.dataset.doc.errorAt(['span', 'end'], `"${span.end}" is not a real date`));
  if (spanStart && spanEnd && spanStart > spanEnd) errors.push(geo.dataset.doc.errorAt(['span', 'end'], 'is before span.start'));

  const published = new Map<string, string>();
  for (const source of geo.sources) {
    const at = cachedSyriaTime(source.value.published, 'end');
    if (!at) errors.push(source.doc.errorAt(['published'], `"${source.value.published}" is not a real date`));
    else published.set(source.value.id, at);
  }

  for (const entry of claimEntries(geo.claimFiles)) {
    const { start, end } = entry.claim.when;
    const startUtc = cachedSyriaTime(start, 'start');
    const endUtc = cachedSyriaTime(end, 'end');
    if (!startUtc) errors.push(errorAtClaim(entry, ['when', 'start'], `"${start}" is not a real date or time`));
    if (!endUtc) errors.push(errorAtClaim(entry, ['when', 'end'], `"${end}" is not a real date or time`));
    if (!startUtc || !endUtc) continue;
    if (startUtc > endUtc) {
      errors.push(errorAtClaim(entry, ['when', 'end'], `"${end}" is before when.start "${start}"`));
      continue;
    }
    if (startUtc < EARLIEST) errors.push(errorAtClaim(entry, ['when', 'start'], `"${start}" is before 1900; a typo?`));
    const publishedAt = published.get(entry.file.value.source);
    if (!publishedAt) continue;
    if (startUtc > publishedAt) {
      errors.push(errorAtClaim(entry, ['when', 'start'], `"${start}" is after the article was published (${publishedAt})`));
    } else if (Date.parse(endUtc) - Date.parse(publishedAt) > EXPECTATION_MS) {
      errors.push(errorAtClaim(entry, ['when', 'end'], `"${end}" is more than a week after the article was published`));
    }
  }
  return errors;
}
