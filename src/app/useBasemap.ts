import { useEffect, useState } from 'react';
import { BASEMAP_FORMAT, type BasemapFile } from '../model/types';

/**
 * The bundled basemap, fetched after the places are drawn: the map is usable without it, so a failure only
 * leaves the background plain (and says so) instead of blocking the page.
 */
export function useBasemap(url = './data/basemap.geojson'): { basemap: BasemapFile | null; failed: boolean } {
  const [state, setState] = useState<{ basemap: BasemapFile | null; failed: boolean }>({ basemap: null, failed: false });
  useEffect(
    function fetchBasemap() {
      let live = true;
      fetch(url)
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
        .then((body: BasemapFile) => {
          if (body?.format !== BASEMAP_FORMAT || !Array.isArray(body.features)) throw new Error('not a basemap');
          if (live) setState({ basemap: body, failed: false });
        })
        .catch(() => live && setState({ basemap: null, failed: true }));
      return function ignoreLateAnswer() {
        live = false;
      };
    },
    [url],
  );
  return state;
}
