import { useMemo } from 'react';
import { claimsOfPlace, isKnownAt, type Claim } from '../model';
import type { UrlStore } from '../state/urlStore';
import type { ViewState } from '../state/urlState';
import type { ExplorerModel } from './useExplorerModel';
import { useMoment } from './useMoment';
import { useUrlValue } from './useUrlStore';

const placeOf = (state: ViewState) => state.place;

/** The chosen place, its status and its claims at the moment; null when none is chosen. */
export function useSelectedPlace(store: UrlStore, model: ExplorerModel) {
  const placeId = useUrlValue(store, placeOf);
  const { moment, reading, statuses } = useMoment(store, model);
  const { derived } = model;
  return useMemo(() => {
    const place = placeId ? derived.placesById.get(placeId) : undefined;
    const status = placeId ? statuses.get(placeId) : undefined;
    if (!place || !status) return null;
    return {
      place,
      status,
      claims: claimsOfPlace(derived.index, place.id, moment, reading),
      isKnown: (claim: Claim) => isKnownAt(claim, moment, reading),
    };
  }, [placeId, reading, derived, statuses, moment]);
}
