import type { Place, PlaceEvents } from '../model';
import { KIND_WORDS } from './words';

/** "Aleppo: air strike (3), closure (1)" — the words behind a place's event marker. */
export function eventLabel(groups: PlaceEvents[], placesById: Map<string, Place>): string {
  const [first] = groups;
  const name = first ? (placesById.get(first.placeId)?.properties.names.en ?? first.placeId) : '';
  return `${name}: ${groups.map((g) => `${KIND_WORDS[g.kind]} (${g.claimIds.length})`).join(', ')}`;
}
