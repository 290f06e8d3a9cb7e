import { test as base, expect } from '@playwright/test';

/**
 * Every spec runs offline but for localhost: any request elsewhere is aborted and recorded, and a spec
 * fails if the page tried one or logged an error.
 */
export const test = base.extend<{ outsideRequests: string[]; consoleErrors: string[] }>({
  outsideRequests: async ({ context }, use) => {
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
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };
