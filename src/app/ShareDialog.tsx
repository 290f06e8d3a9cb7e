import { useEffect, useRef } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import type { UrlStore } from '../state/urlStore';
import { useI18n } from './I18n';
import { LaterPart } from './LaterPart';
import { laterCode } from './laterCode';

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
      {open && (
        <LaterPart load={laterCode.shareContents} part={t.later.share}>
          {(ShareContents) => <ShareContents store={store} visibleBounds={visibleBounds} dataset={dataset} />}
        </LaterPart>
      )}
    </dialog>
  );
}
