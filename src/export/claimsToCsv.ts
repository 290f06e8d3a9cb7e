import type { CompleteDataset } from '../data/createLaterFiles';
import type { Source } from '../model';
import { formatCsv } from './formatCsv';
import { joinDataset, type FullClaim } from './joinDataset';
import { sourceLookup } from './sourceLookup';

/** The columns, in order, each with how a claim (and its article) fills it; null and absent become empty. */
const COLUMNS: readonly [string, (claim: FullClaim, source: Source) => string | null][] = [
  ['claim_id', (c) => c.id],
  ['source_id', (c) => c.sourceId],
  ['source_file', (_, s) => s.file],
  ['source_headline', (_, s) => s.headline],
  ['source_published_date', (_, s) => s.publishedDate],
  ['source_publisher', (_, s) => s.publisher],
  ['language', (c) => c.language],
  ['quote', (c) => c.quote],
  ['translation_en', (c) => (c.translation?.language === 'en' ? c.translation.text : null)],
  ['translated_by', (c) => c.translation?.by ?? null],
  ['places', (c) => c.places.join(';')],
  ['kind', (c) => c.kind],
  ['actor', (c) => c.actor],
  ['holder', (c) => c.holder],
  ['extent', (c) => c.extent],
  ['attributed_to', (c) => c.attribution.text],
  ['origin', (c) => c.attribution.origin],
  ['via', (c) => c.attribution.via.join(';')],
  ['event_start', (c) => c.eventStart],
  ['event_end', (c) => c.eventEnd],
  ['event_basis', (c) => c.eventBasis],
  ['published_at', (c) => c.publishedAt],
  ['certainty', (c) => c.certainty],
  ['contradicts', (c) => c.contradicts.join(';')],
  ['historic', (c) => String(c.historic)],
  ['note', (c) => c.note],
];

export const CLAIMS_CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

/**
 * The claims as a spreadsheet: one row per claim in the dataset's order, with its article's details beside
 * it, so a row can be checked without the JSON. Lists of ids (places, via, contradicts) are joined with `;`.
 * Times are UTC ISO strings, as published. See `formatCsv` for the encoding (RFC 4180, UTF-8 with a BOM)
 * and `neutraliseFormula` for the one change a cell can undergo: a leading `'` on a cell that starts like a
 * formula, the quote cell included.
 */
export function claimsToCsv(dataset: CompleteDataset): string {
  const sourceOf = sourceLookup(dataset.sources);
  const rows = joinDataset(dataset).claims.map((claim) => {
    const source = sourceOf(claim);
    return COLUMNS.map(([, cell]) => cell(claim, source) ?? '');
  });
  return formatCsv(CLAIMS_CSV_COLUMNS, rows);
}
