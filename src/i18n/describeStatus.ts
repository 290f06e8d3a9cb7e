import type { PlaceStatus } from '../model/placeStatusAt';
import type { Messages } from './en';

/**
 * A place's status in one line, for screen readers when the date changes: "Aleppo: Opposition (HTS-led),
 * most of it, disputed". The same words the panel shows, in the reader's language.
 */
export function describeStatus(t: Messages, name: string, status: PlaceStatus): string {
  const parts = [t.statuses[status.status]];
  if (status.extent) parts.push(t.extents[status.extent]);
  if (status.disputed) parts.push(t.status.disputed);
  return `${name}: ${parts.join(', ')}`;
}
