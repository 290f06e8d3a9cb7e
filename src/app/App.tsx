import { Credits } from './Credits';
import { Explorer } from './Explorer';
import { useDataset } from './useDataset';

export function App() {
  const data = useDataset();
  return (
    <div className="app">
      <header className="app-header">
        <h1>claimmap</h1>
        <p className="lede">
          {data.state === 'ready' ? data.dataset.claims.dataset.title : 'Reported territorial changes, claim by claim.'}
        </p>
      </header>
      <main>
        {data.state === 'loading' && (
          <p role="status">{data.slow ? 'Still loading the dataset: the connection seems slow or stuck.' : 'Loading the dataset…'}</p>
        )}
        {data.state === 'failed' && (
          <p role="alert" className="error">
            The dataset could not be loaded: {data.message}
          </p>
        )}
        {data.state === 'ready' && <Explorer dataset={data.dataset} />}
      </main>
      {data.state === 'ready' && <Credits places={data.dataset.places.features} />}
    </div>
  );
}
