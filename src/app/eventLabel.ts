import type { InterfaceLanguage } from '../i18n';
import type { Place, PlaceEvents } from '../model';

/** "Aleppo: air strike (3), closure (1)" — the words behind a place's event marker, in the interface's language. */
export function eventLabel(groups: PlaceEvents[], placesById: ReadonlyMap<string, Place>, { t, nameOf }: Pick<InterfaceLanguage, 't' | 'nameOf'>): string {
  const [first] = groups;
  const place = first ? placesById.get(first.placeId) : undefined;
  const name = place ? nameOf(place) : (first?.placeId ?? '');
  return `${name}: ${groups.map((g) => `${t.kinds[g.kind]} (${g.claimIds.length})`).join(', ')}`;
}
