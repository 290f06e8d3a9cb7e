import { chromium, type Browser } from '@playwright/test';

import { CHROMIUM } from '../../e2e/chromium';

/** Debian's Chromium with the e2e suite's flags (e2e/chromium.ts); never a downloaded one. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(CHROMIUM);
}
