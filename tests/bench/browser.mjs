/** Chromium launched as in tests/e2e/fixtures.ts (see /work/shared/recipes/real-browser-tests.md). */
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The same flags as the e2e tests (tests/support/chromium-args.json). */
const COMMON_ARGS = JSON.parse(
  readFileSync(new URL('../support/chromium-args.json', import.meta.url), 'utf8'),
).args;

/**
 * A persistent headless Chromium context. With `extensionPath` the unpacked extension is loaded; without
 * it the flags are otherwise identical, so the two can be compared side by side.
 * Returns { context, close } — close() also removes the temporary profile.
 */
export async function launch({ extensionPath = null, name, userDataDir: reuse = null }) {
  // `userDataDir`: start again on a profile of an earlier launch (closed with `stop`).
  const userDataDir = reuse ?? mkdtempSync(join(tmpdir(), `shagym-bench-${name}-`));
  const extArgs = extensionPath
    ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`]
    : [];
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1280, height: 900 },
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...extArgs, ...COMMON_ARGS],
      timeout: 60_000,
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
    /** Closes the browser and keeps its profile (to launch again on it). */
    async stop() {
      await context.close().catch(() => undefined);
    },
  };
}

/** The extension id, from its service worker's URL. */
export async function extensionId(context) {
  const sw =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return new URL(sw.url()).host;
}
