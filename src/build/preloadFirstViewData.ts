import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Preload links in each page's head for the first view's data, so they are fetched while the scripts load
 * rather than once the scripts have run (a request's round trip, on a phone's network). `crossorigin` makes
 * the preload the request fetch() itself sends (CORS mode, credentials same-origin), so the page's fetch
 * takes it up and each file is fetched once.
 */
export function preloadFirstViewData(files: readonly string[]): Plugin {
  return {
    name: 'claimmap-preload-first-view-data',
    transformIndexHtml: () => preloadTags(files),
  };
}

export function preloadTags(files: readonly string[]): HtmlTagDescriptor[] {
  return files.map((file) => ({ tag: 'link', attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: true }, injectTo: 'head' }));
}
