import type { PlaceStatus } from '../model/placeStatusAt';
import type { Claim } from '../model/types';
import { STATUS_LABELS } from '../map/palette';
import { EXTENT_WORDS } from './words';

interface Props {
  status: PlaceStatus;
  claimsById: Map<string, Claim>;
}

/** The status at the moment and why: each side, how much of the place it is said to hold, and by how many. */
export function StatusSummary({ status, claimsById }: Props) {
  const extent = status.extent ? `, ${EXTENT_WORDS[status.extent]}` : '';
  const origins = status.origins.length;
  return (
    <div className="status-summary">
      <p className={`status-line status-line--${status.status}`}>
        <span className={`swatch swatch--${status.status}${status.disputed ? ' swatch--hatched' : ''}`} aria-hidden="true" />
        <span>
          <strong>{STATUS_LABELS[status.status]}</strong>
          {extent}
        </span>
        {status.disputed && <span className="badge">disputed</span>}
        {status.certainty && status.certainty !== 'reported' && <span className="badge">{status.certainty}</span>}
      </p>
      {status.status === 'unknown' ? (
        <p className="muted">No claim in the articles says who holds this place at this moment.</p>
      ) : (
        <p className="muted">
          Resting on {status.supporting.length} claim{status.supporting.length === 1 ? '' : 's'} from {origins} independent origin
          {origins === 1 ? '' : 's'}.
        </p>
      )}
      {status.sides.length > 0 && (
        <ul className="sides">
          {status.sides.map((side) => (
            <li key={side.holder}>
              <strong>{STATUS_LABELS[side.holder]}</strong>: {side.origins.length} origin{side.origins.length === 1 ? '' : 's'} —{' '}
              {side.extents
                .map((e) => `${EXTENT_WORDS[e.extent]} (${e.origins.length === 1 ? '1 origin' : `${e.origins.length} origins`})`)
                .join('; ')}
            </li>
          ))}
        </ul>
      )}
      {status.disputing.length > 0 && (
        <p className="muted">
          Disputed by {status.disputing.map((id) => claimsById.get(id)?.attribution.text ?? id).join('; ')}.
        </p>
      )}
    </div>
  );
}
