import type { Page } from '@playwright/test';

/**
 * Resolves once the page has started two more frames. A change made by a key or a fill is committed before
 * the frame that lays it out, draws it and runs its ResizeObservers; by the start of the frame after that,
 * all of it has happened. A reader never sees the state in between (observers run before paint); a test
 * that measures right after the key would.
 */
export const afterTwoFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
