import { useState } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import { embedUrl, fullMapUrl, iframeSnippet, reservedHeight, resizeScriptUrl, responsiveSnippet, roundBounds } from '../share/embedSnippets';
import type { UrlStore } from '../state/urlStore';
import { CopyField } from './CopyField';
import { DownloadButtons } from './DownloadButtons';
import { useI18n } from './I18n';
import { useWholeState } from './useUrlStore';

interface Props {
  store: UrlStore;
  visibleBounds: [number, number, number, number] | null;
  dataset: LoadedDataset;
}

/**
 * What the share dialog offers: the link, the embed snippets and the downloads. Loaded only when the dialog
 * first opens (laterCode): most readers never share, and the downloads bring the CSV and JSON writers.
 */
export function ShareContents({ store, visibleBounds, dataset }: Props) {
  const { t } = useI18n();
  const state = useWholeState(store);
  const moment = state.date ?? dataset.claims.dataset.span.end;
  const [slider, setSlider] = useState(true);
  const href = window.location.href;
  const embedState = { ...state, slider, tiles: false, view: null, bounds: visibleBounds ? roundBounds(visibleBounds) : state.bounds };
  const snippet = {
    embedSrc: embedUrl(href, embedState),
    fullMapHref: fullMapUrl(href, state),
    title: t.share.iframeTitle(dataset.claims.dataset.title),
    height: reservedHeight(embedState),
  };
  return (
        <>
          <CopyField label={t.share.link} value={fullMapUrl(href, state)} buttonLabel={t.share.copyLink} />
          <h3>{t.share.embedHeading}</h3>
          <label className="check">
            <input type="checkbox" checked={slider} onChange={(event) => setSlider(event.target.checked)} /> {t.share.showSlider}
          </label>
          <CopyField label={t.share.iframe} value={iframeSnippet(snippet)} multiline buttonLabel={t.share.copyIframe} />
          <CopyField
            label={t.share.resizing}
            value={responsiveSnippet({ ...snippet, scriptSrc: resizeScriptUrl(href) })}
            multiline
            buttonLabel={t.share.copyResizing}
          />
          <p className="muted">{t.share.note}</p>
          <h3>{t.share.downloadHeading}</h3>
          <DownloadButtons dataset={dataset} moment={moment} reading={state.time} />
        </>
  );
}
