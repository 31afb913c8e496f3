import { test as base } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { proofChecklist } from '../../utils/proof';
import { cdnFixture } from '../support/kaspi-cdn';
import { ROOT, fixtureFor } from '../support/kaspi-fixtures';
import { RUN_TMPDIR_VARIABLE } from '../support/temp-dir-check';

export const EXTENSION_PATH = join(ROOT, '.output', 'firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'shagym@shagym';
/** Pinned so tests can open moz-extension://<uuid>/… pages (Firefox picks a random one per install). */
export const EXTENSION_UUID = '5c0f9c42-6a9e-4d4b-9f0e-1c2b3a4d5e6f';
export const EXTENSION_BASE = `moz-extension://${EXTENSION_UUID}`;

/** `downloadDir`: files the extension downloads go there, without asking. */
export async function launchFirefox({
  downloadDir,
  prefs = {},
  env = {},
  extensionPath = EXTENSION_PATH,
}: {
  downloadDir?: string;
  prefs?: Record<string, unknown>;
  env?: Record<string, string>;
  /** Another build, e.g. the screenshot test build (.output/firefox-mv3-capture-test). */
  extensionPath?: string;
} = {}): Promise<Browser> {
  const downloads = downloadDir
    ? {
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
        'browser.helperApps.neverAsk.saveToDisk': 'application/zip,application/octet-stream',
      }
    : {};
  // The profile is ours, not puppeteer's: puppeteer removes its own temporary profile while Firefox's
  // processes may still be writing to it, and a failed removal is silently left behind.
  const profile = mkdtempSync(join(tmpdir(), 'shagym-ff-profile-'));
  const removeTemp = (dirs: string[]) => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  let browser: Browser;
  try {
    browser = await launchBrowser(profile);
  } catch (error) {
    removeTemp([profile]);
    throw error;
  }
  // A private copy, so a rebuild running at the same time cannot pull files from under the test.
  const copy = mkdtempSync(join(tmpdir(), 'shagym-ext-'));
  // Both are removed once Firefox has exited (closed or crashed), or at once if the install fails.
  const firefox = browser.process();
  if (firefox && firefox.exitCode === null && firefox.signalCode === null)
    firefox.once('exit', () => removeTemp([copy, profile]));
  else browser.once('disconnected', () => removeTemp([copy, profile]));
  try {
    cpSync(extensionPath, copy, { recursive: true });
    await browser.installExtension(copy);
  } catch (error) {
    await browser.close().catch(() => undefined);
    removeTemp([copy, profile]);
    throw error;
  }
  return browser;

  function launchBrowser(userDataDir: string): Promise<Browser> {
    return puppeteer.launch({
      userDataDir,
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      args: ['--remote-allow-system-access'],
      env: { ...process.env, ...env },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Headless Firefox has no system notification service: use Firefox's own alert windows, which
        // stay open (and listed by notifications.getAll) like a desktop notification does.
        'alerts.useSystemBackend': false,
        // No network beyond what the tests serve.
        'network.dns.disablePrefetch': true,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        ...downloads,
        ...prefs,
      },
    });
  }
}

/** A Content Security Policy report from Firefox's console: its category, the document or script, the text. */
export interface CspReport {
  category: string;
  source: string;
  message: string;
}

/**
 * Every CSP report this Firefox has logged so far (violations and policy warnings), read from its console
 * service in the browser's chrome scope (BiDi reaches it with --remote-allow-system-access; it sees the
 * framed panel and the background too, which page-level listeners cannot). The kaspi.kz fixtures carry
 * no CSP, so each report concerns the extension.
 */
export async function cspReports(browser: Browser): Promise<CspReport[]> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: ChromeContext[];
  };
  const window =
    tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml') ?? tree.contexts[0];
  if (!window) throw new Error('No Firefox chrome window to read the console from');
  const evaluated = (
    await connection.send('script.evaluate', {
      target: { context: window.context },
      awaitPromise: false,
      expression: `JSON.stringify(Services.console.getMessageArray()
        .filter((m) => m instanceof Ci.nsIScriptError && /^CSP/.test(m.category))
        .map((m) => ({ category: m.category, source: m.sourceName, message: m.errorMessage })))`,
    })
  ).result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
  if (evaluated.type !== 'success' || typeof evaluated.result?.value !== 'string')
    throw new Error(
      `Could not read Firefox's console: ${evaluated.exceptionDetails?.text ?? evaluated.type}`,
    );
  return JSON.parse(evaluated.result.value) as CspReport[];
}

/**
 * Serves kaspi.kz from fixtures on this page (a look-alike host too, when a fixture is there for it);
 * with `cdn`, Kaspi's CDN too, from tests/fixtures/kaspi-cdn (the page capture's pictures, styles and
 * fonts; the framed panel's requests are this page's too); everything else is refused.
 */
export async function serveKaspi(page: Page, { cdn = false }: { cdn?: boolean } = {}): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') {
      return void request.continue();
    }
    if (cdn && /^(resources|ks-static)\.cdn-kaspi\.kz$/.test(url.hostname)) {
      const answer = cdnFixture(request.url());
      return void request.respond(
        answer
          ? { status: 200, contentType: answer.contentType, body: answer.body }
          : { status: 404, body: '' },
      );
    }
    // resourceType() is not available over BiDi: navigation requests are the pages.
    const navigation = request.isNavigationRequest();
    const html = navigation ? fixtureFor(request.url()) : null;
    if (html)
      return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (/^([a-z0-9-]+\.)*kaspi\.kz$/.test(url.hostname)) {
      if (navigation)
        return void request.respond({
          status: 404,
          contentType: 'text/html; charset=utf-8',
          body: '<h1>404</h1>',
        });
      return void request.respond({ status: 204, body: '' });
    }
    return void request.abort();
  });
}

/** Opens an extension page as a tab (no load event is reported for them: wait for network idle). */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${EXTENSION_BASE}${path}`, { waitUntil: 'networkidle0' });
  return page;
}

export const test = base.extend<{ downloadDir: string; firefox: Browser }>({
  // eslint-disable-next-line no-empty-pattern
  downloadDir: async ({}, use) => {
    // Under the run's own temporary folder, which the run checks for leftovers (tests/support/temp-dir-check.ts).
    if (process.env[RUN_TMPDIR_VARIABLE]) expect(tmpdir()).toBe(process.env[RUN_TMPDIR_VARIABLE]);
    const dir = mkdtempSync(join(tmpdir(), 'shagym-ff-downloads-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  // Every test's Firefox fails it on a CSP report about the extension (csp.spec.ts reads them itself).
  firefox: async ({ downloadDir }, use, testInfo) => {
    const browser = await launchFirefox({ downloadDir });
    try {
      await use(browser);
      if (!testInfo.annotations.some((a) => a.type === 'csp-reports-expected'))
        expect(await cspReports(browser), 'CSP reports about the extension').toEqual([]);
    } finally {
      await browser.close();
    }
  },
});
export const expect = test.expect;

/** Waits until `fn` returns a truthy value (puppeteer has no auto-waiting assertions). */
export async function until<T>(fn: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface ChromeContext {
  context: string;
  url: string;
}

/**
 * Clicks a desktop notification the way a buyer does. Headless Firefox shows notifications as its own
 * alert windows (alerts.useSystemBackend = false); with --remote-allow-system-access, WebDriver BiDi
 * lists those chrome windows (moz:scope "chrome"), and a click on the alert's text runs Firefox's own
 * click handling, which fires the extension's notifications.onClicked.
 */
export async function clickNotification(browser: Browser, title: string): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: ChromeContext[];
  };
  for (const window of tree.contexts.filter((c) => c.url.endsWith('/alerts/alert.xhtml'))) {
    const evaluated = (
      await connection.send('script.evaluate', {
        target: { context: window.context },
        awaitPromise: false,
        expression: `(() => {
        const label = document.getElementById('alertTitleLabel');
        if (!label || !label.getAttribute('value').includes(${JSON.stringify(title)})) return false;
        document.getElementById('alertTextLabel').dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0 }));
        return true;
      })()`,
      })
    ).result as { result?: { value?: unknown } };
    if (evaluated.result?.value === true) return;
  }
  throw new Error(`No notification titled "${title}" is shown`);
}

/** Clicks the button whose text contains `text`. */
export async function clickText(page: Page, text: string): Promise<void> {
  await page.locator(`button ::-p-text(${text})`).click();
}

/** Sets a React-controlled input or select the way typing does (date inputs cannot be typed into portably). */
export async function setValue(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (el, v) => {
      const proto =
        el instanceof HTMLSelectElement
          ? HTMLSelectElement.prototype
          : el instanceof HTMLTextAreaElement
            ? HTMLTextAreaElement.prototype
            : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, v);
      el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    },
    value,
  );
}

/**
 * Opens a kaspi.kz page (served from fixtures; `cdn`: Kaspi's CDN too) in a new tab, clicks the launcher
 * (a real click) and waits until the framed panel is ready.
 */
export async function openFramedPanel(
  browser: Browser,
  url: string,
  { cdn = false }: { cdn?: boolean } = {},
): Promise<Page> {
  const page = await browser.newPage();
  await serveKaspi(page, { cdn });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await until(() => page.evaluate(() => !!document.querySelector('shagym-launcher')), 'the launcher');
  await page.locator('shagym-launcher').click();
  await until(
    () => page.evaluate(() => document.querySelector('shagym-panel')?.getAttribute('data-state') === 'ready'),
    'panel ready',
  );
  return page;
}

/**
 * In a framed panel just opened on a one-seller product page (the focus on the order number), by the
 * buyer's keyboard: types the order number, goes back to the narrow panel's folded list of steps, opens
 * it, on to step 5 ("Доказательства"), and presses the page-capture button that follows the checklist
 * (no problem chosen yet: the checklist for "other"; each box is followed by its item's linked sources).
 * `price`: the product's price on the page, which the checklist depends on.
 */
export async function capturePageFromFramedPanel(
  page: Page,
  orderNumber: string,
  price: number,
): Promise<void> {
  await page.keyboard.type(orderNumber);
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  await page.keyboard.press('Enter');
  await new Promise((r) => setTimeout(r, 300));
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await new Promise((r) => setTimeout(r, 1000)); // the step renders and focuses its heading
  const items = proofChecklist('other', { price });
  const stops = items.length + items.flatMap((item) => item.sources).filter((s) => s.url !== null).length;
  for (let i = 0; i < stops + 1; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}
