import type { Geometry } from 'geojson';
import { useEffect, useState } from 'react';
import type { LaterFiles } from '../data/createLaterFiles';
import { laterFiles } from './laterFiles';

/** From this zoom the simplified outlines of the large areas show their corners, so the full ones load. */
export const DETAIL_ZOOM = 10;

/**
 * The full outlines of the large areas, fetched the first time `wanted` turns true (the reader zoomed in)
 * and kept. The map works without them, so a failure leaves the simplified outlines and nothing else.
 */
export function usePlacesDetail(wanted: boolean, files: LaterFiles = laterFiles): ReadonlyMap<string, Geometry> | null {
  const [detail, setDetail] = useState<ReadonlyMap<string, Geometry> | null>(null);
  useEffect(
    function fetchDetail() {
      if (!wanted || detail) return;
      let live = true;
      files.placesDetail().then(
        (file) => live && setDetail(new Map(file.features.map((feature) => [feature.id, feature.geometry]))),
        () => undefined,
      );
      return function ignoreLateAnswer() {
        live = false;
      };
    },
    [wanted, detail, files],
  );
  return detail;
}
