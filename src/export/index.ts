/**
 * Downloads, as pure functions from the loaded dataset to file text; the app turns the text into a Blob.
 * The claims as CSV (for spreadsheets) and JSON (self-describing, with the articles' full text), both made
 * from the complete dataset (the later files joined back: joinDataset), and the places with their status at
 * a moment as GeoJSON, with the articles behind each status.
 */
export { CLAIMS_CSV_COLUMNS, claimsToCsv } from './claimsToCsv';
export { CLAIMS_EXPORT_FORMAT, CLAIMS_EXPORT_LICENCE, claimsToJson, type ClaimsExport } from './claimsToJson';
export { downloadName, type DownloadKind } from './downloadName';
export { joinDataset, type FullClaim, type FullSource } from './joinDataset';
export { CSV_BOM, formatCsv } from './formatCsv';
export { neutraliseFormula } from './neutraliseFormula';
export {
  PLACES_AT_MOMENT_FORMAT,
  placesAtMoment,
  placesToGeoJson,
  type PlaceAtMomentProperties,
  type PlacesAtMoment,
  type SourceRef,
} from './placesAtMoment';
