import { STATUS_LABELS } from '../map/palette';
import { STATUSES } from '../model/vocabulary';

/** What the colours, stripes, dashes and symbols mean; words beside every swatch. */
export function Legend() {
  return (
    <section className="legend" aria-label="Legend">
      <ul>
        {STATUSES.map((status) => (
          <li key={status}>
            <span className={`swatch swatch--${status}${status === 'contested' ? ' swatch--hatched' : ''}`} aria-hidden="true" />
            {STATUS_LABELS[status]}
          </li>
        ))}
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
    </section>
  );
}
