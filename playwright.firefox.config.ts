import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built extension (.output/firefox-mv3) in real headless Firefox ESR, driven
 * by puppeteer-core over WebDriver BiDi (Playwright cannot drive stock Firefox); the Playwright runner
 * only runs the tests.
 */
export default defineConfig({
  testDir: 'tests/e2e-firefox',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // A temporary folder of the run's own; the run fails if a test leaves anything in it.
  globalSetup: './tests/support/temp-dir-check.ts',
  fullyParallel: false,
  workers: 1,
  // No retries: a test that fails once is a defect to find, not noise to retry.
  retries: 0,
  // The list, and the fault tally (tests/faults/tally.ts) printed at the end of `npm test`.
  reporter: [['list'], ['./tests/faults/playwright-reporter.ts', { runner: 'e2e-firefox' }]],
});
