import { defineConfig } from '@playwright/test';
import { publishedLaunchOptions } from './e2e/browser';

// E2E tests drive the real UI (browser mode) against the real core, in whichever Chromium
// e2e/browser.ts finds (global set-up publishes it; the workers start after it).
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  // Generous limits: tests wait on the app's state, and a busy machine only makes that slower.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: publishedLaunchOptions(),
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
