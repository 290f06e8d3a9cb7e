/** A published file that could not be used, named so the reader (or the newsroom) knows which. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** What a file's envelope must hold beside its format tag: a list (`claims: []`) or a map by id (`texts: {}`). */
export interface Envelope {
  format: string;
  field: string;
  holds: 'list' | 'map';
}

/**
 * Fetches one published file from `baseUrl`. The compile step validated it; here only the envelope is
 * checked, so a stale, truncated or foreign file gives a message naming it instead of a blank map.
 */
export async function fetchDataFile<T>(fetchFn: typeof fetch, baseUrl: string, file: string, envelope: Envelope): Promise<T> {
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
  if (!record || typeof record !== 'object' || record.format !== envelope.format) {
    throw new DatasetError(file, `is not a ${envelope.format} file`);
  }
  const inside = record[envelope.field];
  const fits = envelope.holds === 'list' ? Array.isArray(inside) : typeof inside === 'object' && inside !== null && !Array.isArray(inside);
  if (!fits) throw new DatasetError(file, `has no "${envelope.field}" ${envelope.holds}`);
  return body as T;
}
