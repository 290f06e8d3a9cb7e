import L from 'leaflet';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useLatest } from './useLatest';
import type { Place } from '../model/types';
import type { ClaimKind } from '../model/vocabulary';
import { compareCodes } from '../model/compareCodes';
import { declutter } from './declutter';
import { boxGrid, cornerAnchor, eventMarkerCorner, ICON_SIZE, type BoxGrid, type Corner } from './eventMarkerPlacement';
import { dataBoxes } from './dataBoxes';
import { NAMES_MOVED } from './placeNames';
import { textElement } from './textElement';

/** The events known at one place: one marker, its glyph the weightiest kind, its tooltip every kind. */
export interface EventGroup {
  placeId: string;
  kinds: ClaimKind[];
  count: number;
  label: string;
}

/** Glyphs by kind, weightiest first: the marker shows the first of its place's kinds in this order. */
export const EVENT_GLYPHS: [ClaimKind, string][] = [
  ['airstrike', '✸'],
  ['fighting', '⚔'],
  ['casualties', '✚'],
  ['closure', '⨯'],
  ['curfew', '☾'],
  ['reinforcement', '▲'],
  ['damage', '▨'],
  ['displacement', '➜'],
];

interface Props {
  groups: EventGroup[];
  places: Map<string, Place>;
  onSelect: (placeId: string) => void;
  /** The places' names as the map writes them: when they change (another language), the markers' corners are found again. */
  nameOf: (place: Place) => string;
}

/**
 * The room kept clear between markers, pixels across and down. At the wide views, about a marker's own size,
 * so that the outlines' colours (what the map is about) still read between the markers, which are the lesser
 * layer: touching markers covered a quarter of the map at 2,000 places. Zoomed in (from CLOSE_ZOOM, where the
 * map names its smaller sites too) the outlines are large and a reader looking at a few sites wants each
 * one's events, so markers need only not touch.
 */
const MARKER_GAP: [number, number] = [30, 18];
const CLOSE_GAP: [number, number] = [4, 4];
const CLOSE_ZOOM = 10;

/**
 * One marker per place with events, off a corner of its anchor so it does not cover the place's own symbol
 * or name: above and left, or the next corner clear of the other places' symbols and names at this zoom
 * (eventMarkerCorner). Where markers would cover one another, or come closer than the gap kept between them
 * (MARKER_GAP), only the weightiest is drawn (the worst kind, then the larger place); the others come back as
 * the reader zooms in, and every event stays in its place's panel. Markers are drawn only in and around the
 * view. So the number of markers follows the screen, not the dataset: a newsroom's thousands of places would
 * otherwise bury the map, and the page with it.
 *
 * Markers are kept by place: a slider step adds the markers of places with their first events, hides
 * those no longer shown, rewrites in place the few whose events changed, and leaves every other marker as
 * it was (the model hands back an unchanged place's group as the same object).
 */
export function EventMarkersLayer({ groups, places, onSelect, nameOf }: Props) {
  const map = useMap();
  const select = useLatest(onSelect);
  const latestGroups = useLatest(groups);
  const layer = useRef<{ sync: () => void; remeasure: () => void } | null>(null);

  useEffect(
    function addEventLayer() {
      const group = L.layerGroup().addTo(map);
      const kept = new Map<string, KeptMarker>();
      // Where each place's anchor falls at the current zoom, in pixels, and which corner of it the place's
      // marker takes (clear of the other places' symbols and names): worked out once per zoom, not per step.
      const projected = new Map<string, L.Point>();
      const corners = new Map<string, Corner>();
      let taken: BoxGrid | null = null;
      let projectedAt = map.getZoom();
      const pointOf = (place: Place) => {
        if (projectedAt !== map.getZoom()) {
          projected.clear();
          corners.clear();
          taken = null;
          projectedAt = map.getZoom();
        }
        let point = projected.get(place.id);
        if (!point) projected.set(place.id, (point = map.project([place.properties.anchor[1], place.properties.anchor[0]], projectedAt)));
        return point;
      };
      const cornerOf = (place: Place) => {
        const point = pointOf(place);
        let corner = corners.get(place.id);
        if (!corner) {
          taken ??= boxGrid(dataBoxes(map, places, pointOf));
          corners.set(place.id, (corner = eventMarkerCorner(point, taken)));
        }
        return corner;
      };
      const sync = () => {
        const visible = markersToDraw(map, latestGroups.current, places, pointOf, cornerOf);
        // forEach, not for…of over the entries: a step visits every kept marker, hidden ones included.
        kept.forEach((entry, placeId) => {
          if (entry.drawn && !visible.has(placeId)) draw(entry, false);
        });
        for (const event of visible.values()) {
          const current = kept.get(event.placeId);
          const place = places.get(event.placeId);
          const corner = place ? cornerOf(place) : 'nw';
          if (current) {
            if (current.corner !== corner) moveTo(current, corner);
            if (current.event !== event && !sameLook(current.event, event)) relabel(current.marker, event, corner);
            current.event = event;
            if (!current.drawn) draw(current, true);
            continue;
          }
          const marker = eventMarker(event, place, corner);
          if (!marker) continue;
          marker.on('click', () => select.current(event.placeId)).addTo(group);
          kept.set(event.placeId, { marker, event, drawn: true, corner });
        }
      };
      // Markers out of the picture are only hidden while the view stands, so that scrubbing back and forth
      // shows and hides them instead of building and tearing down Leaflet markers; a zoom, which would move
      // every one of them, drops the hidden ones first.
      const dropHidden = () => {
        for (const [placeId, entry] of kept) {
          if (entry.drawn) continue;
          entry.marker.remove();
          kept.delete(placeId);
        }
      };
      // The places' names were written again (another language): measure them afresh for the corners.
      const remeasure = () => {
        corners.clear();
        taken = null;
        sync();
      };
      layer.current = { sync, remeasure };
      // The first markers come just after the frame that paints the places, not in the task that makes
      // them: placing markers measures the places' symbols and names, and there it laid the page out before
      // anything was shown (the first place came 60 to 110 ms later at 4x CPU). After that frame the layout
      // is done, and the measuring reads it.
      let afterFrame: number | undefined;
      const frame = requestAnimationFrame(() => {
        afterFrame = window.setTimeout(sync, 0);
      });
      map.on('zoomend moveend', sync);
      map.on('zoomstart', dropHidden);
      // The names moved to other sides of their symbols (PlacesLayer): the corners are found again.
      map.on(NAMES_MOVED, remeasure);
      return function removeEventLayer() {
        cancelAnimationFrame(frame);
        window.clearTimeout(afterFrame);
        map.off('zoomend moveend', sync);
        map.off('zoomstart', dropHidden);
        map.off(NAMES_MOVED, remeasure);
        group.remove();
        kept.clear();
        layer.current = null;
      };
    },
    [map, places, latestGroups, select],
  );

  // After PlacesLayer's own effect has written the names in the new language (it runs first, above this).
  const namesSeen = useRef(nameOf);
  useEffect(
    function keepOffNewNames() {
      if (namesSeen.current === nameOf) return;
      namesSeen.current = nameOf;
      layer.current?.remeasure();
    },
    [nameOf],
  );

  // In the step's own task, before the browser paints (see PlacesLayer's restyle).
  useLayoutEffect(
    function syncEventMarkers() {
      layer.current?.sync();
    },
    [groups],
  );
  return null;
}

interface KeptMarker {
  marker: L.Marker;
  event: EventGroup;
  /** Shown; a kept marker not drawn is hidden (event-marker--off in map.css). */
  drawn: boolean;
  /** The corner of its place's anchor it sits off (eventMarkerCorner), which a zoom may change. */
  corner: Corner;
}

/** Moves a drawn marker to another corner of its anchor, where Leaflet would have put its icon. */
function moveTo(entry: KeptMarker, corner: Corner) {
  entry.corner = corner;
  const [x, y] = cornerAnchor(corner);
  const icon = entry.marker.options.icon;
  if (icon) icon.options.iconAnchor = [x, y];
  const element = entry.marker.getElement();
  if (element) {
    element.style.marginLeft = `${-x}px`;
    element.style.marginTop = `${-y}px`;
  }
}

function draw(entry: KeptMarker, drawn: boolean) {
  entry.drawn = drawn;
  if (!drawn) entry.marker.closeTooltip();
  entry.marker.getElement()?.classList.toggle('event-marker--off', !drawn);
}

/** How far around the view markers are kept, as a share of its size: a short pan finds them already there. */
const AROUND_VIEW = 0.5;

/** Where a group's weightiest kind stands in EVENT_GLYPHS (0 is the worst), remembered per group. */
const weights = new WeakMap<EventGroup, number>();
function weightOf(event: EventGroup): number {
  let weight = weights.get(event);
  if (weight === undefined) weights.set(event, (weight = EVENT_GLYPHS.findIndex(([kind]) => event.kinds.includes(kind))));
  return weight;
}

/** The groups to draw now, by place: in or near the view, and not covered by a weightier one. */
function markersToDraw(
  map: L.Map,
  groups: readonly EventGroup[],
  places: Map<string, Place>,
  pointOf: (place: Place) => L.Point,
  cornerOf: (place: Place) => Corner,
): Map<string, EventGroup> {
  const view = map.getPixelBounds();
  const size = view.getSize();
  const [minX, minY] = [(view.min?.x ?? 0) - size.x * AROUND_VIEW, (view.min?.y ?? 0) - size.y * AROUND_VIEW];
  const [maxX, maxY] = [(view.max?.x ?? 0) + size.x * AROUND_VIEW, (view.max?.y ?? 0) + size.y * AROUND_VIEW];
  const rank = rankOf(places);
  const candidates: { key: string; x: number; y: number; event: EventGroup; order: number }[] = [];
  for (const event of groups) {
    const place = places.get(event.placeId);
    if (!place) continue;
    const { x, y } = pointOf(place);
    if (x <= minX || x >= maxX || y <= minY || y >= maxY) continue;
    // Weightiest kind first, then the larger place, then by id: an order that a new claim at a place does
    // not shuffle, so that stepping through time leaves markers where they stood unless a worse kind of
    // event takes a spot. Ranking by the number of claims instead made a third of the markers jump on every
    // step. One number, so the sort compares numbers only.
    const order = weightOf(event) * places.size + (rank.get(event.placeId) ?? 0);
    const [anchorX, anchorY] = cornerAnchor(cornerOf(place));
    candidates.push({ key: event.placeId, x: x - anchorX, y: y - anchorY, event, order });
  }
  candidates.sort((a, b) => a.order - b.order);
  const [gapX, gapY] = map.getZoom() >= CLOSE_ZOOM ? CLOSE_GAP : MARKER_GAP;
  const kept = declutter(candidates, ICON_SIZE[0] + gapX, ICON_SIZE[1] + gapY);
  const drawn = new Map<string, EventGroup>();
  for (const candidate of candidates) if (kept.has(candidate.key)) drawn.set(candidate.key, candidate.event);
  return drawn;
}

/** Each place's standing among the places for a marker's spot: the larger first, then by id. Once per dataset. */
const ranks = new WeakMap<Map<string, Place>, Map<string, number>>();
function rankOf(places: Map<string, Place>): Map<string, number> {
  let rank = ranks.get(places);
  if (!rank) {
    const ordered = [...places.values()].sort((a, b) => b.properties.areaKm2 - a.properties.areaKm2 || compareCodes(a.id, b.id));
    ranks.set(places, (rank = new Map(ordered.map((place, i) => [place.id, i]))));
  }
  return rank;
}

/** Whether two groups show the same marker (kinds, count, words), so a marker is rewritten exactly when its look would change. */
function sameLook(a: EventGroup, b: EventGroup): boolean {
  return a.count === b.count && a.label === b.label && a.kinds.length === b.kinds.length && a.kinds.every((kind, i) => kind === b.kinds[i]);
}

const glyphOf = (event: EventGroup) => EVENT_GLYPHS[weightOf(event)]?.[1];

function iconOf(event: EventGroup, glyph: string, corner: Corner): L.DivIcon {
  return L.divIcon({
    className: 'event-marker',
    // Only constants and a number go into this markup; the label goes in as text, through textElement.
    html: `<span aria-hidden="true">${glyph}</span><b aria-hidden="true">${event.count}</b>`,
    iconSize: ICON_SIZE,
    iconAnchor: cornerAnchor(corner),
  });
}

function eventMarker(event: EventGroup, place: Place | undefined, corner: Corner): L.Marker | null {
  const glyph = glyphOf(event);
  if (!place || !glyph) return null;
  const [lon, lat] = place.properties.anchor;
  const marker = L.marker([lat, lon], { icon: iconOf(event, glyph, corner), title: event.label, alt: event.label, keyboard: false });
  return marker.bindTooltip(textElement(event.label));
}

/**
 * New events at a place already marked: the marker keeps its element and takes the new glyph, count and
 * words, written into the text it already has (Leaflet's setIcon would run the marker's whole set-up again,
 * listeners included, and new markup would re-create the parts that did not change). The new icon is kept
 * in the options for the next time Leaflet draws the marker.
 */
function relabel(marker: L.Marker, event: EventGroup, corner: Corner) {
  const glyph = glyphOf(event);
  if (!glyph) return;
  marker.options.icon = iconOf(event, glyph, corner);
  marker.options.title = event.label;
  marker.options.alt = event.label;
  const element = marker.getElement();
  if (element) {
    element.title = event.label;
    const [glyphText, countText] = [element.querySelector('span'), element.querySelector('b')];
    if (glyphText) rewriteText(glyphText, glyph);
    if (countText) rewriteText(countText, String(event.count));
  }
  marker.setTooltipContent(textElement(event.label));
}

/**
 * Changes an element's words in the text node it already has: setting textContent swaps in a new node, and
 * the browser then rebuilds that part of its layout tree.
 */
function rewriteText(element: Element, text: string) {
  const node = element.firstChild;
  if (node instanceof Text && node === element.lastChild) {
    if (node.data !== text) node.data = text;
  } else element.textContent = text;
}
