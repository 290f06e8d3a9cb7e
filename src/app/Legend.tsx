import { memo, useState } from 'react';
import { useI18n } from './I18n';
import { StatusLegendItems } from './StatusLegendItems';
import { matchesNow, PHONE } from './mediaQueries';

/**
 * What the colours, stripes, dashes and symbols mean; words beside every swatch. Memoised, as are the other
 * parts that do not change with the moment, so a slider step re-renders only what it changes.
 */
export const Legend = memo(function Legend() {
  const { t } = useI18n();
  // Open where there is room; folded on a phone, where it would cover the places it explains.
  const [open] = useState(() => !matchesNow(PHONE));
  return (
    <details className="legend" open={open}>
      <summary>{t.legend.title}</summary>
      <ul aria-label={t.legend.title}>
        <StatusLegendItems />
        <li>
          <span className="swatch swatch--opposition swatch--hatched" aria-hidden="true" />
          {t.legend.striped}
        </li>
        <li>
          <span className="swatch swatch--dashed" aria-hidden="true" />
          {t.legend.dashed}
        </li>
        <li>
          <span aria-hidden="true" className="legend-glyphs">✈ ♜</span> {t.legend.symbols}
        </li>
        <li>
          <span aria-hidden="true" className="legend-glyphs">✸ ⚔ ⨯ ☾</span> {t.legend.events}
        </li>
      </ul>
    </details>
  );
});
