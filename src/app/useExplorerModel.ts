import { useMemo } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import type { InterfaceLanguage } from '../i18n';
import { fitBoundsOf } from '../map/fitBoundsOf';
import { byPlaceOverTime, claimsOfPlace, eventsAt, indexClaims, isEvent, isKnownAt, statusLookup, TERRITORIAL_KINDS, type Claim, type Place } from '../model';
import type { ViewState } from '../state/urlState';
import { momentIndexAtOrBefore, timeline } from '../time/timeline';
import { eventMarkersOverTime } from './eventMarkersOverTime';

/** The bundled basemap labels towns in English, so a town the places layer labels itself is matched by that name. */
const basemapNameOf = (place: Place) => place.properties.names.en;
const CONTEXT_KINDS = new Set(['country', 'region']);

/**
 * What the full app and the embed both show, from the dataset and the view in the URL: the slider's stops,
 * every place's status at the moment, the events on the map, and the selected place's claims. The model does
 * the work; this only memoises it so a slider step recomputes what depends on the moment and nothing else.
 * Event labels are in the interface language (`ui`): switching it relabels the markers and nothing more.
 */
export function useExplorerModel(dataset: LoadedDataset, state: ViewState, ui: InterfaceLanguage) {
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
    // Kept up to date as the moment moves: a step recomputes only the places something happened to.
    const statusesAt = byPlaceOverTime(index, [...placesById.keys()], statusLookup(index));
    const eventsByPlaceAt = byPlaceOverTime(index, eventPlaceIds, (placeId, moment, reading) => eventsAt(index, [placeId], moment, reading), isEvent);
    return { index, statusesAt, eventMarkersAt: eventMarkersOverTime(eventsByPlaceAt, placesById), placesById, sourcesById, fitBounds: fitBoundsOf(fitPlaces), skipLabels };
  }, [claims, places, dataset.sources.sources]);

  const line = useMemo(() => timeline(claims, meta.span, state.time), [claims, meta.span, state.time]);
  const moment = state.date ?? meta.span.end;
  const sliderIndex = momentIndexAtOrBefore(line.moments, moment);

  const statuses = useMemo(() => derived.statusesAt(moment, state.time), [derived, moment, state.time]);
  const events = useMemo(() => derived.eventMarkersAt(moment, state.time, ui), [derived, moment, state.time, ui]);

  const selected = useMemo(() => {
    const place = state.place ? derived.placesById.get(state.place) : undefined;
    const status = state.place ? statuses.get(state.place) : undefined;
    if (!place || !status) return null;
    return {
      place,
      status,
      claims: claimsOfPlace(derived.index, place.id, moment, state.time),
      isKnown: (claim: Claim) => isKnownAt(claim, moment, state.time),
    };
  }, [state.place, state.time, derived, statuses, moment]);

  // A box from the link wins over the places' own box; Leaflet takes [[south, west], [north, east]].
  const fitBounds = useMemo(() => {
    if (!state.bounds) return derived.fitBounds;
    const [west, south, east, north] = state.bounds;
    return [
      [south, west],
      [north, east],
    ] as [[number, number], [number, number]];
  }, [state.bounds, derived.fitBounds]);

  return { derived, line, moment, sliderIndex, statuses, events, selected, fitBounds };
}
