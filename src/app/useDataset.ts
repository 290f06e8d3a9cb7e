import { startTransition, useEffect, useState } from 'react';
import { loadDataset, type LoadedDataset } from '../data/loadDataset';
import { payIntlSetUp } from '../i18n/payIntlSetUp';
import { messageOf } from '../load/messageOf';
import { laterFiles } from './laterFiles';

export type DatasetState =
  | { state: 'loading'; slow: boolean }
  | { state: 'ready'; dataset: LoadedDataset }
  | { state: 'failed'; message: string };

const SLOW_MS = 8000;

/**
 * The basemap, asked for as soon as the dataset is in: its round trip then runs while the first view is
 * drawn rather than after it (on a slow 4G phone it came a second after the places), and it never shares the
 * line with the dataset's own bytes, which the places wait for. useBasemap takes the same fetch and says if it
 * failed; a failure here is left to it (askOnce forgets it, so useBasemap asks again).
 */
const askForBasemap = () => {
  laterFiles.basemap().catch(() => undefined);
};

/**
 * Loads the published dataset once, beside the page (./data/), and says plainly if it could not; once it is
 * in, asks for the basemap before the dataset is drawn.
 */
export function useDataset(baseUrl = './data/'): DatasetState {
  const [state, setState] = useState<DatasetState>({ state: 'loading', slow: false });
  useEffect(
    function fetchDataset() {
      let live = true;
      // The data is served beside the page, so it is quick or it is stuck: after a while, say so.
      const patience = window.setTimeout(() => live && setState((s) => (s.state === 'loading' ? { state: 'loading', slow: true } : s)), SLOW_MS);
      const intl = window.setTimeout(payIntlSetUp, 0);
      loadDataset(baseUrl).then(
        (dataset) => {
          if (!live) return;
          askForBasemap();
          // The whole map and its panels render from this one change. As a transition, React renders them
          // in slices, yielding between components, instead of in one task: at 4x CPU that task was a third
          // of a second, in which the article around an embed could not scroll on most phones (where the
          // two share a main thread) and the page answered no tap.
          startTransition(() => setState({ state: 'ready', dataset }));
        },
        (error: unknown) => live && setState({ state: 'failed', message: messageOf(error) }),
      );
      return function ignoreLateAnswer() {
        live = false;
        window.clearTimeout(patience);
        window.clearTimeout(intl);
      };
    },
    [baseUrl],
  );
  return state;
}
