import { useClaimExtras } from './ClaimExtras';
import { useI18n } from './I18n';

/** One line above a list of claims while their notes load, or saying they could not; nothing once they are in. */
export function ClaimDetailsStatus() {
  const { t } = useI18n();
  const { details } = useClaimExtras();
  if (details.state === 'loading') {
    return (
      <p role="status" className="muted claim-details-status">
        {t.claim.detailsLoading}
      </p>
    );
  }
  if (details.state === 'failed') {
    return (
      <p role="status" className="muted claim-details-status">
        {t.claim.detailsFailed} <span lang="en">{details.message}</span>
      </p>
    );
  }
  return null;
}
