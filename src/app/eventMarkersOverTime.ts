import type { InterfaceLanguage } from '../i18n';
import type { EventGroup } from '../map/EventMarkersLayer';
import type { Place, PlaceEvents } from '../model';
import type { TimeReading } from '../model/vocabulary';
import { eventLabel } from './eventLabel';

/**
 * The event markers at a moment, one per place with events, labelled in the interface language. Each is
 * made once per place's events and language and then handed back as the same object, so a slider step
 * relabels only the places whose events changed, and the map can tell which markers to leave alone.
 */
export function eventMarkersOverTime(
  eventsByPlaceAt: (moment: string, reading: TimeReading) => ReadonlyMap<string, PlaceEvents[]>,
  placesById: ReadonlyMap<string, Place>,
): (moment: string, reading: TimeReading, ui: InterfaceLanguage) => EventGroup[] {
  const made = new Map<string, WeakMap<PlaceEvents[], EventGroup>>();
  return function eventMarkersAt(moment, reading, ui) {
    let markerOf = made.get(ui.lang);
    if (!markerOf) made.set(ui.lang, (markerOf = new WeakMap()));
    const markers: EventGroup[] = [];
    // forEach rather than for…of: thousands of places a step, and a plain callback beats an iterator's steps.
    eventsByPlaceAt(moment, reading).forEach((groups, placeId) => {
      if (groups.length === 0) return;
      let marker = markerOf.get(groups);
      if (!marker) {
        marker = {
          placeId,
          kinds: groups.map((group) => group.kind),
          count: groups.reduce((n, group) => n + group.claimIds.length, 0),
          label: eventLabel(groups, placesById, ui),
        };
        markerOf.set(groups, marker);
      }
      markers.push(marker);
    });
    return markers;
  };
}
