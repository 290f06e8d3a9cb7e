import { excerpt } from './excerpt';

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

const PLAIN_KEY = /^[A-Za-z_$][\w$-]{0,39}$/;

/**
 * `['claims', 3, 'quote']` → `claims[3].quote`. A key no schema knows is the editor's own text, so it is
 * quoted when it is not a plain name (`claims[0]["my key"]`) and cut short, keeping the error on one line.
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (!PLAIN_KEY.test(String(key))) out += `["${excerpt(String(key)).replace(/"/g, '\\"')}"]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
