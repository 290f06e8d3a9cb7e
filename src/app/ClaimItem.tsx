import type { Claim, Place, Source } from '../model/types';
import { ClaimFacts } from './ClaimFacts';
import { calendarDay, languageName } from './format';

interface Props {
  claim: Claim;
  placesById: Map<string, Place>;
  source?: Source;
  /** Render as a div (inside a side-by-side pair) rather than a list item. */
  as?: 'li' | 'div';
  /** The embed's narrow column: the words and who said them, the rest folded. */
  compact?: boolean;
}

/** One claim: the article's words in its own language, the project's translation, and where it comes from. */
export function ClaimItem({ claim, placesById, source, as = 'li', compact = false }: Props) {
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
      {compact ? (
        <>
          <p className="claim-byline">
            — {claim.attribution.text}
            {source && `; article ${source.id} (${languageName(source.language)}, ${calendarDay(source.publishedDate)})`}
          </p>
          <details className="claim-more">
            <summary>When, how certain, notes</summary>
            <ClaimFacts claim={claim} placesById={placesById} source={source} />
          </details>
        </>
      ) : (
        <ClaimFacts claim={claim} placesById={placesById} source={source} />
      )}
    </Tag>
  );
}
