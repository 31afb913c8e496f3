/**
 * What goes into the sources archive for Mozilla's review (`npm run zip`, WXT's Firefox sources zip):
 * exactly what a reviewer needs to rebuild the Firefox package with `npm ci && npm run build:firefox`
 * (README "Release"). An allow-list: everything else (tests, fixtures, screenshots, reports, the build
 * output, node_modules) stays out. `npm run verify:sources` rebuilds from the archive and compares.
 */
export const SOURCES_INCLUDE = [
  'README.md',
  'PRIVACY.md',
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'tsconfig.json',
  'build/**',
  'entrypoints/**',
  'components/**',
  'utils/**',
  'public/**',
];

/** Everything not in the allow-list (an include wins over an exclude in WXT's zip). */
export const SOURCES_EXCLUDE = ['**'];
