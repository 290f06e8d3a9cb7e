import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/** A network to load through, as the DevTools protocol emulates one: each request's latency and the throughputs. */
export interface NetworkProfile {
  label: string;
  latencyMs: number;
  downloadKbps: number;
  uploadKbps: number;
}

/**
 * A phone on a slow 4G network: Lighthouse's "slow 4G" (150 ms round trips, 1.6 Mbps) in the form it applies
 * through DevTools, where latency counts per request rather than per round trip (562.5 ms, 1,474.56 kbps
 * down, 675 kbps up). Localhost has no latency at all, so without it nothing a page fetches late shows.
 */
export const SLOW_4G: NetworkProfile = { label: 'slow 4G', latencyMs: 562.5, downloadKbps: 1474.56, uploadKbps: 675 };

/**
 * A page in a fresh context (an empty cache, as a first visit), with the CPU slowed `cpuSlowdown` times
 * through the DevTools protocol (4 stands in for a mid-range phone on a fast desktop), and the network
 * `network` if one is given.
 */
export async function openBenchPage(browser: Browser, cpuSlowdown: number, network: NetworkProfile | null = null): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: (network.downloadKbps * 1000) / 8,
      uploadThroughput: (network.uploadKbps * 1000) / 8,
    });
  }
  return { context, page, cdp };
}

/** The accessible date slider both pages share. */
export const SLIDER = 'input[type="range"][aria-label="Date"]';
/** A place's outline as Leaflet draws it (class names from src/map/placeStyle.ts). */
export const PLACE_PATH = '.leaflet-overlay-pane path.place';
