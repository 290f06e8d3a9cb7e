import { STATUSES } from '../model/vocabulary';
import { useI18n } from './I18n';
import { swatchClass } from './swatchClass';

/** A swatch and its word for every status: the part of a legend the full app and the embed share. */
export function StatusLegendItems() {
  const { t } = useI18n();
  return STATUSES.map((status) => (
    <li key={status}>
      <span className={swatchClass(status)} aria-hidden="true" />
      {t.statuses[status]}
    </li>
  ));
}
