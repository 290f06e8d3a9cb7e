import { PlacePanel } from './PlacePanel';
import type { useExplorerModel } from './useExplorerModel';

interface Props {
  model: ReturnType<typeof useExplorerModel>;
  onClose: () => void;
  /** The embed's narrow column. */
  compact?: boolean;
}

/** The chosen place's panel, fed from the model as the full app and the embed both feed it; nothing when none is chosen. */
export function SelectedPlacePanel({ model, onClose, compact = false }: Props) {
  const { selected, derived } = model;
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
