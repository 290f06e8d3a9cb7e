import { useEffect, useState } from 'react';
import { loadDataset, type LoadedDataset } from '../data/loadDataset';
import { messageOf } from '../load/messageOf';

export type DatasetState =
  | { state: 'loading'; slow: boolean }
  | { state: 'ready'; dataset: LoadedDataset }
  | { state: 'failed'; message: string };

const SLOW_MS = 8000;

/** Loads the published dataset once, beside the page (./data/), and says plainly if it could not. */
export function useDataset(baseUrl = './data/'): DatasetState {
  const [state, setState] = useState<DatasetState>({ state: 'loading', slow: false });
  useEffect(
    function fetchDataset() {
      let live = true;
      // The data is served beside the page, so it is quick or it is stuck: after a while, say so.
      const patience = window.setTimeout(() => live && setState((s) => (s.state === 'loading' ? { state: 'loading', slow: true } : s)), SLOW_MS);
      loadDataset(baseUrl).then(
        (dataset) => live && setState({ state: 'ready', dataset }),
        (error: unknown) => live && setState({ state: 'failed', message: messageOf(error) }),
      );
      return function ignoreLateAnswer() {
        live = false;
        window.clearTimeout(patience);
      };
    },
    [baseUrl],
  );
  return state;
}
