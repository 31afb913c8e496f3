import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Only unit tests: Playwright and Firefox specs live in tests/e2e*.
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto', 'tests/faults/vitest-setup.ts'],
    // The fault and hostile-input tally (tests/faults/tally.ts), printed at the end of `npm test`.
    reporters: ['default', './tests/faults/vitest-reporter.ts'],
    environment: 'node',
  },
});
