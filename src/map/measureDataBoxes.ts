import type L from 'leaflet';
import type { Box } from './labelsToHide';

/** What the data draws beside its outlines: place symbols and their names. */
const DATA_ELEMENTS = '.place-symbol, .place-label > span';

/**
 * The boxes of the places' symbols and names as the map shows them now, in pixels from the map's top left.
 * A name hidden at this zoom (display: none) has no box and is left out. It measures the page (a layout),
 * so it is for once per zoom, never for a slider step.
 */
export function measureDataBoxes(map: L.Map): Box[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const element of container.querySelectorAll(DATA_ELEMENTS)) {
    const rect = element.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) {
      boxes.push({ left: rect.left - origin.left, top: rect.top - origin.top, right: rect.right - origin.left, bottom: rect.bottom - origin.top });
    }
  }
  return boxes;
}
