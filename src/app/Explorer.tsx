import { useCallback, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import { Legend } from './Legend';
import { PlacePanel } from './PlacePanel';
import { PlaceSearch } from './PlaceSearch';
import { ShareDialog } from './ShareDialog';
import { SourcesView } from './SourcesView';
import { TimeSlider } from './TimeSlider';
import { DatasetMap } from './DatasetMap';
import { useFocusChosenPlace } from './useFocusChosenPlace';
import { useExplorerModel } from './useExplorerModel';
import { useUrlState } from './useUrlState';

/** The map, the slider, the places and their claims, all driven by the state in the URL. */
export function Explorer({ dataset }: { dataset: LoadedDataset }) {
  const places = dataset.places.features;
  const { span } = dataset.claims.dataset;
  const known = useMemo(() => ({ placeIds: new Set(places.map((p) => p.id)), span }), [places, span]);
  const [state, update] = useUrlState(known);
  const model = useExplorerModel(dataset, state);
  const { derived, line, moment, sliderIndex, statuses, selected } = model;

  const select = useCallback((placeId: string) => update({ place: placeId }), [update]);

  const panel = useRef<HTMLDivElement>(null);
  useFocusChosenPlace(state.place, panel);
  // The dialog opens with the box in view then (refs are read in the handler, never while rendering).
  const [sharing, setSharing] = useState<{ bounds: [number, number, number, number] | null } | null>(null);
  const shareButton = useRef<HTMLButtonElement>(null);
  // What the reader sees, for embeds: a box fits any iframe's width, where a centre and zoom would crop it.
  const visibleBounds = useRef<[number, number, number, number] | null>(null);

  return (
    <div className="explorer">
      <div className="map-area">
        <DatasetMap
          places={places}
          model={model}
          state={state}
          onSelect={select}
          onViewportChange={(view, visible) => {
            visibleBounds.current = visible;
            update({ view }, 'replace');
          }}
        />
        <Legend />
      </div>
      <aside className="side" aria-label="Time, places and claims">
        <div className="toolbar">
          <button type="button" ref={shareButton} aria-haspopup="dialog" onClick={() => setSharing({ bounds: visibleBounds.current })}>
            Share, embed, download
          </button>
        </div>
        <ShareDialog
          open={sharing !== null}
          onClose={() => {
            setSharing(null);
            shareButton.current?.focus();
          }}
          state={state}
          visibleBounds={sharing?.bounds ?? null}
          moment={moment}
          dataset={dataset}
        />
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
          {selected && (
            <PlacePanel
              place={selected.place}
              status={selected.status}
              claims={selected.claims}
              claimsById={derived.index.byId}
              isKnown={selected.isKnown}
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
