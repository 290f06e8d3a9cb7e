import type L from 'leaflet';
import type { Place } from '../model/types';
import type { Box } from './box';
import { NAME_SIDES, nameBox, type NameSide } from './nameSides';

/** A place's symbol or name as the map shows it: which place, and the size it takes (pixels). */
export interface DataItem {
  placeId: string;
  kind: 'symbol' | 'name';
  width: number;
  height: number;
  /** A name's side of its symbol (nameSides), as the name's element says; the right if it says nothing. */
  side?: NameSide;
}

/**
 * The places' symbols and names the map shows now, with their sizes. Only sizes are read from the page:
 * during and just after a zoom the markers are still sliding to their new places (a CSS transition), so
 * where they stand on the screen is worked out from their anchors instead (placedBox). A name hidden at this
 * zoom (display: none) has no size and is left out. Reading sizes lays the page out, so this is for once per
 * zoom, never for a slider step.
 */
export function measureDataItems(map: L.Map): DataItem[] {
  const items: DataItem[] = [];
  const container = map.getContainer();
  const add = (element: HTMLElement, placeId: string | undefined, kind: DataItem['kind'], side?: NameSide) => {
    if (placeId && element.offsetWidth > 0 && element.offsetHeight > 0) items.push({ placeId, kind, width: element.offsetWidth, height: element.offsetHeight, side });
  };
  for (const element of container.querySelectorAll<HTMLElement>('.place-symbol[data-place]')) add(element, element.dataset.place, 'symbol');
  for (const element of container.querySelectorAll<HTMLElement>('.place-label[data-place] > span')) {
    const label = element.parentElement;
    add(element, label?.dataset.place, 'name', sideOf(label?.dataset.side));
  }
  return items;
}

const sideOf = (text: string | undefined): NameSide | undefined => NAME_SIDES.find((side) => side === text);

/**
 * Where a symbol or name stands when its place's anchor is at `point`: a symbol centred on it, a name 12
 * pixels off it on its side, the right unless nameSides chose another (map.css, .place-label).
 */
export function placedBox(point: { x: number; y: number }, { kind, width, height, side }: Pick<DataItem, 'kind' | 'width' | 'height' | 'side'>): Box {
  if (kind === 'symbol') return { left: point.x - width / 2, top: point.y - height / 2, right: point.x + width / 2, bottom: point.y + height / 2 };
  return nameBox(point, { width, height }, side ?? 'right');
}

/** Where a place's symbol or name stands, and which of the two it is. */
export type DataBox = Box & Pick<DataItem, 'kind'>;

/**
 * The boxes of the places' symbols and names as they stand at the map's zoom, in the pixels `at` gives for a
 * place's anchor (the map's own, or the container's).
 */
export function dataBoxes(map: L.Map, places: ReadonlyMap<string, Place>, at: (place: Place) => { x: number; y: number }): DataBox[] {
  return measureDataItems(map).flatMap((item) => {
    const place = places.get(item.placeId);
    return place ? [{ ...placedBox(at(place), item), kind: item.kind }] : [];
  });
}
