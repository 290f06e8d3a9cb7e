import L from 'leaflet';
import { useEffect } from 'react';
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
 * symbol or label. Rebuilt when the events change, which happens only at the moments a claim becomes known.
 */
export function EventMarkersLayer({ groups, places, onSelect }: Props) {
  const map = useMap();
  const select = useLatest(onSelect);

  useEffect(
    function addEventMarkers() {
      const group = L.layerGroup().addTo(map);
      for (const event of groups) {
        const place = places.get(event.placeId);
        const glyph = EVENT_GLYPHS.find(([kind]) => event.kinds.includes(kind))?.[1];
        if (!place || !glyph) continue;
        const [lon, lat] = place.properties.anchor;
        const icon = L.divIcon({
          className: 'event-marker',
          html: `<span aria-hidden="true">${glyph}</span><b aria-hidden="true">${event.count}</b>`,
          iconSize: [34, 20],
          iconAnchor: [40, 26],
        });
        L.marker([lat, lon], { icon, title: event.label, alt: event.label, keyboard: false })
          .bindTooltip(textElement(event.label))
          .on('click', () => select.current(event.placeId))
          .addTo(group);
      }
      return function removeEventMarkers() {
        group.remove();
      };
    },
    [map, groups, places, select],
  );
  return null;
}
