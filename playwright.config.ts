import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM } from './e2e/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: 'http://localhost:4173',
    timezoneId: 'UTC',
    locale: 'en-GB',
    // Debian's Chromium, never a downloaded one: this machine has no network for browsers.
    launchOptions: CHROMIUM,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      // The production build, as readers get it (the test command builds first), with the strict CSP.
      command: 'npx vite preview --port 4173 --strictPort',
      url: 'http://localhost:4173',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A newsroom's page on another origin, embedding the map (e2e/embed-in-another-site.spec.ts).
      command: 'npx tsx e2e/host/hostServer.ts',
      url: 'http://127.0.0.1:4174/article.html',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
