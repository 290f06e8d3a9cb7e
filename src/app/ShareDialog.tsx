import { useEffect, useRef, useState } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import { embedUrl, fullMapUrl, iframeSnippet, reservedHeight, resizeScriptUrl, responsiveSnippet, roundBounds } from '../share/embedSnippets';
import type { ViewState } from '../state/urlState';
import { CopyField } from './CopyField';
import { DownloadButtons } from './DownloadButtons';

interface Props {
  open: boolean;
  onClose: () => void;
  state: ViewState;
  /** The box the reader sees now; the embed fits it rather than copying a zoom made for this screen. */
  visibleBounds: [number, number, number, number] | null;
  moment: string;
  dataset: LoadedDataset;
}

/**
 * Share and embed: a link to this view, the iframe for an article (plain, or sized to its content by our
 * script), and the data as files. A native modal dialog, so focus stays inside and Escape closes it.
 */
export function ShareDialog({ open, onClose, state, visibleBounds, moment, dataset }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [slider, setSlider] = useState(true);

  useEffect(
    function showOrHide() {
      const element = dialog.current;
      if (!element) return;
      if (open && !element.open) element.showModal();
      if (!open && element.open) element.close();
    },
    [open],
  );

  const href = window.location.href;
  const embedState = { ...state, slider, tiles: false, view: null, bounds: visibleBounds ? roundBounds(visibleBounds) : state.bounds };
  const snippet = {
    embedSrc: embedUrl(href, embedState),
    fullMapHref: fullMapUrl(href, state),
    title: `Map: ${dataset.claims.dataset.title} (claimmap)`,
    height: reservedHeight(embedState),
  };
  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-heading" onClose={onClose}>
      <div className="panel-head">
        <h2 id="share-heading">Share and embed</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close Share and embed">
          ×
        </button>
      </div>
      {open && (
        <>
          <CopyField label="Link to this view" value={fullMapUrl(href, state)} buttonLabel="Copy link" />
          <h3>Embed in an article</h3>
          <label className="check">
            <input type="checkbox" checked={slider} onChange={(event) => setSlider(event.target.checked)} /> Show the date slider
          </label>
          <CopyField label="Embed code (iframe)" value={iframeSnippet(snippet)} multiline buttonLabel="Copy embed code" />
          <CopyField
            label="Embed code that fits its height to the content"
            value={responsiveSnippet({ ...snippet, scriptSrc: resizeScriptUrl(href) })}
            multiline
            buttonLabel="Copy resizing embed code"
          />
          <p className="muted">
            The embed keeps this view: date, place, language and reading of time. It credits the articles and links back here; it
            sets no cookies and loads nothing from other sites. The script only applies the height the embed reports.
          </p>
          <h3>Download the data</h3>
          <DownloadButtons dataset={dataset} moment={moment} reading={state.time} />
        </>
      )}
    </dialog>
  );
}
