import type L from 'leaflet';
import { boxGrid, eventMarkerBox, eventMarkerCorner } from './eventMarkerPlacement';
import { labelsToHide, type Box } from './labelsToHide';
import { measureDataBoxes } from './measureDataBoxes';

/** Markers this far outside the map cannot reach a label inside it. */
const REACH = 100;

/**
 * Hides the basemap's town names that the data's symbols, names or event markers would cover at the map's
 * zoom (labelsToHide), and shows again those that are clear. Event markers count wherever the dataset ever
 * puts one (`eventAnchors`, [longitude, latitude]), at the corner it takes there (eventMarkerCorner), not
 * only those drawn at the moment, so that scrubbing never makes the background's names blink. Relative
 * places change only with the zoom, so this runs once per zoom, never on a slider step.
 */
export function hideCoveredLabels(map: L.Map, labels: readonly L.Marker[], eventAnchors: readonly (readonly [number, number])[]) {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const inMap = (rect: DOMRect): Box => ({ left: rect.left - origin.left, top: rect.top - origin.top, right: rect.right - origin.left, bottom: rect.bottom - origin.top });
  const symbolsAndNames = measureDataBoxes(map);
  const taken = boxGrid(symbolsAndNames);
  const data: Box[] = [...symbolsAndNames];
  const size = map.getSize();
  for (const [lng, lat] of eventAnchors) {
    const point = map.latLngToContainerPoint([lat, lng]);
    if (point.x < -REACH || point.y < -REACH || point.x > size.x + REACH || point.y > size.y + REACH) continue;
    data.push(eventMarkerBox(point, eventMarkerCorner(point, taken)));
  }
  const elements = labels.map((label) => label.getElement());
  // A hidden label keeps its box (visibility), so one covered at the last zoom is measured for this one.
  const boxes = elements.map((element): Box => (element ? inMap(element.getBoundingClientRect()) : { left: 0, top: 0, right: 0, bottom: 0 }));
  const hidden = labelsToHide(boxes, data);
  elements.forEach((element, i) => element?.classList.toggle('basemap-label--yields', hidden.has(i)));
}
