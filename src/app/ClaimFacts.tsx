import type { Claim, Place, Source } from '../model/types';
import { calendarDay, languageName, syriaDateTime } from './format';
import { CERTAINTY_WORDS, EXTENT_WORDS, KIND_WORDS } from './words';

interface Props {
  claim: Claim;
  placesById: Map<string, Place>;
  source?: Source;
}

/** Everything known about a claim besides its words: source, attribution, what, when, certainty, notes. */
export function ClaimFacts({ claim, placesById, source }: Props) {
  const placeNames = claim.places.map((id) => placesById.get(id)?.properties.names.en ?? id).join(', ');
  return (
    <dl className="claim-facts">
      {source && (
        <>
          <dt>Source</dt>
          <dd>
            Article {source.id} ({languageName(source.language)}, {calendarDay(source.publishedDate)})
          </dd>
        </>
      )}
      <dt>Who says</dt>
      <dd>{claim.attribution.text}</dd>
      <dt>What</dt>
      <dd>
        {KIND_WORDS[claim.kind]}
        {claim.holder && claim.extent && ` — ${claim.holder}, ${EXTENT_WORDS[claim.extent]}`} · {placeNames}
      </dd>
      <dt>When</dt>
      <dd>
        {syriaDateTime(claim.eventStart)} – {syriaDateTime(claim.eventEnd)} <span className="muted">({claim.eventBasis})</span>
      </dd>
      <dt>Certainty</dt>
      <dd>{CERTAINTY_WORDS[claim.certainty]}</dd>
      {claim.contradicts.length > 0 && (
        <>
          <dt>Contradicts</dt>
          <dd>{claim.contradicts.join(', ')}</dd>
        </>
      )}
      {claim.check && (
        <>
          <dt>Geography</dt>
          <dd>{claim.check.note}</dd>
        </>
      )}
      {claim.note && (
        <>
          <dt>Editor’s note</dt>
          <dd className="muted">{claim.note}</dd>
        </>
      )}
    </dl>
  );
}
