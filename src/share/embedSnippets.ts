import { serializeUrlState, type ViewState } from '../state/urlState';

/**
 * What the Share dialog offers, as text a newsroom pastes into its article. Pure string building from the
 * app's own address, so the snippets point wherever the map is deployed, with no configuration.
 */

/** The sandbox news embeds use: scripts and links that open outside the frame, nothing more. */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The full map at this view (`appHref` is the app's page, e.g. location.href; its own query is replaced). */
export function fullMapUrl(appHref: string, state: ViewState): string {
  return withQuery(new URL('./', appHref), { ...state, slider: false });
}

/** The embed at this view: embed.html beside the app's page. */
export function embedUrl(appHref: string, state: ViewState): string {
  return withQuery(new URL('embed.html', new URL('./', appHref)), state);
}

/** The script beside the app that applies the embed's height messages. */
export function resizeScriptUrl(appHref: string): string {
  return new URL('embed-resize.js', new URL('./', appHref)).href;
}

export interface SnippetOptions {
  embedSrc: string;
  fullMapHref: string;
  title: string;
  /** Reserved before the embed loads (and kept, without the script), CSS pixels. */
  height: number;
}

/**
 * A plain iframe: full width of its column, lazy, sandboxed, titled for screen readers. The link inside is
 * what pages that strip frames (feeds, text readers) keep.
 */
export function iframeSnippet({ embedSrc, fullMapHref, title, height }: SnippetOptions): string {
  const attributes = [
    ['src', embedSrc],
    ['title', title],
    ['width', '100%'],
    ['height', String(height)],
    ['loading', 'lazy'],
    ['sandbox', EMBED_SANDBOX],
    ['referrerpolicy', 'strict-origin-when-cross-origin'],
    ['style', `width:100%;min-width:100%;height:${height}px;border:0`],
    ['data-claimmap', ''],
  ]
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value ?? '')}"`))
    .join('');
  return `<iframe${attributes}><a href="${escapeAttribute(fullMapHref)}">${escapeText(title)}</a></iframe>`;
}

/** The iframe plus the optional script that sizes it to its content from the embed's height messages. */
export function responsiveSnippet(options: SnippetOptions & { scriptSrc: string }): string {
  return `${iframeSnippet(options)}\n<script async src="${escapeAttribute(options.scriptSrc)}"></script>`;
}

/** Heights the snippet reserves: the map, its legend and credit; the slider adds its row. */
export function reservedHeight(state: Pick<ViewState, 'slider'>): number {
  return state.slider ? 620 : 540;
}

/** Three decimals (about 100 m) are plenty for a box to fit, and keep links short. */
export function roundBounds(bounds: [number, number, number, number]): [number, number, number, number] {
  return bounds.map((value) => Math.round(value * 1000) / 1000) as [number, number, number, number];
}

function withQuery(url: URL, state: ViewState): string {
  url.search = serializeUrlState(state);
  url.hash = '';
  return url.href;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
