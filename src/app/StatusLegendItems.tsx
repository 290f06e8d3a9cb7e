import { STATUS_LABELS } from '../map/palette';
import { STATUSES } from '../model/vocabulary';

/** A swatch and its word for every status: the part of a legend the full app and the embed share. */
export function StatusLegendItems() {
  return STATUSES.map((status) => (
    <li key={status}>
      <span className={`swatch swatch--${status}${status === 'contested' ? ' swatch--hatched' : ''}`} aria-hidden="true" />
      {STATUS_LABELS[status]}
    </li>
  ));
}
