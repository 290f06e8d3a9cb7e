import type { LoadedDataset } from '../data/loadDataset';
import { geometryCredits } from '../model/geometryCredits';
import { languageName } from '../app/format';
import type { Language } from '../model/vocabulary';

/**
 * The credit every embed carries, whatever page it sits in: the articles behind the claims, the outlines'
 * licences, and the way to the full map with every quote.
 */
export function EmbedCredit({ dataset, fullMapHref }: { dataset: LoadedDataset; fullMapHref: string }) {
  const sources = dataset.sources.sources;
  const byLanguage = new Map<Language, number>();
  for (const source of sources) byLanguage.set(source.language, (byLanguage.get(source.language) ?? 0) + 1);
  const languages = [...byLanguage].map(([language, count]) => `${count} in ${languageName(language)}`).join(', ');
  return (
    <footer className="embed-credit">
      <p>
        <strong>Sources:</strong> {sources.length} news articles ({languages}), each claim in the article&rsquo;s own words.{' '}
        <strong>Outlines:</strong> {geometryCredits(dataset.places.features).join('; ')}.
      </p>
      <p>
        <a href={fullMapHref} target="_blank" rel="noopener">
          Open the full map, with every source ↗
        </a>{' '}
        <span className="muted">claimmap</span>
      </p>
    </footer>
  );
}
