import { useState } from 'react';
import { browserLanguages, I18nProvider, useI18n, useInterfaceLanguage } from '../app/I18n';
import { useDataset, type DatasetState } from '../app/useDataset';
import { pickLanguage } from '../i18n';
import { linkLanguage } from '../state/urlState';
import { EmbedView } from './EmbedView';

/**
 * The embed's page: the dataset beside it, or a message saying which file failed, never a blank frame; in
 * the language of its link (or of the reader's browser), from the first message on.
 */
export function EmbedApp() {
  const [lang] = useState(() => pickLanguage(linkLanguage(window.location.search), browserLanguages()));
  const data = useDataset();
  // A language other than English is fetched alongside the data; nothing is shown until it is in.
  const { language, failed } = useInterfaceLanguage(lang);
  if (!language) return null;
  return (
    <I18nProvider language={language}>
      {failed && (
        <p role="alert" className="error embed-status" lang="en">
          {failed}
        </p>
      )}
      <EmbedPage data={data} />
    </I18nProvider>
  );
}

function EmbedPage({ data }: { data: DatasetState }) {
  const { t } = useI18n();
  if (data.state === 'loading') {
    return (
      <p role="status" className="embed-status">
        {data.slow ? t.embed.loadingSlow : t.embed.loading}
      </p>
    );
  }
  if (data.state === 'failed') {
    return (
      <p role="alert" className="error embed-status">
        {t.embed.loadFailed} <span lang="en">{data.message}</span>
      </p>
    );
  }
  return <EmbedView dataset={data.dataset} />;
}
