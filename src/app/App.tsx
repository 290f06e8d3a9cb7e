import { useState } from 'react';
import { pickLanguage } from '../i18n';
import type { Language } from '../model/vocabulary';
import { linkLanguage } from '../state/urlState';
import { Credits } from './Credits';
import { Explorer } from './Explorer';
import { browserLanguages, I18nProvider, useI18n } from './I18n';
import { useDataset } from './useDataset';

/**
 * The page: its language comes from the link (or the browser) before the dataset has loaded, so even the
 * loading and error messages speak it; once loaded, the explorer owns the link and reports its language.
 */
export function App() {
  const [fromLink, setFromLink] = useState(() => linkLanguage(window.location.search));
  return (
    <I18nProvider lang={pickLanguage(fromLink, browserLanguages())}>
      <Page onLanguageChange={setFromLink} />
    </I18nProvider>
  );
}

function Page({ onLanguageChange }: { onLanguageChange: (lang: Language | null) => void }) {
  const { t } = useI18n();
  const data = useDataset();
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
