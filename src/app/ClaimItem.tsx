import type { Claim, Place } from '../model/types';
import { syriaDateTime } from './format';

interface Props {
  claim: Claim;
  placesById: Map<string, Place>;
}

/** One claim: the article's words in its own language, the project's translation, and where it comes from. */
export function ClaimItem({ claim, placesById }: Props) {
  const placeNames = claim.places.map((id) => placesById.get(id)?.properties.names.en ?? id).join(', ');
  return (
    <li className="claim" id={`claim-${claim.id}`}>
      <blockquote lang={claim.language} className="claim-quote">
        {claim.quote}
      </blockquote>
      {claim.translation && (
        <p className="claim-translation" lang="en">
          <span className="label">Translation (claimmap):</span> {claim.translation.text}
        </p>
      )}
      <dl className="claim-facts">
        <dt>Places</dt>
        <dd>{placeNames}</dd>
        <dt>Kind</dt>
        <dd>
          {claim.kind}
          {claim.holder && ` — ${claim.holder}, ${claim.extent}`}
        </dd>
        <dt>Who says</dt>
        <dd>{claim.attribution.text}</dd>
        <dt>When</dt>
        <dd>
          {syriaDateTime(claim.eventStart)} – {syriaDateTime(claim.eventEnd)} <span className="muted">({claim.eventBasis})</span>
        </dd>
        <dt>Certainty</dt>
        <dd>{claim.certainty}</dd>
        {claim.contradicts.length > 0 && (
          <>
            <dt>Contradicts</dt>
            <dd>
              {claim.contradicts.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <a href={`#claim-${id}`}>{id}</a>
                </span>
              ))}
            </dd>
          </>
        )}
        {claim.check && (
          <>
            <dt>Geography</dt>
            <dd>{claim.check.note}</dd>
          </>
        )}
      </dl>
    </li>
  );
}
