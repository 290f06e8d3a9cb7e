import type L from 'leaflet';
import { boxGrid, eventMarkerBox, eventMarkerCorner } from './eventMarkerPlacement';
import type { Box } from './box';
import { labelsToHide } from './labelsToHide';
import { dataBoxes } from './dataBoxes';
import type { Place } from '../model/types';

/** Markers this far outside the map cannot reach a label inside it. */
const REACH = 100;

/**
 * Hides the basemap's town names that the data's symbols, names or event markers would cover at the map's
 * zoom (labelsToHide), and shows again those that are clear. Event markers count wherever the dataset ever
 * puts one (`eventAnchors`, [longitude, latitude]), at the corner it takes there (eventMarkerCorner), not
 * only those drawn at the moment, so that scrubbing never makes the background's names blink. Relative
 * places change only with the zoom, so this runs once per zoom, never on a slider step.
 */
export function hideCoveredLabels(
  map: L.Map,
  labels: readonly L.Marker[],
  eventAnchors: readonly (readonly [number, number])[],
  places: ReadonlyMap<string, Place>,
) {
  // Everything from anchors and sizes, not from where the page shows it: just after a zoom the markers may
  // still be sliding to their places (dataBoxes).
  const at = ([lng, lat]: readonly [number, number]) => map.latLngToContainerPoint([lat, lng]);
  const symbolsAndNames = dataBoxes(map, places, (place) => at(place.properties.anchor));
  const taken = boxGrid(symbolsAndNames);
  const data: Box[] = [...symbolsAndNames];
  const size = map.getSize();
  for (const anchor of eventAnchors) {
    const point = at(anchor);
    if (point.x < -REACH || point.y < -REACH || point.x > size.x + REACH || point.y > size.y + REACH) continue;
    data.push(eventMarkerBox(point, eventMarkerCorner(point, taken)));
  }
  const elements = labels.map((label) => label.getElement());
  // A town name's icon has its top left on its point. A hidden one keeps its size (visibility), so one
  // covered at the last zoom is measured for this one.
  const boxes = labels.map((label, i): Box => {
    const element = elements[i];
    if (!element) return { left: 0, top: 0, right: 0, bottom: 0 };
    const { x, y } = map.latLngToContainerPoint(label.getLatLng());
    return { left: x, top: y, right: x + element.offsetWidth, bottom: y + element.offsetHeight };
  });
  const hidden = labelsToHide(boxes, data);
  elements.forEach((element, i) => element?.classList.toggle('basemap-label--yields', hidden.has(i)));
}
