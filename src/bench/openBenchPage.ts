import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/**
 * A page in a fresh context (an empty cache, as a first visit), with the CPU slowed `cpuSlowdown` times
 * through the DevTools protocol: 4 stands in for a mid-range phone on a fast desktop.
 */
export async function openBenchPage(browser: Browser, cpuSlowdown: number): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return { context, page, cdp };
}

/** The accessible date slider both pages share. */
export const SLIDER = 'input[type="range"][aria-label="Date"]';
/** A place's outline as Leaflet draws it (class names from src/map/placeStyle.ts). */
export const PLACE_PATH = '.leaflet-overlay-pane path.place';
