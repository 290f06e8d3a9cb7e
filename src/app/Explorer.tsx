import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import { fitBoundsOf } from '../map/fitBoundsOf';
import { MapView } from '../map/MapView';
import { claimsOfPlace, eventsAt, indexClaims, isKnownAt, placeStatusAt, TERRITORIAL_KINDS, type Place, type PlaceEvents } from '../model';
import { momentIndexAtOrBefore, timeline } from '../time/timeline';
import { Legend } from './Legend';
import { PlacePanel } from './PlacePanel';
import { PlaceSearch } from './PlaceSearch';
import { SourcesView } from './SourcesView';
import { TimeSlider } from './TimeSlider';
import { useBasemap } from './useBasemap';
import { useUrlState } from './useUrlState';
import { eventLabel } from './eventLabel';

const nameOf = (place: Place) => place.properties.names.en;
const CONTEXT_KINDS = new Set(['country', 'region']);

/** The map, the slider, the places and their claims, all driven by the state in the URL. */
export function Explorer({ dataset }: { dataset: LoadedDataset }) {
  const places = dataset.places.features;
  const { claims, dataset: meta } = dataset.claims;
  const derived = useMemo(() => {
    const index = indexClaims(claims);
    const placesById = new Map(places.map((place) => [place.id, place]));
    const sourcesById = new Map(dataset.sources.sources.map((source) => [source.id, source]));
    const territorial = new Set(claims.filter((c) => TERRITORIAL_KINDS.has(c.kind)).flatMap((c) => c.places));
    const fitPlaces = places.filter((p) => territorial.has(p.id) && !CONTEXT_KINDS.has(p.properties.kind));
    const eventPlaceIds = places.filter((p) => !CONTEXT_KINDS.has(p.properties.kind)).map((p) => p.id);
    const skipLabels = new Set(places.map(nameOf));
    return { index, placesById, sourcesById, fitBounds: fitBoundsOf(fitPlaces), eventPlaceIds, skipLabels };
  }, [claims, places, dataset.sources.sources]);
  const known = useMemo(() => ({ placeIds: new Set(places.map((p) => p.id)), span: meta.span }), [places, meta.span]);
  const [state, update] = useUrlState(known);
  const { basemap } = useBasemap();

  const line = useMemo(() => timeline(claims, meta.span, state.time), [claims, meta.span, state.time]);
  const moment = state.date ?? meta.span.end;
  const sliderIndex = momentIndexAtOrBefore(line.moments, moment);

  const statuses = useMemo(
    () => new Map(places.map((place) => [place.id, placeStatusAt(derived.index, place.id, moment, state.time)])),
    [places, derived.index, moment, state.time],
  );
  const events = useMemo(() => {
    const byPlace = new Map<string, PlaceEvents[]>();
    for (const group of eventsAt(derived.index, derived.eventPlaceIds, moment, state.time)) {
      byPlace.set(group.placeId, [...(byPlace.get(group.placeId) ?? []), group]);
    }
    return [...byPlace].map(([placeId, groups]) => ({
      placeId,
      kinds: groups.map((g) => g.kind),
      count: groups.reduce((n, g) => n + g.claimIds.length, 0),
      label: eventLabel(groups, derived.placesById),
    }));
  }, [derived, moment, state.time]);

  const select = useCallback((placeId: string) => update({ place: placeId }), [update]);
  const selectedPlace = state.place ? derived.placesById.get(state.place) : undefined;
  const selectedStatus = state.place ? statuses.get(state.place) : undefined;
  const panelClaims = state.place ? claimsOfPlace(derived.index, state.place, moment, state.time) : [];

  // Focus follows the reader's choice of a place, not a place that came with the link: on load the map
  // should be what a reader sees first.
  const panel = useRef<HTMLDivElement>(null);
  const placeOnLoad = useRef(state.place);
  useEffect(
    function focusChosenPlace() {
      if (state.place && state.place !== placeOnLoad.current) {
        panel.current?.querySelector<HTMLElement>('#place-heading')?.focus();
      }
      placeOnLoad.current = null;
    },
    [state.place],
  );

  return (
    <div className="explorer">
      <div className="map-area">
        <MapView
          places={places}
          placesById={derived.placesById}
          basemap={basemap}
          statuses={statuses}
          events={events}
          selected={state.place}
          onSelect={select}
          nameOf={nameOf}
          viewport={state.view}
          onViewportChange={(view) => update({ view }, 'replace')}
          fitBounds={derived.fitBounds}
          tiles={state.tiles}
          skipLabels={derived.skipLabels}
        />
        <Legend />
      </div>
      <aside className="side" aria-label="Time, places and claims">
        <TimeSlider
          timeline={line}
          index={sliderIndex}
          moment={moment}
          onIndexChange={(i, mode) => update({ date: line.moments[i] ?? null }, mode)}
          reading={state.time}
          onReadingChange={(time) => update({ time })}
        />
        <label className="tiles-toggle">
          <input type="checkbox" checked={state.tiles} onChange={(event) => update({ tiles: event.target.checked })} /> OpenStreetMap
          tiles (loads images from openstreetmap.org)
        </label>
        <div ref={panel}>
          {selectedPlace && selectedStatus && (
            <PlacePanel
              place={selectedPlace}
              status={selectedStatus}
              claims={panelClaims}
              claimsById={derived.index.byId}
              isKnown={(claim) => isKnownAt(claim, moment, state.time)}
              placesById={derived.placesById}
              sourcesById={derived.sourcesById}
              onClose={() => update({ place: null })}
            />
          )}
        </div>
        <PlaceSearch places={places} statuses={statuses} selected={state.place} onSelect={select} />
        <details className="sources-details">
          <summary>Sources: the {dataset.sources.sources.length} articles and their claims</summary>
          <SourcesView dataset={dataset} />
        </details>
      </aside>
    </div>
  );
}
