import type { Claim, Place, Source } from '../model/types';
import { calendarDay, languageName, syriaDateTime } from './format';
import { CERTAINTY_WORDS, EXTENT_WORDS, KIND_WORDS } from './words';

interface Props {
  claim: Claim;
  placesById: Map<string, Place>;
  source?: Source;
  /** Render as a div (inside a side-by-side pair) rather than a list item. */
  as?: 'li' | 'div';
}

/** One claim: the article's words in its own language, the project's translation, and where it comes from. */
export function ClaimItem({ claim, placesById, source, as = 'li' }: Props) {
  const placeNames = claim.places.map((id) => placesById.get(id)?.properties.names.en ?? id).join(', ');
  const Tag = as;
  return (
    <Tag className="claim" id={as === 'li' ? `claim-${claim.id}` : undefined}>
      <blockquote lang={claim.language} className="claim-quote">
        {claim.quote}
      </blockquote>
      {claim.translation && (
        <p className="claim-translation" lang="en">
          <span className="label">Translation (claimmap):</span> {claim.translation.text}
        </p>
      )}
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
    </Tag>
  );
}
