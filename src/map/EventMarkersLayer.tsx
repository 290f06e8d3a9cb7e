import L from 'leaflet';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useLatest } from './useLatest';
import type { Place } from '../model/types';
import type { ClaimKind } from '../model/vocabulary';
import { compareCodes } from '../model/compareCodes';
import { declutter, type Label } from './declutter';
import { boxGrid, eventMarkerBox, eventMarkerCorner, ICON_SIZE, type BoxGrid } from './eventMarkerPlacement';
import type { Box } from './box';
import { dataBoxes, type DataBox } from './dataBoxes';
import { NAMES_MOVED } from './placeNames';
import { textElement } from './textElement';
import { eventMarkerElement, relabelEventMarker, type EventMarkerLook } from './eventMarkerElement';

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
  /** Each place's events at the moment, by place id (null: none yet). */
  groups: ReadonlyMap<string, EventGroup | null>;
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
 *
 * They are not Leaflet markers but plain elements in one box of their own (EVENT_PANE, map.css), placed by
 * their margins. A Leaflet marker is positioned by a transform, which gives it a compositor layer of its own,
 * and Chromium lays out all of a page's layers again whenever one appears, disappears or changes size: a
 * marker shown, or a count gaining a digit, cost the whole page that on most slider steps. In a box that
 * contains its own layout and painting (contain: strict), and whose painted extent never changes (map.css),
 * showing, hiding or rewriting a marker repaints it and nothing else. The box is hidden while the map
 * animates a zoom and placed again after it.
 */
export function EventMarkersLayer({ groups, places, onSelect, nameOf }: Props) {
  const map = useMap();
  const select = useLatest(onSelect);
  const latestGroups = useLatest(groups);
  const layer = useRef<{ sync: () => void; remeasure: () => void } | null>(null);

  useEffect(
    function addEventLayer() {
      const pane = map.getPane(EVENT_PANE) ?? map.createPane(EVENT_PANE);
      pane.style.zIndex = '610'; // above the places' symbols (600), below their names (the tooltip pane, 650)
      const box = L.DomUtil.create('div', 'event-markers leaflet-zoom-hide', pane);
      const tooltip = L.tooltip({ direction: 'top', offset: [0, -ICON_SIZE[1] / 2] });
      const kept = new Map<string, KeptMarker>();
      // Where each place's anchor falls at the current zoom, in pixels, and where its marker stands there:
      // the top left of its box, off the corner of the anchor clear of the other places' symbols and names.
      // Worked out once per zoom, not per step; what decluttering compares and what positions a marker.
      const projected = new Map<string, L.Point>();
      const spots = new Map<string, Label>();
      // The places in their standing for a marker's spot (standingOf), with their anchors' pixels at this zoom.
      let standingHere: readonly PlaceAt[] | null = null;
      let taken: BoxGrid<DataBox> | null = null;
      let projectedAt = map.getZoom();
      // The box's top left in the map's pixels at the current zoom, and where it stands in its pane.
      let boxAt = { left: 0, top: 0, key: '' };
      // Everything above holds for one zoom: the first use at another forgets it all.
      const atCurrentZoom = () => {
        const zoom = map.getZoom();
        if (zoom === projectedAt) return;
        projected.clear();
        spots.clear();
        standingHere = null;
        taken = null;
        projectedAt = zoom;
      };
      const pointOf = (place: Place) => {
        atCurrentZoom();
        let point = projected.get(place.id);
        if (!point) projected.set(place.id, (point = map.project([place.properties.anchor[1], place.properties.anchor[0]], projectedAt)));
        return point;
      };
      const spotOf = (place: Place) => {
        const point = pointOf(place); // first: at a new zoom it forgets the spots of the last
        let spot = spots.get(place.id);
        if (!spot) {
          taken ??= boxGrid(dataBoxes(map, places, pointOf));
          const { left, top } = eventMarkerBox(point, eventMarkerCorner(point, taken));
          spots.set(place.id, (spot = { key: place.id, x: left, y: top }));
        }
        return spot;
      };
      const placesHere = () => {
        atCurrentZoom();
        if (!standingHere) {
          standingHere = standingOf(places).map((place) => {
            const { x, y } = pointOf(place);
            return { place, x, y };
          });
        }
        return standingHere;
      };
      // The box spans the area markers are drawn for, and a marker's reach beyond it; a pan or zoom moves it.
      const placeBox = (area: Box) => {
        const origin = map.getPixelOrigin();
        const [left, top] = [Math.floor(area.left) - BOX_MARGIN, Math.floor(area.top) - BOX_MARGIN];
        const [width, height] = [Math.ceil(area.right - area.left) + 2 * BOX_MARGIN, Math.ceil(area.bottom - area.top) + 2 * BOX_MARGIN];
        const key = `${left - origin.x},${top - origin.y},${width},${height}`;
        if (key === boxAt.key) return;
        boxAt = { left, top, key };
        Object.assign(box.style, { left: `${left - origin.x}px`, top: `${top - origin.y}px`, width: `${width}px`, height: `${height}px` });
      };
      // A marker's top left inside the box, from its place's anchor and corner; written only when it moves.
      const position = (entry: KeptMarker, spot: Label) => {
        const [left, top] = [Math.round(spot.x) - boxAt.left, Math.round(spot.y) - boxAt.top];
        const at = `${left},${top}`;
        if (entry.at === at) return;
        entry.at = at;
        entry.element.style.margin = `${top}px 0 0 ${left}px`;
      };
      const hide = (entry: KeptMarker) => {
        entry.drawn = false;
        entry.element.classList.add('event-marker--off');
        if (showing === entry) closeTooltip();
      };
      const sync = () => {
        const area = drawnArea(map);
        placeBox(area);
        const visible = markersToDraw(map, area, latestGroups.current, placesHere(), spotOf);
        // forEach, not for…of over the entries: a step visits every kept marker, hidden ones included.
        kept.forEach((entry, placeId) => {
          if (entry.drawn && !visible.has(placeId)) hide(entry);
        });
        for (const { event, spot } of visible.values()) {
          let entry = kept.get(event.placeId);
          // A marker's look is worked out only when it is made or its events changed, not for every marker a step visits.
          if (entry) {
            if (entry.event !== event && !sameLook(entry.event, event)) {
              const look = lookOf(event);
              if (look) relabelEventMarker(entry.element, look);
            }
            entry.event = event;
          } else {
            const look = lookOf(event);
            if (!look) continue;
            entry = { element: eventMarkerElement(event.placeId, look), event, drawn: true, at: '' };
            kept.set(event.placeId, entry);
            box.append(entry.element);
          }
          position(entry, spot);
          if (!entry.drawn) {
            entry.drawn = true;
            entry.element.classList.remove('event-marker--off');
          }
        }
      };
      // Markers out of the picture are only hidden while the view stands, so that scrubbing back and forth
      // shows and hides them instead of building and removing elements; a zoom, which would move every one
      // of them, drops the hidden ones first.
      const dropHidden = () => {
        closeTooltip();
        for (const [placeId, entry] of kept) {
          if (entry.drawn) continue;
          entry.element.remove();
          kept.delete(placeId);
        }
      };
      // The places' names were written again (another language): measure them afresh for the corners.
      const remeasure = () => {
        spots.clear();
        taken = null;
        sync();
      };

      // The marker under the pointer says its events in a tooltip, as Leaflet's own markers would.
      let showing: KeptMarker | null = null;
      const entryAt = (target: EventTarget | null) => {
        const element = target instanceof Element ? target.closest<HTMLElement>('.event-marker') : null;
        const entry = element?.dataset.place ? kept.get(element.dataset.place) : undefined;
        return entry?.element === element ? entry : null;
      };
      const closeTooltip = () => {
        showing = null;
        map.closeTooltip(tooltip);
      };
      const onOver = (event: Event) => {
        const entry = entryAt(event.target);
        if (!entry || entry === showing || !entry.drawn) return;
        const place = places.get(entry.event.placeId);
        if (!place) return;
        const spot = spotOf(place);
        showing = entry;
        const centre = map.unproject([spot.x + ICON_SIZE[0] / 2, spot.y + ICON_SIZE[1] / 2], map.getZoom());
        map.openTooltip(tooltip.setContent(textElement(entry.event.label)).setLatLng(centre));
      };
      const onOut = (event: MouseEvent) => {
        if (showing && !showing.element.contains(event.relatedTarget as Node | null)) closeTooltip();
      };
      // A click opens the place, and goes no further: the map under the marker is not clicked, nor zoomed by
      // a double click. A press still reaches the map, so a drag that starts on a marker pans it.
      const onClick = (event: Event) => {
        L.DomEvent.stopPropagation(event);
        const entry = entryAt(event.target);
        if (entry && !draggedJustNow(map)) select.current(entry.event.placeId);
      };
      L.DomEvent.on(box, 'mouseover', onOver);
      L.DomEvent.on(box, 'mouseout', onOut as L.DomEvent.EventHandlerFn);
      L.DomEvent.on(box, 'click', onClick);
      L.DomEvent.on(box, 'dblclick contextmenu', L.DomEvent.stopPropagation);

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
        closeTooltip();
        box.remove();
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

/** Whether the press that ends in this click dragged the map (Leaflet's drag handler knows; its types do not say so). */
const draggedJustNow = (map: L.Map) => (map.dragging as L.Handler & { moved?: () => boolean }).moved?.() === true;

/** The map pane the markers' box goes in (Leaflet names its element leaflet-event-markers-pane). */
const EVENT_PANE = 'event-markers';
/** How far the box reaches past the area markers are drawn for: a marker stands up to 46 pixels off its anchor. */
const BOX_MARGIN = 64;

interface KeptMarker {
  element: HTMLElement;
  event: EventGroup;
  /** Shown; a kept marker not drawn is hidden (event-marker--off in map.css). */
  drawn: boolean;
  /** Its margins in the box as last written ("left,top"), so that a step writes only a marker that moved. */
  at: string;
}

/** A place and where its anchor falls, in the map's pixels at its zoom. */
interface PlaceAt {
  place: Place;
  x: number;
  y: number;
}

/** A group to draw and where its marker stands (its box's top left, in the map's pixels at its zoom). */
interface DrawnMarker {
  event: EventGroup;
  spot: Label;
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

/** The area markers are drawn for, in the map's pixels at its zoom: the view and half its size around it. */
function drawnArea(map: L.Map): Box {
  const view = map.getPixelBounds();
  const size = view.getSize();
  return {
    left: (view.min?.x ?? 0) - size.x * AROUND_VIEW,
    top: (view.min?.y ?? 0) - size.y * AROUND_VIEW,
    right: (view.max?.x ?? 0) + size.x * AROUND_VIEW,
    bottom: (view.max?.y ?? 0) + size.y * AROUND_VIEW,
  };
}

/**
 * The groups to draw now, with their spots, by place: anchored in `area`, and not covered by a weightier one. Weightiest kind
 * first, then the larger place, then by id: an order that a new claim at a place does not shuffle, so that
 * stepping through time leaves markers where they stood unless a worse kind of event takes a spot (ranking
 * by the number of claims instead made a third of the markers jump on every step). The places are walked
 * in their standing, which is fixed, into one list per kind, so the order costs a pass and no sort.
 */
function markersToDraw(
  map: L.Map,
  area: Box,
  groups: ReadonlyMap<string, EventGroup | null>,
  standing: readonly PlaceAt[],
  spotOf: (place: Place) => Label,
): Map<string, DrawnMarker> {
  const byKind: Label[][] = EVENT_GLYPHS.map(() => []);
  for (const { place, x, y } of standing) {
    if (x <= area.left || x >= area.right || y <= area.top || y >= area.bottom) continue;
    const event = groups.get(place.id);
    if (!event) continue;
    // A group of no kind with a glyph is never drawn, so it takes no spot either.
    byKind[weightOf(event)]?.push(spotOf(place));
  }
  const candidates = byKind.flat();
  const [gapX, gapY] = map.getZoom() >= CLOSE_ZOOM ? CLOSE_GAP : MARKER_GAP;
  const kept = declutter(candidates, ICON_SIZE[0] + gapX, ICON_SIZE[1] + gapY);
  const drawn = new Map<string, DrawnMarker>();
  for (const spot of candidates) {
    const event = groups.get(spot.key);
    if (event && kept.has(spot.key)) drawn.set(spot.key, { event, spot });
  }
  return drawn;
}

/** The places in their standing for a marker's spot: the larger first, then by id. Once per dataset. */
const standings = new WeakMap<Map<string, Place>, readonly Place[]>();
function standingOf(places: Map<string, Place>): readonly Place[] {
  let standing = standings.get(places);
  if (!standing) {
    standing = [...places.values()].sort((a, b) => b.properties.areaKm2 - a.properties.areaKm2 || compareCodes(a.id, b.id));
    standings.set(places, standing);
  }
  return standing;
}

/** Whether two groups show the same marker (kinds, count, words), so a marker is rewritten exactly when its look would change. */
function sameLook(a: EventGroup, b: EventGroup): boolean {
  return a.count === b.count && a.label === b.label && a.kinds.length === b.kinds.length && a.kinds.every((kind, i) => kind === b.kinds[i]);
}

/** A group's marker: the glyph of its weightiest kind (none for a group of no known kind), count and words. */
function lookOf(event: EventGroup): EventMarkerLook | null {
  const glyph = EVENT_GLYPHS[weightOf(event)]?.[1];
  return glyph ? { glyph, count: event.count, label: event.label } : null;
}
