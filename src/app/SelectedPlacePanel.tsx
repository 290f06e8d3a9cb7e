import type { UrlStore } from '../state/urlStore';
import { PlacePanel } from './PlacePanel';
import type { ExplorerModel } from './useExplorerModel';
import { useChosenPlaceId, useSelectedPlace } from './useSelectedPlace';

interface Props {
  store: UrlStore;
  model: ExplorerModel;
  onClose: () => void;
  /** The embed's narrow column. */
  compact?: boolean;
}

/**
 * The chosen place's panel at the link's moment, as the full app and the embed both show it; nothing when
 * none is chosen. Only an open panel follows the moment: with none, a slider step does not reach here.
 */
export function SelectedPlacePanel(props: Props) {
  const placeId = useChosenPlaceId(props.store);
  return placeId === null ? null : <PanelAtMoment {...props} />;
}

function PanelAtMoment({ store, model, onClose, compact = false }: Props) {
  const selected = useSelectedPlace(store, model);
  const { derived } = model;
  if (!selected) return null;
  return (
    <PlacePanel
      // A new place starts a new panel (folded lists, "show all" reset).
      key={selected.place.id}
      compact={compact}
      place={selected.place}
      status={selected.status}
      claims={selected.claims}
      claimsById={derived.index.byId}
      isKnown={selected.isKnown}
      placesById={derived.placesById}
      sourcesById={derived.sourcesById}
      onClose={onClose}
    />
  );
}
