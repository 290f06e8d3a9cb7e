import {
  CLAIMS_FORMAT,
  PLACES_FORMAT,
  SOURCES_FORMAT,
  type ClaimsFile,
  type PlacesFile,
  type SourcesFile,
} from '../model/types';
import { fetchDataFile } from './fetchDataFile';
import { FIRST_VIEW_FILES } from './firstViewFiles';

export { DatasetError } from './fetchDataFile';

/** What the first view needs: the claims' cores, the places and the articles (without their texts). */
export interface LoadedDataset {
  claims: ClaimsFile;
  places: PlacesFile;
  sources: SourcesFile;
}

/**
 * Fetches the published files the map is drawn from, from `baseUrl` (public/data/ of the build). The rest
 * (each claim's details, the translations, the articles' texts) waits for a reader to ask: createLaterFiles.
 */
export async function loadDataset(baseUrl: string, fetchFn: typeof fetch = fetch): Promise<LoadedDataset> {
  const [claims, places, sources] = await Promise.all([
    fetchDataFile<ClaimsFile>(fetchFn, baseUrl, FIRST_VIEW_FILES.claims, { format: CLAIMS_FORMAT, field: 'claims', holds: 'list' }),
    fetchDataFile<PlacesFile>(fetchFn, baseUrl, FIRST_VIEW_FILES.places, { format: PLACES_FORMAT, field: 'features', holds: 'list' }),
    fetchDataFile<SourcesFile>(fetchFn, baseUrl, FIRST_VIEW_FILES.sources, { format: SOURCES_FORMAT, field: 'sources', holds: 'list' }),
  ]);
  return { claims, places, sources };
}
