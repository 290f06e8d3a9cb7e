import type { PlaceStatus } from '../model/placeStatusAt';
import type { Claim } from '../model/types';
import { useI18n } from './I18n';
import { swatchClass } from './swatchClass';

interface Props {
  status: PlaceStatus;
  claimsById: Map<string, Claim>;
}

/** The status at the moment and why: each side, how much of the place it is said to hold, and by how many. */
export function StatusSummary({ status, claimsById }: Props) {
  const { t } = useI18n();
  const extent = status.extent ? `, ${t.extents[status.extent]}` : '';
  const origins = status.origins.length;
  return (
    <div className="status-summary">
      <p className={`status-line status-line--${status.status}`}>
        <span className={swatchClass(status.status, status.disputed)} aria-hidden="true" />
        <span>
          <strong>{t.statuses[status.status]}</strong>
          {extent}
        </span>
        {status.disputed && <span className="badge">{t.status.disputed}</span>}
        {status.certainty && status.certainty !== 'reported' && <span className="badge">{t.certainties[status.certainty]}</span>}
      </p>
      {status.status === 'unknown' ? (
        <p className="muted">{t.status.noHolder}</p>
      ) : (
        <p className="muted">{t.status.restingOn(status.supporting.length, origins)}</p>
      )}
      {status.sides.length > 0 && (
        <ul className="sides">
          {status.sides.map((side) => (
            <li key={side.holder}>
              <strong>{t.statuses[side.holder]}</strong>: {t.status.origins(side.origins.length)} —{' '}
              {side.extents.map((e) => `${t.extents[e.extent]} (${t.status.origins(e.origins.length)})`).join('; ')}
            </li>
          ))}
        </ul>
      )}
      {status.disputing.length > 0 && (
        <p className="muted">
          {t.status.disputedBy(status.disputing.map((id) => claimsById.get(id)?.attribution.text ?? id).join('; '))}
        </p>
      )}
    </div>
  );
}
