/** A problem found in geo/: where it is (file, line, column, field) and what is wrong, in plain words. */
export interface GeoError {
  /** Path relative to the project, e.g. `geo/claims/002.yaml`. */
  file: string;
  line: number;
  column: number;
  /** Dotted path of the field, e.g. `claims[3].quote`; empty when the whole file is at fault. */
  field: string;
  message: string;
}

/** One line, `file:line:column field: message`, the form editors' tools recognise as a location. */
export function formatGeoError(error: GeoError): string {
  const where = `${error.file}:${error.line}:${error.column}`;
  return error.field ? `${where} ${error.field}: ${error.message}` : `${where} ${error.message}`;
}

/** `['claims', 3, 'quote']` → `claims[3].quote`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
