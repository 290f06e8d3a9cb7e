import { useMemo } from 'react';
import { claimsOfPlace, isKnownAt, type Claim } from '../model';
import type { PlaceStatus } from '../model/placeStatusAt';
import type { UrlStore } from '../state/urlStore';
import type { ViewState } from '../state/urlState';
import type { ExplorerModel } from './useExplorerModel';
import { useMoment } from './useMoment';
import { useUrlValue } from './useUrlStore';

const placeOf = (state: ViewState) => state.place;

/** The chosen place's id, or null: a component that reads only this does not follow the moment. */
export function useChosenPlaceId(store: UrlStore): string | null {
  return useUrlValue(store, placeOf);
}

/** The chosen place and its status among `statuses` (the moment's, from useMoment); null when none is chosen. */
export function useChosenPlace(store: UrlStore, model: ExplorerModel, statuses: ReadonlyMap<string, PlaceStatus>) {
  const placeId = useChosenPlaceId(store);
  const { placesById } = model.derived;
  return useMemo(() => {
    const place = placeId ? placesById.get(placeId) : undefined;
    const status = placeId ? statuses.get(placeId) : undefined;
    return place && status ? { place, status } : null;
  }, [placeId, placesById, statuses]);
}

/** The chosen place, its status and its claims at the moment; null when none is chosen. */
export function useSelectedPlace(store: UrlStore, model: ExplorerModel) {
  const { moment, reading, statuses } = useMoment(store, model);
  const chosen = useChosenPlace(store, model, statuses);
  const { index } = model.derived;
  return useMemo(() => {
    if (!chosen) return null;
    return {
      ...chosen,
      claims: claimsOfPlace(index, chosen.place.id, moment, reading),
      isKnown: (claim: Claim) => isKnownAt(claim, moment, reading),
    };
  }, [chosen, index, moment, reading]);
}
