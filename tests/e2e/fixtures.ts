import {
  test as base,
  chromium,
  type BrowserContext,
  type Frame,
  type Page,
  type Worker,
} from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, fixtureFor } from '../support/kaspi-fixtures';
import { RUN_TMPDIR_VARIABLE } from '../support/temp-dir-check';
import { extensionWithCdnGranted, serveCdn } from './page-capture-support';

export const EXTENSION_PATH = join(ROOT, '.output', 'chrome-mv3');
/** The flags shared with the benchmark (tests/support/chromium-args.json). */
const CHROMIUM_ARGS = JSON.parse(
  readFileSync(join(ROOT, 'tests', 'support', 'chromium-args.json'), 'utf8'),
) as {
  args: string[];
};

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A private copy of the built extension for one browser launch, so a rebuild running at the same time
 * (another terminal, the benchmark) cannot pull files from under a test.
 */
export function extensionCopy(source = EXTENSION_PATH): string {
  if (!existsSync(join(source, 'manifest.json')))
    throw new Error(`No build at ${source}: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), 'shagym-ext-'));
  cpSync(source, dir, { recursive: true });
  return dir;
}

/**
 * Chromium with the extension. Without `extensionDir`, a private copy of the build is made and removed
 * when the context closes (or when the launch fails); a copy passed in belongs to the caller.
 */
export async function launchWithExtension(
  userDataDir: string,
  extensionDir?: string,
  /** E.g. a phone: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true }. */
  device: Pick<
    Parameters<typeof chromium.launchPersistentContext>[1] & object,
    'viewport' | 'hasTouch' | 'isMobile' | 'deviceScaleFactor' | 'colorScheme'
  > = {},
): Promise<BrowserContext> {
  const dir = extensionDir ?? extensionCopy();
  const removeCopy = () => {
    if (!extensionDir) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1280, height: 900 },
      ...device,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS.args],
    });
  } catch (error) {
    removeCopy();
    throw error;
  }
  context.on('close', removeCopy);
  await serveKaspi(context);
  return context;
}

/** A Content Security Policy violation reported by Chromium: where, the directive, the message. */
export interface CspViolation {
  url: string;
  directive: string;
  text: string;
}

/**
 * Collects the CSP violations Chromium reports in this browser ("… violates the following Content
 * Security Policy directive …", logged as console errors on the page, frame or worker concerned) into
 * `violations`. The kaspi.kz fixtures carry no CSP and the content script runs under the page's, so
 * every report comes from an extension page (a tab, the framed panel, the popup) or the service worker.
 */
export function watchCspViolations(context: BrowserContext, violations: CspViolation[] = []): CspViolation[] {
  const seen = (url: string, text: string) => {
    // "Fetch API cannot load …" repeats the connect-src report that comes with it.
    if (!/Content Security Policy/.test(text) || text.startsWith('Fetch API cannot load')) return;
    const directive = /directive:? ["']([a-z-]+)/.exec(text)?.[1] ?? '?';
    violations.push({ url, directive, text });
  };
  context.on('console', (message) => seen(message.page()?.url() ?? message.location().url, message.text()));
  const watchWorker = (worker: Worker) =>
    worker.on('console', (message) => seen(worker.url(), message.text()));
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  return violations;
}

/**
 * kaspi.kz is served from fixtures at the pages' real URLs (a look-alike host too, when a fixture is
 * there for it); other kaspi.kz resources (images, scripts, styles) are answered empty; nothing else
 * leaves the machine.
 */
export async function serveKaspi(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (request.resourceType() === 'document') {
      const html = fixtureFor(request.url());
      if (html) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    if (/^([a-z0-9-]+\.)*kaspi\.kz$/.test(url.hostname)) {
      if (request.resourceType() === 'document') {
        return route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: '<h1>404</h1>' });
      }
      return route.fulfill({ status: 204, body: '' });
    }
    return route.abort();
  });
}

/** The keys in the extension's storage.session (read in its service worker): what the extension keeps there. */
export function sessionStorageKeys(sw: Worker): Promise<string[]> {
  return sw.evaluate(async () =>
    Object.keys(
      await (
        globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }
      ).chrome.storage.session.get(null),
    ),
  );
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const test = base.extend<{
  /**
   * A test-only copy of the build with Kaspi's CDN granted at install, as the buyer's "Allow" on the
   * first page capture grants it (tests/e2e/page-capture-support.ts), and the CDN served from fixtures.
   */
  grantCdn: boolean;
  userDataDir: string;
  context: BrowserContext;
  cspViolations: CspViolation[];
  extensionId: string;
  sw: Worker;
}>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    // Under the run's own temporary folder, which the run checks for leftovers (tests/support/temp-dir-check.ts).
    if (process.env[RUN_TMPDIR_VARIABLE]) expect(tmpdir()).toBe(process.env[RUN_TMPDIR_VARIABLE]);
    const dir = mkdtempSync(join(tmpdir(), 'shagym-pw-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  grantCdn: [false, { option: true }],
  // Every test's browser fails it on a CSP violation by the extension (a test that expects one empties the list).
  context: async ({ userDataDir, cspViolations, grantCdn }, use) => {
    const copy = grantCdn ? extensionWithCdnGranted() : undefined;
    const context = await launchWithExtension(userDataDir, copy);
    if (grantCdn) await serveCdn(context);
    watchCspViolations(context, cspViolations);
    await use(context);
    await context.close();
    if (copy) rmSync(copy, { recursive: true, force: true, maxRetries: 3 });
    expect(cspViolations, 'CSP violations on the extension pages').toEqual([]);
  },
  // eslint-disable-next-line no-empty-pattern
  cspViolations: async ({}, use) => use([]),
  sw: async ({ context }, use) => use(await serviceWorker(context)),
  extensionId: async ({ sw }, use) => use(new URL(sw.url()).host),
});
export const expect = test.expect;

/**
 * The launcher's host. Its shadow root is closed (page scripts cannot reach the button), so Playwright
 * cannot look inside either; but a real click or Tab on the host reaches the button, as the buyer's would.
 */
export function launcher(page: Page) {
  return page.locator('shagym-launcher');
}

/** The framed panel (inside the panel host's closed shadow root): found in the page's frame tree. */
export async function panelFrame(page: Page): Promise<Frame> {
  const find = () => page.frames().find((f) => f.url().includes('/panel.html'));
  await expect.poll(() => find() !== undefined, { message: 'the panel frame' }).toBe(true);
  return find()!;
}

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * Runs `fn` (a function's source) on the element `inner` inside `host`'s closed shadow root, through
 * the DevTools protocol (which sees closed roots; page scripts do not). Null when there is none.
 */
export async function inClosedShadow<T>(
  page: Page,
  host: string,
  inner: string,
  fn: string,
): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (n: DomNode): DomNode | null => {
      if (n.localName === host && n.shadowRoots?.length) return n.shadowRoots[0]!;
      for (const c of n.children ?? []) {
        const found = find(c);
        if (found) return found;
      }
      return null;
    };
    const shadow = find(root);
    if (!shadow) return null;
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector: inner });
    if (!nodeId) return null;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      returnByValue: true,
    });
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** The launcher button's text (in its closed shadow root). */
export function launcherText(page: Page): Promise<string | null> {
  return inClosedShadow<string>(
    page,
    'shagym-launcher',
    'button',
    'function () { return this.textContent; }',
  );
}

/** Stops every service worker as Chrome does when idle (CDP ServiceWorker.stopAllWorkers). */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
