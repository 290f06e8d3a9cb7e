import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { firstLoadChunk } from './src/build/firstLoadChunk.ts';
import { preloadFirstViewData } from './src/build/preloadFirstViewData.ts';
import { FIRST_VIEW_FILES } from './src/data/firstViewFiles.ts';
import { defineConfig, type Plugin } from 'vitest/config';

/** The optional tile layer's server (src/map/MapView.tsx reads the same variable): the one image host allowed. */
const TILE_ORIGIN = new URL(process.env.VITE_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png').origin;

/**
 * The policy the map is tested under and that newsrooms should serve it with: nothing but its own origin, no
 * inline script or style element, no eval; images also from the tile server, which is asked only when a
 * reader switches tiles on. frame-ancestors is left open on purpose: the map is made to be embedded.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' ${TILE_ORIGIN}`,
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Points each page's oEmbed discovery link at the absolute address of data/oembed.json (which `npm run geo`
 * publishes) when CLAIMMAP_URL says where the build will be served; without it the link stays relative.
 */
function oembedDiscovery(): Plugin {
  const appUrl = process.env.CLAIMMAP_URL;
  return {
    name: 'claimmap-oembed-discovery',
    transformIndexHtml(html) {
      return appUrl ? html.replace('href="./data/oembed.json"', `href="${new URL('data/oembed.json', appUrl).href}"`) : html;
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so the build works from any folder a newsroom serves it from.
  base: './',
  plugins: [react(), oembedDiscovery(), preloadFirstViewData(Object.values(FIRST_VIEW_FILES))],
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each page loads at once and which later (npm run bench reads it).
    manifest: true,
    // No data: URLs (Leaflet's CSS has small images Vite would inline): img-src 'self' forbids them.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { main: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') },
      // One shared chunk for what both pages load at once, instead of the bundler's split by importers.
      output: { codeSplitting: { groups: [{ debugName: 'first load', name: (id, chunking) => firstLoadChunk(id, (module) => chunking.getModuleInfo(module), 'app') }] } },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    include: ['src/**/*.test.ts'],
    // Times inside are UTC; pinning the zone proves no test leans on the machine's.
    env: { TZ: 'Asia/Tokyo' },
  },
});
