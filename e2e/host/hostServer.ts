/**
 * A newsroom's page on another origin than the map (127.0.0.1:4174 against localhost:4173): three embeds
 * at 320, 600 and 1200 pixels, made with the Share dialog's own snippet functions, and a script of the
 * host's that records every message reaching the page. A real server, not a mocked route: Chromium lets a
 * page reach a loopback address only from one.
 */
import { createServer } from 'node:http';
import { embedUrl, fullMapUrl, iframeSnippet, resizeScriptUrl } from '../../src/share/embedSnippets';
import { DEFAULT_VIEW_STATE } from '../../src/state/urlState';

const APP = 'http://localhost:4173/';
const PORT = 4174;
const HOST_WIDTHS = [320, 600, 1200] as const;

function article(): string {
  const frames = HOST_WIDTHS.map((width) => {
    const state = { ...DEFAULT_VIEW_STATE, slider: width === 600 };
    const snippet = iframeSnippet({ embedSrc: embedUrl(APP, state), fullMapHref: fullMapUrl(APP, state), title: 'Map', height: 540 });
    return `<div style="width:${width}px">${snippet.replace('<iframe', `<iframe id="f${width}"`)}</div>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom's article</title></head><body>
<h1>An article with the map in it</h1>
${frames.join('\n<p>Text between the maps.</p>\n')}
<script src="/record-messages.js"></script>
<script async src="${resizeScriptUrl(APP)}"></script>
</body></html>`;
}

const recorder = `window.received = [];
window.addEventListener('message', function (event) {
  var frames = Array.prototype.slice.call(document.querySelectorAll('iframe'));
  var frame = frames.filter(function (f) { return f.contentWindow === event.source; })[0];
  window.received.push({ origin: event.origin, frame: frame ? frame.id : null, data: event.data });
});`;

createServer((request, response) => {
  const path = new URL(request.url ?? '/', `http://127.0.0.1:${PORT}`).pathname;
  if (path === '/record-messages.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(recorder);
  } else if (path === '/article.html' || path === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article());
  } else {
    response.writeHead(404).end();
  }
}).listen(PORT, '127.0.0.1');
