import type { Claim, Place, Source } from '../model/types';
import { useClaimExtras } from './ClaimExtras';
import { calendarDay, languageName, syriaDateTime } from './format';
import { useI18n } from './I18n';

interface Props {
  claim: Claim;
  placesById: Map<string, Place>;
  source?: Source;
}

/**
 * Everything known about a claim besides its words: source, attribution, what, when, certainty, notes. The
 * labels speak the interface's language; the project's own notes are English data and say so (lang="en").
 * The time basis, notes and geography come from claim-details.json: until it is in they are left out (the
 * panel says once that they are loading, see ClaimDetailsStatus) and the rest stands on its own.
 */
export function ClaimFacts({ claim, placesById, source }: Props) {
  const { t, locale, nameOf } = useI18n();
  const { details } = useClaimExtras();
  const detail = details.state === 'ready' ? details.details[claim.id] : undefined;
  const placeNames = claim.places.map((id) => {
    const place = placesById.get(id);
    return place ? nameOf(place) : id;
  });
  return (
    <dl className="claim-facts">
      {source && (
        <>
          <dt>{t.claim.source}</dt>
          <dd>{t.claim.article(source.id, languageName(source.language, locale), calendarDay(source.publishedDate, locale))}</dd>
        </>
      )}
      <dt>{t.claim.who}</dt>
      <dd lang="en">{claim.attribution.text}</dd>
      <dt>{t.claim.what}</dt>
      <dd>
        {t.kinds[claim.kind]}
        {claim.holder && claim.extent && ` — ${t.statuses[claim.holder]}, ${t.extents[claim.extent]}`} · {placeNames.join(', ')}
      </dd>
      <dt>{t.claim.when}</dt>
      <dd>
        {syriaDateTime(claim.eventStart, locale)} – {syriaDateTime(claim.eventEnd, locale)}
        {detail && (
          <>
            {' '}
            <span className="muted" lang="en">
              ({detail.eventBasis})
            </span>
          </>
        )}
      </dd>
      <dt>{t.claim.certainty}</dt>
      <dd>{t.certainties[claim.certainty]}</dd>
      {claim.contradicts.length > 0 && (
        <>
          <dt>{t.claim.contradicts}</dt>
          <dd>{claim.contradicts.join(', ')}</dd>
        </>
      )}
      {detail?.check && (
        <>
          <dt>{t.claim.geography}</dt>
          <dd lang="en">{detail.check.note}</dd>
        </>
      )}
      {detail?.note && (
        <>
          <dt>{t.claim.note}</dt>
          <dd className="muted" lang="en">
            {detail.note}
          </dd>
        </>
      )}
    </dl>
  );
}
