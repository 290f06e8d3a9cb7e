import { useEffect, useRef, useState } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import { embedUrl, fullMapUrl, iframeSnippet, reservedHeight, resizeScriptUrl, responsiveSnippet, roundBounds } from '../share/embedSnippets';
import type { UrlStore } from '../state/urlStore';
import { CopyField } from './CopyField';
import { DownloadButtons } from './DownloadButtons';
import { useI18n } from './I18n';
import { useWholeState } from './useUrlStore';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The view to share, read only while the dialog is open. */
  store: UrlStore;
  /** The box the reader sees now; the embed fits it rather than copying a zoom made for this screen. */
  visibleBounds: [number, number, number, number] | null;
  dataset: LoadedDataset;
}

/**
 * Share and embed: a link to this view, the iframe for an article (plain, or sized to its content by our
 * script), and the data as files. A native modal dialog, so focus stays inside and Escape closes it.
 */
export function ShareDialog({ open, onClose, store, visibleBounds, dataset }: Props) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(
    function showOrHide() {
      const element = dialog.current;
      if (!element) return;
      if (open && !element.open) element.showModal();
      if (!open && element.open) element.close();
    },
    [open],
  );

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-heading" onClose={onClose}>
      <div className="panel-head">
        <h2 id="share-heading">{t.share.heading}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t.share.close}>
          ×
        </button>
      </div>
      {/* Only while open: the snippets are rebuilt from the state, which changes with every slider step. */}
      {open && <ShareContents store={store} visibleBounds={visibleBounds} dataset={dataset} />}
    </dialog>
  );
}

function ShareContents({ store, visibleBounds, dataset }: Omit<Props, 'open' | 'onClose'>) {
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
