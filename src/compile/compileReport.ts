import type { CompiledDataset } from './compileDataset';
import { compareCodes } from '../model/compareCodes';

/** Counts an editor checks after a change: claims per article, per kind and per place, the measured notes, the basemap. */
export function compileReport({ claims, places, sources, basemap, claimDetails, quoteTranslations }: CompiledDataset): string {
  const all = claims.claims;
  const lines: string[] = [];
  lines.push(`${all.length} claims from ${sources.sources.length} articles on ${places.features.length} places; every quote verified.`);
  lines.push('', 'claims per article:');
  // Counted in one pass: a filter per article was quadratic, minutes at 20,000 places.
  const perSource = new Map<string, number>();
  for (const claim of all) perSource.set(claim.sourceId, (perSource.get(claim.sourceId) ?? 0) + 1);
  for (const source of sources.sources) {
    lines.push(`  ${source.id} (${source.language}, ${source.publishedDate})  ${perSource.get(source.id) ?? 0}`);
  }
  lines.push('', 'claims per kind:');
  for (const [kind, n] of tally(all.map((claim) => claim.kind))) lines.push(`  ${kind.padEnd(14)} ${n}`);
  lines.push('', 'claims per place:');
  for (const [place, n] of tally(all.flatMap((claim) => claim.places))) lines.push(`  ${place.padEnd(22)} ${n}`);
  const contradictions = all.reduce((n, claim) => n + claim.contradicts.length, 0) / 2;
  lines.push('', `${contradictions} contradictions between claims; ${all.filter((c) => c.historic).length} historic claims.`);
  const translated = tally([
    ...all.flatMap((claim) => (claim.translation ? [claim.translation.language] : [])),
    ...Object.values(quoteTranslations).flatMap((file) => Object.keys(file.translations).map(() => file.language)),
  ]);
  const perLanguage = translated.length ? translated.map(([language, n]) => `${language} ${n}`).join(', ') : 'none';
  lines.push(`Quotes translated by claimmap, per language: ${perLanguage}.`);
  for (const [id, { check }] of Object.entries(claimDetails.details)) if (check) lines.push(`check ${id}: ${check.note}`);
  const layers = new Map<string, number>(); // in the file's order, bottom layer first
  for (const { properties } of basemap.features) layers.set(properties.layer, (layers.get(properties.layer) ?? 0) + 1);
  const perLayer = layers.size ? ` (${[...layers].map(([layer, n]) => `${layer} ${n}`).join(', ')})` : '';
  const kb = new TextEncoder().encode(JSON.stringify(basemap)).length / 1024;
  lines.push('', `basemap: ${basemap.features.length} features${perLayer}, ${kb.toFixed(1)} KB.`);
  return lines.join('\n');
}

/** Counts of each value, most frequent first, ties alphabetical. */
function tally(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodes(a[0], b[0]));
}
