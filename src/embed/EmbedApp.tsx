import { useDataset } from '../app/useDataset';
import { EmbedView } from './EmbedView';

/** The embed's page: the dataset beside it, or a message saying which file failed, never a blank frame. */
export function EmbedApp() {
  const data = useDataset();
  if (data.state === 'loading') {
    return (
      <p role="status" className="embed-status">
        {data.slow ? 'Still loading the map: the connection seems slow or stuck.' : 'Loading the map…'}
      </p>
    );
  }
  if (data.state === 'failed') {
    return (
      <p role="alert" className="error embed-status">
        The map&rsquo;s data could not be loaded: {data.message}
      </p>
    );
  }
  return <EmbedView dataset={data.dataset} />;
}
