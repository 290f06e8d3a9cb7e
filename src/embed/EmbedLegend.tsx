import { StatusLegendItems } from '../app/StatusLegendItems';

/** The legend in one or two lines under the map: every colour with its word, and what stripes and dashes mean. */
export function EmbedLegend() {
  return (
    <ul className="embed-legend" aria-label="Legend">
      <StatusLegendItems />
      <li>
        <span className="swatch swatch--opposition swatch--hatched" aria-hidden="true" />
        striped: disputed
      </li>
      <li>
        <span className="swatch swatch--dashed" aria-hidden="true" />
        dashed: approximate
      </li>
    </ul>
  );
}
