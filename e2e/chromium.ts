/**
 * The browser every Playwright run here uses: Debian's Chromium (CHROMIUM_PATH to name another), never a
 * downloaded one, with the flags this sandboxed, offline machine needs. The e2e suite, the benchmark and
 * `npm run snapshot` all launch it from here.
 */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
