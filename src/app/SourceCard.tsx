import type { Claim, Place, Source } from '../model/types';
import { ClaimItem } from './ClaimItem';
import { calendarDay, languageName } from './format';
import { useI18n } from './I18n';

interface Props {
  source: Source;
  claims: Claim[];
  placesById: Map<string, Place>;
}

/** An article: what is known of it (and how), and its claims. */
export function SourceCard({ source, claims, placesById }: Props) {
  const { t, locale } = useI18n();
  return (
    <article className="source" aria-labelledby={`source-${source.id}`}>
      <h3 id={`source-${source.id}`} lang={source.language}>
        {source.title}
      </h3>
      <p className="source-meta">
        {t.sources.meta(
          source.id,
          languageName(source.language, locale),
          calendarDay(source.publishedDate, locale),
          source.publisher ?? t.sources.publisherUnknown,
          claims.length,
        )}
      </p>
      <p className="muted">
        {t.sources.dateBasis} <span lang="en">{source.publishedAtBasis}</span>
      </p>
      <details>
        <summary>{t.sources.claimsOf(source.id)}</summary>
        <ol className="claims">
          {claims.map((claim) => (
            <ClaimItem key={claim.id} claim={claim} placesById={placesById} />
          ))}
        </ol>
      </details>
    </article>
  );
}
