import { useState } from 'react';
import { StatusLegendItems } from './StatusLegendItems';

/** What the colours, stripes, dashes and symbols mean; words beside every swatch. */
export function Legend() {
  // Open where there is room; folded on a phone, where it would cover the places it explains.
  const [open] = useState(() => !window.matchMedia?.('(max-width: 760px)').matches);
  return (
    <details className="legend" open={open}>
      <summary>Legend</summary>
      <ul aria-label="Legend">
        <StatusLegendItems />
        <li>
          <span className="swatch swatch--opposition swatch--hatched" aria-hidden="true" />
          Striped: disputed by another claim
        </li>
        <li>
          <span className="swatch swatch--dashed" aria-hidden="true" />
          Dashed outline: approximate
        </li>
        <li>
          <span aria-hidden="true" className="legend-glyphs">✈ ♜</span> Airport, air base, citadel
        </li>
        <li>
          <span aria-hidden="true" className="legend-glyphs">✸ ⚔ ⨯ ☾</span> Events: strikes, fighting, closures, curfew …
        </li>
      </ul>
    </details>
  );
}
