import { StatusLegendItems } from '../app/StatusLegendItems';
import { useI18n } from '../app/I18n';

/** The legend in one or two lines under the map: every colour with its word, and what stripes and dashes mean. */
export function EmbedLegend() {
  const { t } = useI18n();
  return (
    <ul className="embed-legend" aria-label={t.legend.title}>
      <StatusLegendItems />
      <li>
        <span className="swatch swatch--opposition swatch--hatched" aria-hidden="true" />
        {t.legend.stripedShort}
      </li>
      <li>
        <span className="swatch swatch--dashed" aria-hidden="true" />
        {t.legend.dashedShort}
      </li>
    </ul>
  );
}
