import { defineConfig } from '@playwright/test';

/** End-to-end tests of the built extension (.output/chrome-mv3) in real headless Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // A temporary folder of the run's own; the run fails if a test leaves anything in it.
  globalSetup: './tests/support/temp-dir-check.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
