import type { InterfaceLanguage } from '../i18n';
import type { EventGroup } from '../map/EventMarkersLayer';
import { placesChangedFrom, type Place, type PlaceEvents } from '../model';
import { PlaceValues } from '../model/PlaceValues';
import type { TimeReading } from '../model/vocabulary';
import { eventLabel } from './eventLabel';

/** Each place's event marker at a moment, by place id: null where nothing has happened there yet. */
export type EventMarkers = ReadonlyMap<string, EventGroup | null>;

/**
 * The event markers at a moment, one per place with events, labelled in the interface language. Each is
 * made once per place's events and language and then handed back as the same object, so a slider step
 * relabels only the places whose events changed, and the map can tell which markers to leave alone.
 *
 * A step's answer is the last one with the places whose events changed replaced (placesChangedFrom), not a
 * walk over every place: at 2,000 places that walk was a seventh of a step's script.
 */
export function eventMarkersOverTime(
  eventsByPlaceAt: (moment: string, reading: TimeReading) => ReadonlyMap<string, PlaceEvents[]>,
  placesById: ReadonlyMap<string, Place>,
): (moment: string, reading: TimeReading, ui: InterfaceLanguage) => EventMarkers {
  const made = new Map<string, WeakMap<PlaceEvents[], EventGroup>>();
  // The last answer for each language and reading, and the places' events it was made from.
  const last = new Map<string, { events: ReadonlyMap<string, PlaceEvents[]>; markers: PlaceValues<EventGroup | null> }>();
  return function eventMarkersAt(moment, reading, ui) {
    const events = eventsByPlaceAt(moment, reading);
    const key = `${ui.lang} ${reading}`;
    const previous = last.get(key);
    if (previous?.events === events) return previous.markers;
    let groupOf = made.get(ui.lang);
    if (!groupOf) made.set(ui.lang, (groupOf = new WeakMap()));
    const known = groupOf;
    const markerAt = (placeId: string): EventGroup | null => {
      const groups = events.get(placeId);
      if (!groups || groups.length === 0) return null;
      let group = known.get(groups);
      if (!group) {
        group = {
          placeId,
          kinds: groups.map((g) => g.kind),
          count: groups.reduce((n, g) => n + g.claimIds.length, 0),
          label: eventLabel(groups, placesById, ui),
        };
        known.set(groups, group);
      }
      return group;
    };
    const changed = previous ? placesChangedFrom(previous.events, events) : null;
    const markers =
      previous && changed
        ? previous.markers.with(changed.map((placeId) => [placeId, markerAt(placeId)] as const))
        : PlaceValues.of([...events.keys()], markerAt);
    last.set(key, { events, markers });
    return markers;
  };
}
