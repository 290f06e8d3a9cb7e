import type { Geometry } from 'geojson';
import { useEffect, useState } from 'react';
import { PLACES_DETAIL_FORMAT, type PlacesDetailFile } from '../model/types';

/** From this zoom the simplified outlines of the large areas show their corners, so the full ones load. */
export const DETAIL_ZOOM = 10;

/**
 * The full outlines of the large areas, fetched the first time `wanted` turns true (the reader zoomed in)
 * and kept. The map works without them, so a failure leaves the simplified outlines and nothing else.
 */
export function usePlacesDetail(wanted: boolean, url = './data/places-detail.geojson'): ReadonlyMap<string, Geometry> | null {
  const [detail, setDetail] = useState<ReadonlyMap<string, Geometry> | null>(null);
  const load = wanted || detail !== null;
  useEffect(
    function fetchDetail() {
      if (!load || detail) return;
      let live = true;
      fetch(url)
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
        .then((body: PlacesDetailFile) => {
          if (body?.format !== PLACES_DETAIL_FORMAT || !Array.isArray(body.features)) throw new Error('not a places-detail file');
          if (live) setDetail(new Map(body.features.map((feature) => [feature.id, feature.geometry])));
        })
        .catch(() => undefined);
      return function ignoreLateAnswer() {
        live = false;
      };
    },
    [load, detail, url],
  );
  return detail;
}
