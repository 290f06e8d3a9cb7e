import type { Geometry } from 'geojson';
import { useMemo } from 'react';
import { EventMarkersLayer } from '../map/EventMarkersLayer';
import { PlacesLayer } from '../map/PlacesLayer';
import type { Place } from '../model/types';
import type { UrlStore } from '../state/urlStore';
import { useI18n } from './I18n';
import type { ExplorerModel } from './useExplorerModel';
import { useMoment } from './useMoment';

interface Props {
  places: Place[];
  model: ExplorerModel;
  store: UrlStore;
  selected: string | null;
  onSelect: (placeId: string) => void;
  /** Full outlines of the large areas, once loaded. */
  detail: ReadonlyMap<string, Geometry> | null;
}

/**
 * The map's layers that change with the moment: every place coloured by its status then, and the markers of
 * the events reported by then. It listens to the moment itself, inside the map, so that a slider step
 * re-renders these two layers and leaves the map's container, controls and basemap alone.
 */
export function MomentLayers({ places, model, store, selected, onSelect, detail }: Props) {
  const ui = useI18n();
  const { moment, reading, statuses } = useMoment(store, model);
  const events = useMemo(() => model.derived.eventMarkersAt(moment, reading, ui), [model, moment, reading, ui]);
  return (
    <>
      <PlacesLayer places={places} statuses={statuses} selected={selected} onSelect={onSelect} nameOf={ui.nameOf} detail={detail} marked={model.derived.markedPlaces} />
      <EventMarkersLayer groups={events} places={model.derived.placesById} onSelect={onSelect} nameOf={ui.nameOf} />
    </>
  );
}
