/**
 * Slips in what surrounds the claims: a place's properties, an article's metadata, the origins, the
 * dataset's span and region. Each breaks a rule of its schema or of checkIds, checkReferences, checkTimes.
 */
import type { Document } from 'yaml';
import type { GeoTree } from '../readGeoTree';
import type { Random } from '../../random/seededRandom';
import { editJson, editText, editYaml, filesIn, yamlValue, type Mutation } from './treeFiles';

/** What the mutations touch of a place file; the rest passes through as it was. */
interface PlaceJson {
  id?: unknown;
  properties?: { id?: unknown; parent?: unknown; kind?: unknown; names?: Record<string, unknown> };
}

const MEGABYTE = 1 << 20;

function onPlace(name: string, edit: (place: PlaceJson, tree: GeoTree, random: Random) => PlaceJson | null): Mutation {
  return {
    name,
    apply(tree, random) {
      const files = filesIn(tree, 'places', '.geojson');
      if (!files.length) return null;
      return editJson<PlaceJson>(tree, random.pick(files), (place) => (place.properties ? edit(place, tree, random) : null));
    },
  };
}

type YamlEdit = (doc: Document, random: Random, tree: GeoTree, file: string) => boolean;

function onYaml(name: string, files: (tree: GeoTree) => string[], edit: YamlEdit): Mutation {
  return {
    name,
    apply(tree, random) {
      const candidates = files(tree);
      if (!candidates.length) return null;
      const file = random.pick(candidates);
      return editYaml(tree, file, (doc) => edit(doc, random, tree, file));
    },
  };
}

/** Sets one field (`['span', 'end']`) to a value. */
const put = (path: string[], value: unknown): YamlEdit => (doc) => {
  doc.setIn(path, value);
  return true;
};

const sourceMetas = (tree: GeoTree) => filesIn(tree, 'sources', '.yaml');
const only = (file: string) => (tree: GeoTree) => (tree.has(file) ? [file] : []);
const idOf = (tree: GeoTree, file: string) => (yamlValue(tree, file) as { id?: unknown } | null)?.id;

export const metadataMutations: Mutation[] = [
  onPlace('place-parent-dangling', (place) => ({ ...place, properties: { ...place.properties, parent: 'atlantis' } })),
  onPlace('place-parent-self', (place) => ({ ...place, properties: { ...place.properties, parent: place.id } })),
  onPlace('place-id-duplicated', (place, tree, random) => {
    const other = random.pick(filesIn(tree, 'places', '.geojson')).replace(/^geo\/places\/|\.geojson$/g, '');
    if (other === place.id) return null;
    return { ...place, id: other, properties: { ...place.properties, id: other } };
  }),
  onPlace('place-id-mismatch', (place) => {
    return { ...place, properties: { ...place.properties, id: `${String(place.properties?.id)}-too` } };
  }),
  onPlace('place-kind-unknown', (place) => ({ ...place, properties: { ...place.properties, kind: 'castle' } })),
  onPlace('place-name-dropped', (place, _, random) => {
    const dropped = random.pick(['en', 'nb', 'id', 'ar']);
    const kept = Object.entries(place.properties?.names ?? {}).filter(([language]) => language !== dropped);
    const names = Object.fromEntries(kept);
    return { ...place, properties: { ...place.properties, names } };
  }),
  onPlace('place-name-huge', (place) => {
    const names = { ...place.properties?.names, en: 'Aleppo '.repeat(MEGABYTE / 28) };
    return { ...place, properties: { ...place.properties, names } };
  }),

  onYaml('source-file-dangling', sourceMetas, put(['file'], 'missing-article.txt')),
  onYaml('source-id-duplicated', sourceMetas, (doc, random, tree, file) => {
    const other = idOf(tree, random.pick(sourceMetas(tree)));
    if (typeof other !== 'string' || other === idOf(tree, file)) return false;
    doc.set('id', other);
    return true;
  }),
  onYaml('source-id-huge', sourceMetas, put(['id'], '9'.repeat(MEGABYTE))),
  onYaml('source-language-unknown', sourceMetas, put(['language'], 'fr')),
  onYaml('source-published-impossible', sourceMetas, put(['published'], '2024-02-30')),

  {
    name: 'claim-file-source-wrong',
    apply(tree, random) {
      const files = filesIn(tree, 'claims', '.yaml');
      const huge = random.below(4) === 0;
      const source = huge ? '9'.repeat(MEGABYTE) : '999';
      if (!files.length) return null;
      return editText(tree, random.pick(files), (text) => text.replace(/^source: .*$/m, `source: "${source}"`));
    },
  },

  onYaml('origin-id-duplicated', only('geo/origins.yaml'), (doc, random, tree) => {
    const origins = (yamlValue(tree, 'geo/origins.yaml') as { origins?: unknown } | null)?.origins;
    if (!Array.isArray(origins) || !origins.length) return false;
    doc.addIn(['origins'], { ...(random.pick(origins) as object) });
    return true;
  }),
  onYaml('origins-emptied', only('geo/origins.yaml'), put(['origins'], [])),

  onYaml('span-end-before-start', only('geo/dataset.yaml'), (doc) => {
    doc.setIn(['span', 'start'], '2024-12-01');
    doc.setIn(['span', 'end'], '2024-11-27');
    return true;
  }),
  // Inverted, it is no box; moved to the Gulf of Guinea, no place lies in it.
  onYaml('region-inverted', only('geo/dataset.yaml'), put(['region', 'bbox'], [42.5, 37.5, 35, 32])),
  onYaml('region-elsewhere', only('geo/dataset.yaml'), put(['region', 'bbox'], [0, 0, 1, 1])),
  onYaml('dataset-title-dropped', only('geo/dataset.yaml'), (doc) => doc.delete('title')),
];
