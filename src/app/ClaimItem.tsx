import { translationFor } from '../i18n';
import type { Claim, Place, Source } from '../model/types';
import { useClaimExtras } from './ClaimExtras';
import { ClaimFacts } from './ClaimFacts';
import { calendarDay, languageName } from './format';
import { useI18n } from './I18n';

interface Props {
  claim: Claim;
  placesById: Map<string, Place>;
  source?: Source;
  /** Render as a div (inside a side-by-side pair) rather than a list item. */
  as?: 'li' | 'div';
  /** The embed's narrow column: the words and who said them, the rest folded. */
  compact?: boolean;
}

/**
 * One claim: the article's words in its own language, the project's translation for this reader (none when
 * the quote is already in the reader's language), and where it comes from.
 */
export function ClaimItem({ claim, placesById, source, as = 'li', compact = false }: Props) {
  const { t, lang, locale } = useI18n();
  const translation = translationFor(claim, lang, useClaimExtras().translations);
  const Tag = as;
  return (
    <Tag className="claim" id={as === 'li' ? `claim-${claim.id}` : undefined}>
      <blockquote lang={claim.language} className="claim-quote">
        {claim.quote}
      </blockquote>
      {translation && (
        <p className="claim-translation">
          <span className="label">{t.claim.translation}</span> <span lang={translation.language}>{translation.text}</span>
        </p>
      )}
      {compact ? (
        <>
          <p className="claim-byline">
            — <span lang="en">{claim.attribution.text}</span>
            {source && t.claim.byline(source.id, languageName(source.language, locale), calendarDay(source.publishedDate, locale))}
          </p>
          <details className="claim-more">
            <summary>{t.claim.more}</summary>
            <ClaimFacts claim={claim} placesById={placesById} source={source} />
          </details>
        </>
      ) : (
        <ClaimFacts claim={claim} placesById={placesById} source={source} />
      )}
    </Tag>
  );
}
