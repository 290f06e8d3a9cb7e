import { STATUSES } from '../model/vocabulary';
import { useI18n } from './I18n';

/** A swatch and its word for every status: the part of a legend the full app and the embed share. */
export function StatusLegendItems() {
  const { t } = useI18n();
  return STATUSES.map((status) => (
    <li key={status}>
      <span className={`swatch swatch--${status}${status === 'contested' ? ' swatch--hatched' : ''}`} aria-hidden="true" />
      {t.statuses[status]}
    </li>
  ));
}
