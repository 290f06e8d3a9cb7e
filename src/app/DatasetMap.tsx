import { useState } from 'react';
import type { MapViewport, VisibleBounds } from '../map/ViewSync';
import { MapView } from '../map/MapView';
import type { Place } from '../model/types';
import type { ViewState } from '../state/urlState';
import { useBasemap } from './useBasemap';
import { useI18n } from './I18n';
import type { useExplorerModel } from './useExplorerModel';
import { DETAIL_ZOOM, usePlacesDetail } from './usePlacesDetail';

interface Props {
  places: Place[];
  model: ReturnType<typeof useExplorerModel>;
  state: ViewState;
  onSelect: (placeId: string) => void;
  onViewportChange: (viewport: MapViewport, visible: VisibleBounds) => void;
  /** Pixels at the bottom of the map that the place's sheet covers on a phone. */
  coveredBottom?: number;
}

/**
 * The map as the full app and the embed both show it: the model's statuses and events over the bundled
 * basemap (fetched after the places are drawn), with the full outlines of the large areas fetched the first
 * time the reader zooms in.
 */
export function DatasetMap({ places, model, state, onSelect, onViewportChange, coveredBottom = 0 }: Props) {
  const { t, nameOf } = useI18n();
  const { basemap } = useBasemap();
  const [zoomedIn, setZoomedIn] = useState(false);
  const detail = usePlacesDetail(zoomedIn || (state.view?.zoom ?? 0) >= DETAIL_ZOOM);
  return (
    <MapView
      places={places}
      placesById={model.derived.placesById}
      basemap={basemap}
      statuses={model.statuses}
      events={model.events}
      selected={state.place}
      onSelect={onSelect}
      nameOf={nameOf}
      viewport={state.view}
      onViewportChange={(view, visible) => {
        if (view.zoom >= DETAIL_ZOOM) setZoomedIn(true);
        onViewportChange(view, visible);
      }}
      fitBounds={model.fitBounds}
      tiles={state.tiles}
      skipLabels={model.derived.skipLabels}
      detail={detail}
      coveredBottom={coveredBottom}
      words={t.map}
    />
  );
}
