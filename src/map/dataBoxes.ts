import type L from 'leaflet';
import type { Place } from '../model/types';
import type { Box } from './box';

/** A place's symbol or name as the map shows it: which place, and the size it takes (pixels). */
export interface DataItem {
  placeId: string;
  kind: 'symbol' | 'name';
  width: number;
  height: number;
}

/**
 * The places' symbols and names the map shows now, with their sizes. Only sizes are read from the page:
 * during and just after a zoom the markers are still sliding to their new places (a CSS transition), so
 * where they stand on the screen is worked out from their anchors instead (placedBox). A name hidden at this
 * zoom (display: none) has no size and is left out. Reading sizes lays the page out, so this is for once per
 * zoom, never for a slider step.
 */
function measureDataItems(map: L.Map): DataItem[] {
  const items: DataItem[] = [];
  const container = map.getContainer();
  const add = (element: HTMLElement, placeId: string | undefined, kind: DataItem['kind']) => {
    if (placeId && element.offsetWidth > 0 && element.offsetHeight > 0) items.push({ placeId, kind, width: element.offsetWidth, height: element.offsetHeight });
  };
  for (const element of container.querySelectorAll<HTMLElement>('.place-symbol[data-place]')) add(element, element.dataset.place, 'symbol');
  for (const element of container.querySelectorAll<HTMLElement>('.place-label[data-place] > span')) add(element, element.parentElement?.dataset.place, 'name');
  return items;
}

/**
 * Where a symbol or name stands when its place's anchor is at `point`: a symbol centred on it, a name 12
 * pixels to its right and centred on its height (map.css, .place-label; PlacesLayer's iconAnchor [-12, 0]).
 */
export function placedBox(point: { x: number; y: number }, { kind, width, height }: Pick<DataItem, 'kind' | 'width' | 'height'>): Box {
  if (kind === 'symbol') return { left: point.x - width / 2, top: point.y - height / 2, right: point.x + width / 2, bottom: point.y + height / 2 };
  return { left: point.x + 12, top: point.y - height / 2, right: point.x + 12 + width, bottom: point.y + height / 2 };
}

/**
 * The boxes of the places' symbols and names as they stand at the map's zoom, in the pixels `at` gives for a
 * place's anchor (the map's own, or the container's).
 */
export function dataBoxes(map: L.Map, places: ReadonlyMap<string, Place>, at: (place: Place) => { x: number; y: number }): Box[] {
  return measureDataItems(map).flatMap((item) => {
    const place = places.get(item.placeId);
    return place ? [placedBox(at(place), item)] : [];
  });
}
