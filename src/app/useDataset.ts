import { useEffect, useState } from 'react';
import { loadDataset, type LoadedDataset } from '../data/loadDataset';

export type DatasetState =
  | { state: 'loading' }
  | { state: 'ready'; dataset: LoadedDataset }
  | { state: 'failed'; message: string };

/** Loads the published dataset once, beside the page (./data/), and says plainly if it could not. */
export function useDataset(baseUrl = './data/'): DatasetState {
  const [state, setState] = useState<DatasetState>({ state: 'loading' });
  useEffect(
    function fetchDataset() {
      let live = true;
      loadDataset(baseUrl).then(
        (dataset) => live && setState({ state: 'ready', dataset }),
        (error: unknown) => live && setState({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
      return function ignoreLateAnswer() {
        live = false;
      };
    },
    [baseUrl],
  );
  return state;
}
