import { useEffect, useMemo } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import { fitBoundsOf } from '../map/fitBoundsOf';
import { byPlaceOverTime, eventsLookup, indexClaims, isEvent, statusLookup, TERRITORIAL_KINDS, warmUp, type Place } from '../model';
import type { TimeReading } from '../model/vocabulary';
import type { ViewState } from '../state/urlState';
import { timeline } from '../time/timeline';
import { eventMarkersOverTime } from './eventMarkersOverTime';
import { runInIdleTime } from './runInIdleTime';
import { stopsWorkedOutAhead } from './stopsWorkedOutAhead';
import { WARM_UP_MEASURE } from './warmUpMeasure';

/** The bundled basemap labels towns in English, so a town the places layer labels itself is matched by that name. */
const basemapNameOf = (place: Place) => place.properties.names.en;
const CONTEXT_KINDS = new Set(['country', 'region']);

/**
 * What the full app and the embed both draw from, whatever the moment: the model's indexes and lookups over
 * time, the slider's stops for the reading, and the box to fit. A slider step changes none of it; what it
 * changes is worked out by useMoment and useSelectedPlace, in the components that show it.
 */
export function useExplorerModel(dataset: LoadedDataset, reading: TimeReading, bounds: ViewState['bounds']) {
  const places = dataset.places.features;
  const { claims, dataset: meta } = dataset.claims;
  const derived = useMemo(() => {
    const index = indexClaims(claims);
    const placesById = new Map(places.map((place) => [place.id, place]));
    const sourcesById = new Map(dataset.sources.sources.map((source) => [source.id, source]));
    const territorial = new Set(claims.filter((c) => TERRITORIAL_KINDS.has(c.kind)).flatMap((c) => c.places));
    const fitPlaces = places.filter((p) => territorial.has(p.id) && !CONTEXT_KINDS.has(p.properties.kind));
    const eventPlaceIds = places.filter((p) => !CONTEXT_KINDS.has(p.properties.kind)).map((p) => p.id);
    const skipLabels = new Set(places.map(basemapNameOf));
    // Where an event marker can ever stand: the basemap's town names give way to it at every moment.
    const withEvents = new Set(claims.filter(isEvent).flatMap((claim) => claim.places));
    const marked = places.filter((p) => withEvents.has(p.id) && !CONTEXT_KINDS.has(p.properties.kind));
    const eventAnchors = marked.map((p) => p.properties.anchor);
    // Places whose name keeps out from above their symbol, where their event marker goes.
    const markedPlaces: ReadonlySet<string> = new Set(marked.map((p) => p.id));
    // Kept up to date as the moment moves: a step recomputes only the places something happened to, and
    // each place's answers are remembered by its number of known claims (and worked out ahead, below).
    const statusOf = statusLookup(index);
    const eventsOf = eventsLookup(index);
    const placeIds = [...placesById.keys()];
    const statusesAt = byPlaceOverTime(index, placeIds, statusOf);
    const eventsByPlaceAt = byPlaceOverTime(index, eventPlaceIds, eventsOf, isEvent);
    return {
      index,
      statusesAt,
      eventMarkersAt: eventMarkersOverTime(eventsByPlaceAt, placesById),
      // Each lookup over the places a step asks it about (no events for the context areas); then the whole
      // map's answers at each of the slider's stops in turn, which byPlaceOverTime remembers, so that a step
      // onto a stop reads them.
      warmUp: function* (reading: TimeReading, stops: readonly string[]) {
        let done = yield* warmUp(index, reading, [
          [statusOf, placeIds],
          [eventsOf, eventPlaceIds],
        ]);
        for (const stop of stopsWorkedOutAhead(placeIds.length, stops)) {
          statusesAt(stop, reading);
          eventsByPlaceAt(stop, reading);
          yield (done += 1);
        }
        return done;
      },
      placesById,
      sourcesById,
      fitBounds: fitBoundsOf(fitPlaces),
      skipLabels,
      eventAnchors,
      markedPlaces,
    };
  }, [claims, places, dataset.sources.sources]);

  const line = useMemo(() => timeline(claims, meta.span, reading), [claims, meta.span, reading]);

  useEffect(
    function workOutAheadWhenIdle() {
      // After the first draw, while the reader reads: every status and event a slider step could ask for, so
      // that a step only looks them up. Stopped if the data or the reading changes first.
      return runInIdleTime(derived.warmUp(reading, line.moments), (run) => {
        performance.measure(WARM_UP_MEASURE, { start: performance.now() - run.elapsedMs, duration: run.elapsedMs, detail: { busyMs: run.busyMs, reading } });
      });
    },
    [derived, reading, line.moments],
  );

  // A box from the link wins over the places' own box; Leaflet takes [[south, west], [north, east]].
  const fitBounds = useMemo(() => {
    if (!bounds) return derived.fitBounds;
    const [west, south, east, north] = bounds;
    return [
      [south, west],
      [north, east],
    ] as [[number, number], [number, number]];
  }, [bounds, derived.fitBounds]);

  return useMemo(() => ({ derived, line, end: meta.span.end, fitBounds }), [derived, line, meta.span.end, fitBounds]);
}

export type ExplorerModel = ReturnType<typeof useExplorerModel>;
