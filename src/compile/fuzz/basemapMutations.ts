/**
 * A vendored basemap layer that is JSON but not what deriveBasemap draws: not a FeatureCollection, a
 * feature with no geometry or one of a type it cannot simplify, positions that are not numbers. (Bytes
 * broken, cut short or missing are the byte mutations' work; they cover these files too.)
 */
import { BASEMAP_FILES } from '../deriveBasemap';
import type { GeoTree } from '../readGeoTree';
import type { Random } from '../../random/seededRandom';
import { editJson, type Mutation } from './treeFiles';

interface Collection {
  type?: unknown;
  features?: { geometry?: unknown }[];
}

function onLayer(name: string, edit: (layer: Collection, random: Random) => unknown): Mutation {
  return {
    name,
    apply(tree: GeoTree, random: Random) {
      const files = BASEMAP_FILES.filter((file) => tree.has(file));
      if (!files.length) return null;
      return editJson<Collection>(tree, random.pick(files), (layer) => edit(layer, random) as Collection | null);
    },
  };
}

/** One feature of the layer, changed in place by `edit`. */
const onFeature = (name: string, edit: (feature: { geometry?: unknown }, random: Random) => void) =>
  onLayer(name, (layer, random) => {
    if (!Array.isArray(layer.features) || !layer.features.length) return null;
    edit(random.pick(layer.features), random);
    return layer;
  });

export const basemapMutations: Mutation[] = [
  onLayer('basemap-not-a-collection', (layer, random) =>
    random.pick([layer.features?.[0] ?? {}, [], 'FeatureCollection', { ...layer, type: 'Feature' }]),
  ),
  onFeature('basemap-geometry-undrawable', (feature, random) => {
    feature.geometry = random.pick([
      null,
      { type: 'GeometryCollection', geometries: [] },
      { type: 'MultiPoint', coordinates: [[36, 36]] },
      'Polygon',
    ]);
  }),
  onFeature('basemap-position-not-numbers', (feature, random) => {
    const geometry = feature.geometry as { coordinates?: unknown } | null;
    if (geometry) geometry.coordinates = random.pick(['36.2, 36.1', [['36.2', '36.1']], [[[[[null]]]]], {}]);
  }),
];
