import { STATUS_LABELS } from '../map/palette';
import { STATUSES } from '../model/vocabulary';

/** The legend in one or two lines under the map: every colour with its word, and what stripes and dashes mean. */
export function EmbedLegend() {
  return (
    <ul className="embed-legend" aria-label="Legend">
      {STATUSES.map((status) => (
        <li key={status}>
          <span className={`swatch swatch--${status}${status === 'contested' ? ' swatch--hatched' : ''}`} aria-hidden="true" />
          {STATUS_LABELS[status]}
        </li>
      ))}
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
