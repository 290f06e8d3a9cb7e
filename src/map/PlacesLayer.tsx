import L from 'leaflet';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useLatest } from './useLatest';
import { placesChangedFrom } from '../model';
import type { PlaceStatus } from '../model/placeStatusAt';
import type { Geometry } from 'geojson';
import type { Place } from '../model/types';
import { STATUS_COLOURS } from './palette';
import { CANVAS_FROM } from './canvasFrom';
import { changedPathAttributes } from './changedPathAttributes';
import { hatchFill } from './hatchFill';
import { isHatched, placeStyle } from './placeStyle';
import { LABELLED_KINDS, PLACE_SYMBOLS } from './placeSymbol';
import { nameElement } from './nameElement';
import { placeNames } from './placeNames';
import { symbolsGivingWay, type SymbolAt } from './symbolsGivingWay';
import { textElement } from './textElement';

interface Props {
  places: Place[];
  statuses: ReadonlyMap<string, PlaceStatus>;
  selected: string | null;
  onSelect: (placeId: string) => void;
  nameOf: (place: Place) => string;
  /** Full outlines for the places published simplified, once loaded (null until the reader zooms in). */
  detail: ReadonlyMap<string, Geometry> | null;
  /** The places an event marker can ever stand beside: their names keep out from above, where it goes. */
  marked: ReadonlySet<string>;
}

interface Entry {
  place: Place;
  shape: L.GeoJSON;
  marker: L.Marker | null;
  /** Drawn on the canvas renderer, which knows no classes: the hatch goes in as a fill pattern. */
  canvas: boolean;
  /** Clickable: its paths take Leaflet's interactive class, which gives them pointer events. */
  interactive: boolean;
  /** The style its paths were last given, to write only what a new one changes (SVG only). */
  style: L.PathOptions | null;
  /** The shape's paths, kept at hand: a step restyles a few hundred, and LayerGroup.eachLayer walks an object's keys. */
  paths: L.Path[];
  /** What the place was last styled as, so a slider step touches only the places whose look changed. */
  styledAs: string | null;
  /** The status and selection it was last styled for: the model hands back an unchanged status as the same object. */
  styledFor: { status: PlaceStatus | undefined; selected: boolean } | null;
}

const NOT_CLICKABLE = new Set(['country', 'region']);

/** A place's symbol, pixels across and down (map.css draws it inside). */
const SYMBOL_SIZE = 24;

/**
 * The places as Leaflet layers, created once per dataset and restyled in place when the moment or the
 * selection changes (react-leaflet's <GeoJSON> never re-reads its data, and remounting on every slider step
 * would rebuild every path). Larger places go below smaller ones so every place stays clickable.
 */
export function PlacesLayer({ places, statuses, selected, onSelect, nameOf, detail, marked }: Props) {
  const map = useMap();
  const entries = useRef(new Map<string, Entry>());
  const select = useLatest(onSelect);
  const latest = useLatest({ statuses, selected });
  const latestDetail = useLatest(detail);
  // What the places were last styled for: a step from it restyles only the places the model says it changed.
  const styled = useRef<{ statuses: ReadonlyMap<string, PlaceStatus>; selected: string | null } | null>(null);

  useEffect(
    function addPlaces() {
      const group = L.layerGroup().addTo(map);
      const renderer = places.length >= CANVAS_FROM ? L.canvas() : undefined;
      const ordered = [...places].sort((a, b) => b.properties.areaKm2 - a.properties.areaKm2);
      const labels = new Map<string, HTMLElement>();
      for (const place of ordered) {
        const interactive = !NOT_CLICKABLE.has(place.properties.kind);
        // The GeoJSON layer hands its options to the paths it makes, renderer included (its types leave it out).
        const options: L.GeoJSONOptions & L.PathOptions = { interactive, renderer, style: () => placeStyle(place, undefined, false) };
        // Places made anew (another language names them) keep the full outline if it has already come.
        const full = latestDetail.current?.get(place.id);
        const shape = L.geoJSON(full ? { ...place, geometry: full } : place, options);
        if (place.geometry.type !== 'Point') shape.addTo(group);
        if (interactive) {
          shape.on('click', () => select.current(place.id));
          shape.bindTooltip(nameElement(nameOf(place), place.properties.names.ar), { sticky: true, className: 'place-tooltip' });
        }
        const marker = symbolMarker(place, nameOf(place));
        marker?.on('click keypress', () => select.current(place.id)).addTo(group);
        const label = labelMarker(place, nameOf(place))?.addTo(group).getElement();
        if (label) labels.set(place.id, label);
        entries.current.set(place.id, { place, shape, marker, canvas: Boolean(renderer), interactive, style: null, paths: pathsOf(shape), styledAs: null, styledFor: null });
      }
      // Drawn as they stand now: new layers (another dataset, or names in another language) come in unstyled.
      const { statuses: now, selected: chosen } = latest.current;
      for (const [id, entry] of entries.current) applyStyle(entry, now.get(id), id === chosen);
      styled.current = { statuses: now, selected: chosen };
      // Far out, the sites around Aleppo crowd one another; their names come back when zoomed in. And there a
      // site whose symbol would overlap a city's gives way, symbol and name. From zoom 10 every site is shown,
      // and a city's symbol that a site's would overlap gives way instead, its name staying: the reader came
      // closer for the sites, and the city's outline is large enough there to carry its colour and take a
      // click (symbolsGivingWay).
      const markDistance = () => {
        const zoom = map.getZoom();
        const far = zoom < 10;
        map.getContainer().classList.toggle('map--far', far);
        const givingWay = symbolsGivingWay(symbolsAt(zoom), SYMBOL_SIZE, far ? 'sites' : 'cities');
        for (const [placeId, { marker }] of entries.current) {
          const yields = givingWay.has(placeId);
          marker?.getElement()?.classList.toggle('gives-way', yields);
          labels.get(placeId)?.classList.toggle('gives-way', yields && far);
        }
      };
      const symbolsAt = (zoom: number): SymbolAt[] =>
        [...entries.current.values()].flatMap(({ place, marker }) => {
          if (!marker) return [];
          const { x, y } = map.project(marker.getLatLng(), zoom);
          return [{ placeId: place.id, x, y, city: place.properties.kind === 'city' }];
        });
      markDistance();
      // Each name on a side of its symbol clear of the other places' symbols and names, found again at each
      // zoom. The first time just after the frame that paints the places, as the event markers are placed
      // (EventMarkersLayer): measuring the names in the task that draws them would lay the page out before
      // anything is shown. Until then every name stands on the right.
      const sideNames = () => placeNames(map, ordered, labels, marked);
      const onZoom = () => {
        markDistance();
        sideNames();
      };
      let afterFrame: number | undefined;
      const frame = requestAnimationFrame(() => {
        afterFrame = window.setTimeout(sideNames, 0);
      });
      map.on('zoomend', onZoom);
      const current = entries.current;
      return function removePlaces() {
        cancelAnimationFrame(frame);
        window.clearTimeout(afterFrame);
        map.off('zoomend', onZoom);
        group.remove();
        current.clear();
      };
    },
    [map, places, nameOf, select, latest, latestDetail, marked],
  );

  // Restyled before the browser paints, in the step's own task: a layout effect, so that a slider step
  // leaves React no passive effects to schedule.
  useLayoutEffect(
    function restylePlaces() {
      const last = styled.current;
      const changed = last && last.selected === selected ? placesChangedFrom(last.statuses, statuses) : null;
      if (changed) {
        for (const id of changed) {
          const entry = entries.current.get(id);
          if (entry) applyStyle(entry, statuses.get(id), id === selected);
        }
      } else {
        for (const [id, entry] of entries.current) applyStyle(entry, statuses.get(id), id === selected);
      }
      styled.current = { statuses, selected };
    },
    [statuses, selected],
  );

  useEffect(
    function swapInDetail() {
      if (!detail) return;
      for (const [id, geometry] of detail) {
        const entry = entries.current.get(id);
        if (!entry) continue;
        // New paths replace the simplified ones; the group keeps its click and tooltip bindings.
        entry.shape.clearLayers();
        entry.shape.addData(geometry);
        entry.paths = pathsOf(entry.shape);
        entry.styledAs = null;
        entry.styledFor = null;
        entry.style = null;
        applyStyle(entry, latest.current.statuses.get(id), id === latest.current.selected);
      }
    },
    [detail, latest],
  );

  return null;
}

/** Styles a place's paths and symbol for its status, unless it already looks that way. */
function applyStyle(entry: Entry, status: PlaceStatus | undefined, selected: boolean) {
  // The cheap test first: on a step over thousands of places, almost all come back untouched.
  if (entry.styledFor && entry.styledFor.status === status && entry.styledFor.selected === selected) return;
  entry.styledFor = { status, selected };
  // What the look is made of (placeStyle, the symbol below): a new claim that changes only the extent, or
  // agrees with the last, leaves the place as it was drawn.
  const key = `${status?.status}|${Boolean(status?.disputed)}|${selected}`;
  if (entry.styledAs === key) return;
  // Paths new since the last styling (made, or swapped for full outlines) also need their place's id.
  const fresh = entry.styledAs === null;
  entry.styledAs = key;
  const { place, shape, marker } = entry;
  const style = placeStyle(place, status, selected);
  const className = entry.interactive ? `${style.className} leaflet-interactive` : (style.className ?? '');
  const changes = entry.canvas || !entry.style ? null : changedPathAttributes(entry.style, style);
  entry.style = style;
  if (changes) {
    // Mostly a new colour: the few attributes that differ, with the options Leaflet keeps in step.
    for (const path of entry.paths) {
      Object.assign(path.options, style);
      const element = path.getElement();
      if (!element) continue;
      for (const [name, value] of changes) {
        if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
      }
      element.setAttribute('class', className);
    }
  } else {
    // Leaflet's canvas sets the fill colour as the context's fillStyle, which takes a pattern as well.
    const hatch = entry.canvas && isHatched(place, status);
    shape.setStyle(hatch ? { ...style, fillColor: hatchFill(style.fillColor ?? '') as unknown as string } : style);
    // setStyle does not touch classes; the hatch and selection live there, so set them directly.
    for (const path of entry.paths) {
      const element = path.getElement();
      element?.setAttribute('class', className);
      if (fresh) element?.setAttribute('data-place', place.id);
    }
  }
  const element = marker?.getElement();
  if (element) {
    if (fresh) element.dataset.place = place.id;
    element.style.setProperty('--status-colour', STATUS_COLOURS[status?.status ?? 'unknown']);
    element.classList.toggle('symbol--hatched', Boolean(status?.disputed || status?.status === 'contested'));
    element.classList.toggle('symbol--selected', selected);
  }
}

/** Every path a shape drew, through the groups a geometry collection makes. */
function pathsOf(group: L.LayerGroup): L.Path[] {
  return group.getLayers().flatMap((layer) => (layer instanceof L.Path ? [layer] : layer instanceof L.LayerGroup ? pathsOf(layer) : []));
}

/** A focusable symbol at the place's anchor, for sites and towns; its name goes beside it (labelMarker). */
function symbolMarker(place: Place, name: string): L.Marker | null {
  const { kind, anchor } = place.properties;
  if (!LABELLED_KINDS.has(kind)) return null;
  const symbol = PLACE_SYMBOLS[kind];
  const html = symbol
    ? `<span class="symbol symbol--${symbol.shape}" aria-hidden="true">${symbol.glyph}</span>`
    : '<span class="symbol symbol--none" aria-hidden="true"></span>';
  const icon = L.divIcon({ className: `place-symbol place-symbol--${kind}`, html, iconSize: [SYMBOL_SIZE, SYMBOL_SIZE], iconAnchor: [SYMBOL_SIZE / 2, SYMBOL_SIZE / 2] });
  return L.marker([anchor[1], anchor[0]], { icon, title: name, alt: name, keyboard: true, riseOnHover: true });
}

/**
 * The name beside a symbol, in the tooltip pane so it reads above every symbol and marker. A marker whose
 * icon CSS places (map.css, .place-label) rather than a permanent Leaflet tooltip: a tooltip measures itself
 * to find its place, and a map's worth of them measuring one after another, each after the last was added,
 * forced a layout apiece, a fifth of the start-up script at 4× CPU slowdown. Not interactive, and hidden
 * from assistive technology: the symbol's title names the place.
 */
function labelMarker(place: Place, name: string): L.Marker | null {
  const { kind, anchor } = place.properties;
  if (!LABELLED_KINDS.has(kind)) return null;
  const html = textElement(name);
  const icon = L.divIcon({ className: `place-label place-label--${kind}`, html, iconSize: undefined, iconAnchor: [-12, 0] });
  const marker = L.marker([anchor[1], anchor[0]], { icon, pane: 'tooltipPane', interactive: false, keyboard: false });
  marker.on('add', () => {
    const element = marker.getElement();
    element?.setAttribute('aria-hidden', 'true');
    // Which place it names, for the event markers and the basemap's names that keep off it.
    if (element) element.dataset.place = place.id;
  });
  return marker;
}
