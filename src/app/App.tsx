import { useState } from 'react';
import { pickLanguage } from '../i18n';
import type { Language } from '../model/vocabulary';
import { linkLanguage } from '../state/urlState';
import { Credits } from './Credits';
import { Explorer } from './Explorer';
import { browserLanguages, I18nProvider, useI18n, useInterfaceLanguage } from './I18n';
import { useDataset, type DatasetState } from './useDataset';

/**
 * The page: its language comes from the link (or the browser) before the dataset has loaded, so even the
 * loading and error messages speak it; once loaded, the explorer owns the link and reports its language.
 * A language other than English is fetched alongside the data, and the page says nothing until it is in.
 */
export function App() {
  const [fromLink, setFromLink] = useState(() => linkLanguage(window.location.search));
  const data = useDataset();
  const { language, failed } = useInterfaceLanguage(pickLanguage(fromLink, browserLanguages()));
  if (!language) return null;
  return (
    <I18nProvider language={language}>
      <Page data={data} languageFailed={failed} onLanguageChange={setFromLink} />
    </I18nProvider>
  );
}

interface PageProps {
  data: DatasetState;
  /** Why the reader's language could not be loaded (the page speaks English then). */
  languageFailed: string | null;
  onLanguageChange: (lang: Language | null) => void;
}

function Page({ data, languageFailed, onLanguageChange }: PageProps) {
  const { t } = useI18n();
  return (
    <div className="app">
      <header className="app-header">
        <h1>claimmap</h1>
        {/* The dataset's title is data, written in English. */}
        {data.state === 'ready' ? (
          <p className="lede" lang="en">
            {data.dataset.claims.dataset.title}
          </p>
        ) : (
          <p className="lede">{t.app.lede}</p>
        )}
      </header>
      <main>
        {languageFailed && (
          <p role="alert" className="error" lang="en">
            {languageFailed}
          </p>
        )}
        {data.state === 'loading' && <p role="status">{data.slow ? t.app.loadingSlow : t.app.loading}</p>}
        {data.state === 'failed' && (
          <p role="alert" className="error">
            {t.app.loadFailed} <span lang="en">{data.message}</span>
          </p>
        )}
        {data.state === 'ready' && <Explorer dataset={data.dataset} onLanguageChange={onLanguageChange} />}
      </main>
      {data.state === 'ready' && <Credits places={data.dataset.places.features} />}
    </div>
  );
}
