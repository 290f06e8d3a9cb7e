import type { GeoError } from './GeoError';
import { loadFile, readText, type Loaded } from './loadFile';
import { isGeoError } from './parseLocated';
import type { GeoTree } from './readGeoTree';
import { claimFileSchema, type ClaimFileYaml } from './schemas/claimFileSchema';
import { datasetSchema, type DatasetYaml } from './schemas/datasetSchema';
import { originsSchema, type OriginsYaml } from './schemas/originsSchema';
import { placeFileSchema, type PlaceFileJson } from './schemas/placeFileSchema';
import { sourceMetaSchema, type SourceMetaYaml } from './schemas/sourceMetaSchema';
import { translationFileSchema, type TranslationFileYaml } from './schemas/translationFileSchema';

export interface LoadedSource extends Loaded<SourceMetaYaml> {
  /** The article's text, decoded. */
  text: string;
}

/** Everything in geo/ that parsed and matched its schema; files that did not are reported and left out. */
export interface LoadedGeo {
  dataset: Loaded<DatasetYaml>;
  origins: Loaded<OriginsYaml>;
  sources: LoadedSource[];
  places: Loaded<PlaceFileJson>[];
  claimFiles: Loaded<ClaimFileYaml>[];
  /** geo/translations/*.yaml; optional, so empty when the folder is absent. */
  translationFiles: Loaded<TranslationFileYaml>[];
}

const under = (tree: GeoTree, folder: string, ext: string) =>
  [...tree.keys()].filter((path) => path.startsWith(`geo/${folder}/`) && path.endsWith(ext)).sort();

export function loadGeo(tree: GeoTree, errors: GeoError[]): LoadedGeo | null {
  const take = <T>(result: Loaded<T> | GeoError[]): Loaded<T> | null => {
    if (Array.isArray(result)) {
      errors.push(...result);
      return null;
    }
    return result;
  };
  const dataset = take(loadFile(tree, 'geo/dataset.yaml', datasetSchema));
  const origins = take(loadFile(tree, 'geo/origins.yaml', originsSchema));

  const sources: LoadedSource[] = [];
  for (const file of under(tree, 'sources', '.yaml')) {
    const meta = take(loadFile(tree, file, sourceMetaSchema));
    if (!meta) continue;
    const textFile = `geo/sources/${meta.value.file}`;
    const text = readText(tree, textFile);
    if (isGeoError(text)) errors.push(meta.doc.errorAt(['file'], `names ${textFile}, which ${text.message}`));
    else sources.push({ ...meta, text });
  }
  // A set, not a search of the sources for each text: two thousand articles made that four million steps.
  const described = new Set(sources.map((source) => `geo/sources/${source.value.file}`));
  for (const file of under(tree, 'sources', '.txt')) {
    const metaFile = file.replace(/\.txt$/, '.yaml');
    if (!described.has(file) && !tree.has(metaFile)) {
      errors.push({ file, line: 1, column: 1, field: '', message: `has no metadata file (${metaFile})` });
    }
  }

  const places = under(tree, 'places', '.geojson')
    .map((file) => take(loadFile(tree, file, placeFileSchema)))
    .filter((place) => place !== null);
  const claimFiles = under(tree, 'claims', '.yaml')
    .map((file) => take(loadFile(tree, file, claimFileSchema)))
    .filter((claims) => claims !== null);
  const translationFiles = under(tree, 'translations', '.yaml')
    .map((file) => take(loadFile(tree, file, translationFileSchema)))
    .filter((translations) => translations !== null);
  // A file saved as nb.yml or nb.txt would be skipped without a word, and its translations silently lost.
  for (const file of under(tree, 'translations', '')) {
    if (!file.endsWith('.yaml')) {
      errors.push({ file, line: 1, column: 1, field: '', message: 'is not read: translations go in geo/translations/<language>.yaml' });
    }
  }

  if (!dataset || !origins) return null;
  return { dataset, origins, sources, places, claimFiles, translationFiles };
}
