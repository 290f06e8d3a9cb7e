import { useEffect, useState } from 'react';
import type { LaterFiles } from '../data/createLaterFiles';
import type { BasemapFile } from '../model/types';
import { laterFiles } from './laterFiles';

/**
 * The bundled basemap, drawn after the places (useDataset has asked for it once the dataset was in, so it
 * is usually here by then): the map is usable without it, so a failure only leaves the background plain
 * (and says so) instead of blocking the page.
 */
export function useBasemap(files: LaterFiles = laterFiles): { basemap: BasemapFile | null; failed: boolean } {
  const [state, setState] = useState<{ basemap: BasemapFile | null; failed: boolean }>({ basemap: null, failed: false });
  useEffect(
    function fetchBasemap() {
      let live = true;
      files.basemap().then(
        (basemap) => live && setState({ basemap, failed: false }),
        () => live && setState({ basemap: null, failed: true }),
      );
      return function ignoreLateAnswer() {
        live = false;
      };
    },
    [files],
  );
  return state;
}
