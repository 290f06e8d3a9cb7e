import L from 'leaflet';
import { memo, useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BasemapFile } from '../model/types';
import { textElement } from './textElement';

type Layer = BasemapFile['features'][number]['properties']['layer'];

/** The bundled basemap's look: quiet, so the places' colours carry the meaning. */
const STYLES: Record<Exclude<Layer, 'city'>, L.PathOptions> = {
  land: { color: '#c9c4b5', weight: 0.8, fillColor: '#f3f0e8', fillOpacity: 1 },
  governorate: { color: '#a39e90', weight: 0.7, dashArray: '3 3', fill: false },
  border: { color: '#6e6a60', weight: 1.4, dashArray: '8 3 2 3' },
  coast: { color: '#8fb3c7', weight: 1 },
  river: { color: '#8fb3c7', weight: 1.1 },
  lake: { color: '#8fb3c7', weight: 0.5, fillColor: '#cfe0ea', fillOpacity: 1 },
};

interface Props {
  basemap: BasemapFile;
  skipLabels: ReadonlySet<string>;
  /** The credit line's words, in the interface's language (the app's own constants, never data: they go into HTML). */
  words: { basemap: string; governorates: string };
}

/** Draws the offline basemap in a pane of its own, under the places and never clickable. */
export const BasemapLayer = memo(function BasemapLayer({ basemap, skipLabels, words }: Props) {
  const { basemap: basemapWord, governorates } = words;
  const map = useMap();
  useEffect(
    function addBasemap() {
      if (!map.getPane('basemap')) {
        const pane = map.createPane('basemap');
        pane.style.zIndex = '250';
        map.createPane('basemap-labels').style.zIndex = '350';
      }
      const layer = L.geoJSON(basemap, {
        pane: 'basemap',
        interactive: false,
        attribution: `${basemapWord}: <a href="https://www.naturalearthdata.com/">Natural Earth</a>; ${governorates}: <a href="https://www.geoboundaries.org/">geoBoundaries</a> (UN OCHA), CC BY 3.0 IGO`,
        // A town the dataset labels itself (Aleppo, Idlib …) is not labelled twice.
        filter: (feature) => feature.properties.layer !== 'city' || !skipLabels.has(String(feature.properties.name)),
        style: (feature) => STYLES[(feature?.properties.layer ?? 'land') as Exclude<Layer, 'city'>],
        pointToLayer: (feature, latlng) =>
          L.marker(latlng, {
            pane: 'basemap-labels',
            interactive: false,
            keyboard: false,
            icon: L.divIcon({ className: 'basemap-label', html: textElement(String(feature.properties?.name ?? '')), iconSize: undefined }),
          }),
      }).addTo(map);
      return function removeBasemap() {
        layer.remove();
      };
    },
    [map, basemap, skipLabels, basemapWord, governorates],
  );
  return null;
});
