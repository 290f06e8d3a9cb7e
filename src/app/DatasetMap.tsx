import { useState } from 'react';
import type { MapViewport, VisibleBounds } from '../map/ViewSync';
import { MapView } from '../map/MapView';
import type { Place } from '../model/types';
import type { SettledState, UrlStore } from '../state/urlStore';
import { useBasemap } from './useBasemap';
import { useI18n } from './I18n';
import type { ExplorerModel } from './useExplorerModel';
import { MomentLayers } from './MomentLayers';
import { DETAIL_ZOOM, usePlacesDetail } from './usePlacesDetail';
import { matchesNow, REDUCED_MOTION } from './mediaQueries';

interface Props {
  places: Place[];
  model: ExplorerModel;
  store: UrlStore;
  state: SettledState;
  onSelect: (placeId: string) => void;
  onViewportChange: (viewport: MapViewport, visible: VisibleBounds) => void;
  /** Pixels at the bottom of the map that the place's sheet covers on a phone. */
  coveredBottom?: number;
}

/**
 * The map as the full app and the embed both show it: the model's statuses and events at the link's moment
 * (MomentLayers, the only part of it that follows the slider) over the bundled basemap (fetched after the
 * places are drawn), with the full outlines of the large areas fetched the first time the reader zooms in.
 */
export function DatasetMap({ places, model, store, state, onSelect, onViewportChange, coveredBottom = 0 }: Props) {
  const ui = useI18n();
  const { basemap } = useBasemap();
  const [zoomedIn, setZoomedIn] = useState(false);
  const detail = usePlacesDetail(zoomedIn || (state.view?.zoom ?? 0) >= DETAIL_ZOOM);
  const [reducedMotion] = useState(() => matchesNow(REDUCED_MOTION));
  return (
    <MapView
      placesById={model.derived.placesById}
      basemap={basemap}
      selected={state.place}
      viewport={state.view}
      onViewportChange={(view, visible) => {
        if (view.zoom >= DETAIL_ZOOM) setZoomedIn(true);
        onViewportChange(view, visible);
      }}
      fitBounds={model.fitBounds}
      tiles={state.tiles}
      skipLabels={model.derived.skipLabels}
      eventAnchors={model.derived.eventAnchors}
      coveredBottom={coveredBottom}
      words={ui.t.map}
      reducedMotion={reducedMotion}
    >
      <MomentLayers places={places} model={model} store={store} selected={state.place} onSelect={onSelect} detail={detail} />
    </MapView>
  );
}
