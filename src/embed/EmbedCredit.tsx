import type { LoadedDataset } from '../data/loadDataset';
import { geometryCredits } from '../model/geometryCredits';
import { languageName, listOf } from '../app/format';
import { useI18n } from '../app/I18n';
import type { Language } from '../model/vocabulary';
import { fullMapUrl, roundBounds } from '../share/embedSnippets';
import type { UrlStore } from '../state/urlStore';
import { useWholeState } from '../app/useUrlStore';

/**
 * The credit every embed carries, whatever page it sits in: the articles behind the claims, the outlines'
 * licences (in their own English wording), and the way to the full map with every quote.
 */
export function EmbedCredit({ dataset, store, visible }: { dataset: LoadedDataset; store: UrlStore; visible: [number, number, number, number] | null }) {
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
        <FullMapLink store={store} visible={visible} />{' '}
        <span className="muted">claimmap</span>
      </p>
    </footer>
  );
}

/** The way to the full map at this view, the moment included: it alone listens to every change of the view. */
function FullMapLink({ store, visible }: { store: UrlStore; visible: [number, number, number, number] | null }) {
  const { t } = useI18n();
  const state = useWholeState(store);
  // The box in view rather than this frame's zoom: it fits whatever screen the full map opens on.
  const href = fullMapUrl(window.location.href, { ...state, view: null, bounds: visible ? roundBounds(visible) : state.bounds });
  return (
    <a href={href} target="_blank" rel="noopener">
      {t.embed.openFullMap}
    </a>
  );
}
