import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';

// `embed=1` is the other way to ask for the embed (documented beside embed.html): same view, embed's page.
const params = new URLSearchParams(window.location.search);
if (params.get('embed') === '1') {
  params.delete('embed');
  const query = params.toString();
  window.location.replace(`embed.html${query ? `?${query}` : ''}${window.location.hash}`);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
