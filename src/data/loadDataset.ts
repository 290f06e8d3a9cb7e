import {
  CLAIMS_FORMAT,
  PLACES_FORMAT,
  SOURCES_FORMAT,
  type ClaimsFile,
  type PlacesFile,
  type SourcesFile,
} from '../model/types';

export interface LoadedDataset {
  claims: ClaimsFile;
  places: PlacesFile;
  sources: SourcesFile;
}

/** A published file that could not be used, named so the reader (or the newsroom) knows which. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * Fetches the published dataset from `baseUrl` (public/data/ of the build). The compile step validated it;
 * here only the envelope is checked, so a stale, truncated or foreign file gives a message naming it
 * instead of a blank map.
 */
export async function loadDataset(baseUrl: string, fetchFn: typeof fetch = fetch): Promise<LoadedDataset> {
  const [claims, places, sources] = await Promise.all([
    fetchJson<ClaimsFile>(fetchFn, baseUrl, 'claims.json', CLAIMS_FORMAT, 'claims'),
    fetchJson<PlacesFile>(fetchFn, baseUrl, 'places.geojson', PLACES_FORMAT, 'features'),
    fetchJson<SourcesFile>(fetchFn, baseUrl, 'sources.json', SOURCES_FORMAT, 'sources'),
  ]);
  return { claims, places, sources };
}

async function fetchJson<T>(fetchFn: typeof fetch, baseUrl: string, file: string, format: string, list: string): Promise<T> {
  let response: Response;
  try {
    response = await fetchFn(`${baseUrl}${file}`);
  } catch {
    throw new DatasetError(file, 'could not be loaded (network error)');
  }
  if (!response.ok) throw new DatasetError(file, `could not be loaded (HTTP ${response.status})`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new DatasetError(file, 'is not valid JSON (truncated or corrupt?)');
  }
  const record = body as Record<string, unknown> | null;
  if (!record || typeof record !== 'object' || record.format !== format) {
    throw new DatasetError(file, `is not a ${format} file`);
  }
  if (!Array.isArray(record[list])) throw new DatasetError(file, `has no "${list}" list`);
  return body as T;
}
