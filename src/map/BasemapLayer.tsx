import L from 'leaflet';
import { memo, useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BasemapFile, Place } from '../model/types';
import { hideCoveredLabels } from './hideCoveredLabels';
import { NAMES_MOVED } from './placeNames';
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
  /** Where the dataset ever puts an event marker ([longitude, latitude]): town names there give way to it. */
  eventAnchors: readonly (readonly [number, number])[];
  /** The dataset's places, by id: where their symbols and names stand. */
  places: ReadonlyMap<string, Place>;
  /** The credit line's words, in the interface's language (the app's own constants, never data: they go into HTML). */
  words: { basemap: string; governorates: string };
}

/**
 * Draws the offline basemap in a pane of its own, under the places and never clickable. Its town names give
 * way to the data: at each zoom, those the places' symbols, names or event markers would cover are hidden.
 */
export const BasemapLayer = memo(function BasemapLayer({ basemap, skipLabels, eventAnchors, places, words }: Props) {
  const { basemap: basemapWord, governorates } = words;
  const map = useMap();
  useEffect(
    function addBasemap() {
      if (!map.getPane('basemap')) {
        const pane = map.createPane('basemap');
        pane.style.zIndex = '250';
        map.createPane('basemap-labels').style.zIndex = '350';
      }
      const labels: L.Marker[] = [];
      const layer = L.geoJSON(basemap, {
        pane: 'basemap',
        interactive: false,
        attribution: `${basemapWord}: <a href="https://www.naturalearthdata.com/">Natural Earth</a>; ${governorates}: <a href="https://www.geoboundaries.org/">geoBoundaries</a> (UN OCHA), CC BY 3.0 IGO`,
        // A town the dataset labels itself (Aleppo, Idlib …) is not labelled twice.
        filter: (feature) => feature.properties.layer !== 'city' || !skipLabels.has(String(feature.properties.name)),
        style: (feature) => STYLES[(feature?.properties.layer ?? 'land') as Exclude<Layer, 'city'>],
        pointToLayer: (feature, latlng) => {
          const label = L.marker(latlng, {
            pane: 'basemap-labels',
            interactive: false,
            keyboard: false,
            icon: L.divIcon({ className: 'basemap-label', html: textElement(String(feature.properties?.name ?? '')), iconSize: undefined }),
          });
          labels.push(label);
          return label;
        },
      }).addTo(map);
      // A frame after the zoom, when the places' names have taken their places for it.
      let frame = 0;
      const giveWay = () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => hideCoveredLabels(map, labels, eventAnchors, places));
      };
      giveWay();
      map.on(`zoomend ${NAMES_MOVED}`, giveWay);
      return function removeBasemap() {
        cancelAnimationFrame(frame);
        map.off(`zoomend ${NAMES_MOVED}`, giveWay);
        layer.remove();
      };
    },
    [map, basemap, skipLabels, eventAnchors, places, basemapWord, governorates],
  );
  return null;
});
