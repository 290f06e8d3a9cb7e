import type L from 'leaflet';
import type { Place } from '../model/types';
import { measureDataItems, placedBox } from './dataBoxes';
import { NAME_SIDES, nameSides, SIDES_UNDER_A_MARKER, type NameToPlace } from './nameSides';

/**
 * The event the map fires when a name has moved to another side of its symbol: what keeps clear of the names
 * (the event markers' corners, the basemap's town names) measures them again then. When no name moved, what
 * they measured at the zoom still holds, and nothing is fired.
 */
export const NAMES_MOVED = 'namesmoved';

/**
 * Writes each place's name on the side of its symbol that nameSides finds clear at the map's zoom, as the
 * name's `data-side` (map.css places it by that; dataBoxes reads it back), and fires NAMES_MOVED if any name
 * changed side. `ordered` is the places weightiest first: a larger place keeps its name on the right. The
 * name of a place in `marked` (one an event marker can stand beside) is never put above its symbol, where the
 * marker goes first (eventMarkerCorner tries the top corners first); above Aleppo, its name pushed the marker
 * onto itself. It reads the symbols' and names' sizes, which lays the page out, so it runs once per zoom and
 * once the first picture is shown, never on a slider step.
 */
export function placeNames(map: L.Map, ordered: readonly Place[], labels: ReadonlyMap<string, HTMLElement>, marked: ReadonlySet<string>): void {
  const items = measureDataItems(map);
  const byId = new Map(ordered.map((place) => [place.id, place]));
  const at = (place: Place) => map.latLngToContainerPoint([place.properties.anchor[1], place.properties.anchor[0]]);
  const symbols = items.flatMap((item) => {
    const place = item.kind === 'symbol' ? byId.get(item.placeId) : undefined;
    return place ? [placedBox(at(place), item)] : [];
  });
  const sizes = new Map(items.filter((item) => item.kind === 'name').map((item) => [item.placeId, item]));
  const names = ordered.flatMap((place): NameToPlace[] => {
    const size = sizes.get(place.id);
    if (!size) return [];
    return [{ placeId: place.id, point: at(place), width: size.width, height: size.height, sides: marked.has(place.id) ? SIDES_UNDER_A_MARKER : NAME_SIDES }];
  });
  const { x, y } = map.getSize();
  const sides = nameSides(names, symbols, { left: 0, top: 0, right: x, bottom: y });
  let moved = false;
  for (const [placeId, element] of labels) {
    // A name not shown at this zoom (display: none) has no size and goes back to the right; the zoom that
    // shows it again places it. A name that says no side stands on the right (map.css).
    const side = sides.get(placeId) ?? 'right';
    if (element.dataset.side === side) continue;
    moved ||= (element.dataset.side ?? 'right') !== side;
    element.dataset.side = side;
  }
  if (moved) map.fire(NAMES_MOVED);
}
