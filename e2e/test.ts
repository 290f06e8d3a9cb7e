import { test as base, expect } from '@playwright/test';

/**
 * Every spec runs offline but for localhost, and clean: any request elsewhere is aborted and recorded, and
 * a spec fails if the page tried one or logged an error. Both checks are automatic; a spec that provokes an
 * error on purpose (a file that fails to load) names the errors it expects with `expectedConsoleErrors`.
 */
export const test = base.extend<{ outsideRequests: string[]; consoleErrors: string[]; expectedConsoleErrors: RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  outsideRequests: [
    async ({ context }, use) => {
      const outside: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
        outside.push(url.href);
        return route.abort('blockedbyclient');
      });
      await use(outside);
      expect(outside, 'requests outside localhost').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      const unexpected = errors.filter((error) => !expectedConsoleErrors.some((pattern) => pattern.test(error)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
