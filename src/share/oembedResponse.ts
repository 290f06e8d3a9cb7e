import { DEFAULT_VIEW_STATE } from '../state/urlState';
import { embedUrl, fullMapUrl, reservedHeight, resizeScriptUrl, responsiveSnippet } from './embedSnippets';

/** An oEmbed 1.0 "rich" response (https://oembed.com, section 2.3.4), as publishing systems read it. */
export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: 'claimmap';
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

/** Width the response suggests; the iframe itself takes its column's width. */
const SUGGESTED_WIDTH = 640;
const ONE_DAY_S = 86_400;

/**
 * The static oEmbed response published with the build (oembed.json beside index.html): the default view's
 * responsive snippet, at the address the map is deployed to. Static hosting cannot answer per link, so every
 * link gets the latest moment of the whole map; the Share dialog gives the snippet for any other view.
 */
export function oembedResponse(appUrl: string, title: string): OembedResponse {
  if (!/^https?:\/\//.test(appUrl)) throw new Error(`oembedResponse: the app's address must be absolute http(s), not "${appUrl}"`);
  const state = DEFAULT_VIEW_STATE;
  const height = reservedHeight(state);
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'claimmap',
    provider_url: new URL('./', appUrl).href,
    html: responsiveSnippet({
      embedSrc: embedUrl(appUrl, state),
      fullMapHref: fullMapUrl(appUrl, state),
      title,
      height,
      scriptSrc: resizeScriptUrl(appUrl),
    }),
    width: SUGGESTED_WIDTH,
    height,
    cache_age: ONE_DAY_S,
  };
}
