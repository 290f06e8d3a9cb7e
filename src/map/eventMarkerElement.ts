import { ICON_SIZE } from './eventMarkerPlacement';

/** What an event marker shows: its weightiest kind's glyph, how many events, and every kind in words. */
export interface EventMarkerLook {
  glyph: string;
  count: number;
  label: string;
}

/**
 * One event marker: the glyph on a dark square and the count beside it, the words in its title. Built from
 * elements and text nodes, never markup, since the label is data. The box it goes into places it (map.css,
 * .event-markers); `placeId` is how a click on it finds its place.
 */
export function eventMarkerElement(placeId: string, look: EventMarkerLook): HTMLElement {
  const element = document.createElement('div');
  element.className = 'event-marker';
  element.dataset.place = placeId;
  element.title = look.label;
  // The size the markers' placement and spacing reckon with (eventMarkerPlacement).
  element.style.width = `${ICON_SIZE[0]}px`;
  element.style.height = `${ICON_SIZE[1]}px`;
  const glyph = document.createElement('span');
  glyph.setAttribute('aria-hidden', 'true');
  glyph.textContent = look.glyph;
  const count = document.createElement('b');
  count.setAttribute('aria-hidden', 'true');
  count.textContent = String(look.count);
  element.append(glyph, count);
  return element;
}

/**
 * New events at a place already marked: the marker keeps its element and takes the new glyph, count and
 * words, written into the text nodes it already has (setting textContent swaps in a new node, and the
 * browser then rebuilds that part of its layout tree).
 */
export function relabelEventMarker(element: HTMLElement, look: EventMarkerLook) {
  if (element.title !== look.label) element.title = look.label;
  const [glyph, count] = [element.querySelector('span'), element.querySelector('b')];
  if (glyph) rewriteText(glyph, look.glyph);
  if (count) rewriteText(count, String(look.count));
}

function rewriteText(element: Element, text: string) {
  const node = element.firstChild;
  if (node instanceof Text && node === element.lastChild) {
    if (node.data !== text) node.data = text;
  } else element.textContent = text;
}
