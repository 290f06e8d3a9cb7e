import type { LoadedDataset } from '../data/loadDataset';
import { geometryCredits } from '../model/geometryCredits';
import { languageName, listOf } from '../app/format';
import { useI18n } from '../app/I18n';
import type { Language } from '../model/vocabulary';

/**
 * The credit every embed carries, whatever page it sits in: the articles behind the claims, the outlines'
 * licences (in their own English wording), and the way to the full map with every quote.
 */
export function EmbedCredit({ dataset, fullMapHref }: { dataset: LoadedDataset; fullMapHref: string }) {
  const { t, locale } = useI18n();
  const sources = dataset.sources.sources;
  const byLanguage = new Map<Language, number>();
  for (const source of sources) byLanguage.set(source.language, (byLanguage.get(source.language) ?? 0) + 1);
  const languages = listOf(
    [...byLanguage].map(([language, count]) => t.embed.languageCount(count, languageName(language, locale))),
    locale,
  );
  return (
    <footer className="embed-credit">
      <p>
        <strong>{t.embed.sourcesLabel}</strong> {t.embed.sources(sources.length, languages)} <strong>{t.embed.outlinesLabel}</strong>{' '}
        <span lang="en">{geometryCredits(dataset.places.features).join('; ')}.</span>
      </p>
      <p>
        <a href={fullMapHref} target="_blank" rel="noopener">
          {t.embed.openFullMap}
        </a>{' '}
        <span className="muted">claimmap</span>
      </p>
    </footer>
  );
}
