import { memo } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import { ClaimDetailsStatus } from './ClaimDetailsStatus';
import { useI18n } from './I18n';
import { SourceCard } from './SourceCard';

/**
 * The five articles with their claims: where every coloured area of the map traces back to. Memoised: it
 * depends only on the dataset, and the explorer re-renders on every slider step, which would otherwise
 * re-render all 215 claims inside the (usually folded) sources section each time.
 */
export const SourcesView = memo(function SourcesView({ dataset }: { dataset: LoadedDataset }) {
  const { t } = useI18n();
  const placesById = new Map(dataset.places.features.map((place) => [place.id, place]));
  const { claims } = dataset.claims;
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t.sources.heading}</h2>
      <p>{t.sources.intro(claims.length, dataset.sources.sources.length)}</p>
      <ClaimDetailsStatus />
      {dataset.sources.sources.map((source) => (
        <SourceCard
          key={source.id}
          source={source}
          // In the article's own order, so the claims read alongside the text.
          claims={claims.filter((claim) => claim.sourceId === source.id).sort((a, b) => a.quoteAt[0] - b.quoteAt[0])}
          placesById={placesById}
        />
      ))}
    </section>
  );
});
