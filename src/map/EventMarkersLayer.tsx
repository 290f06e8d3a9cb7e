import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useLatest } from './useLatest';
import type { Place } from '../model/types';
import type { ClaimKind } from '../model/vocabulary';
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
}

/**
 * One marker per place with events, just above and left of its anchor so it does not cover the place's own
 * symbol or label. Markers are kept by what they show: a slider step adds the markers of new events and
 * removes those of events no longer known, and leaves every other marker as it was.
 */
export function EventMarkersLayer({ groups, places, onSelect }: Props) {
  const map = useMap();
  const select = useLatest(onSelect);
  const layer = useRef<{ group: L.LayerGroup; markers: Map<string, L.Marker> } | null>(null);

  useEffect(
    function addEventLayer() {
      const group = L.layerGroup().addTo(map);
      const markers = new Map<string, L.Marker>();
      layer.current = { group, markers };
      return function removeEventLayer() {
        group.remove();
        markers.clear();
        layer.current = null;
      };
    },
    [map, places],
  );

  useEffect(
    function syncEventMarkers() {
      const current = layer.current;
      if (!current) return;
      const wanted = new Map(groups.map((event) => [keyOf(event), event]));
      for (const [key, marker] of current.markers) {
        if (wanted.has(key)) continue;
        marker.remove();
        current.markers.delete(key);
      }
      for (const [key, event] of wanted) {
        if (current.markers.has(key)) continue;
        const marker = eventMarker(event, places.get(event.placeId));
        if (!marker) continue;
        marker.on('click', () => select.current(event.placeId)).addTo(current.group);
        current.markers.set(key, marker);
      }
    },
    [groups, places, select],
  );
  return null;
}

/** Everything a marker shows, so a marker is replaced exactly when its look or words would change. */
const keyOf = (event: EventGroup) => `${event.placeId}|${event.kinds.join(',')}|${event.count}|${event.label}`;

function eventMarker(event: EventGroup, place: Place | undefined): L.Marker | null {
  const glyph = EVENT_GLYPHS.find(([kind]) => event.kinds.includes(kind))?.[1];
  if (!place || !glyph) return null;
  const [lon, lat] = place.properties.anchor;
  const icon = L.divIcon({
    className: 'event-marker',
    // Only constants and a number go into this markup; the label goes in as text, through textElement.
    html: `<span aria-hidden="true">${glyph}</span><b aria-hidden="true">${event.count}</b>`,
    iconSize: [34, 20],
    // Clear of the place's 24-pixel symbol (centred on the anchor), so each stays a whole target (WCAG 2.5.8).
    iconAnchor: [46, 32],
  });
  return L.marker([lat, lon], { icon, title: event.label, alt: event.label, keyboard: false }).bindTooltip(textElement(event.label));
}
