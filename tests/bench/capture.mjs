/**
 * Screenshots (issue 11), timed in real headless Chromium on a real product page: click in the popup →
 * the picture stored (SHA-256 and all), for the visible area and for the full page. The full page is
 * compared with the browser's own bound, ceil(page height / viewport height) captures at
 * tabs.MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND (2) a second, ×1.2 + 0.5 s.
 *
 * Uses the test-only build (.output/chrome-mv3-capture-test, `npm run build:capture-test`): it holds
 * `<all_urls>` in place of the `activeTab` grant of a click on the toolbar button, which headless
 * Chromium cannot make. The popup opens as a small window aimed at the product's tab (popup.html?tab=).
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './browser.mjs';

const COMMON_ARGS = JSON.parse(
  readFileSync(new URL('../support/chromium-args.json', import.meta.url), 'utf8'),
).args;

export function buildCaptureTest(root) {
  const res = spawnSync(join(root, 'node_modules', '.bin', 'wxt'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, SHAGYM_CAPTURE_TEST: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return res.status === 0;
}

/** { visible: { samplesMs, medianMs }, fullPage: { samplesMs, medianMs, tiles }, page: {...} } */
export async function measureCapture({ root, product, visibleRuns = 5, fullRuns = 2, serve }) {
  const built = join(root, '.output', 'chrome-mv3-capture-test');
  if (!existsSync(join(built, 'manifest.json')) && !buildCaptureTest(root))
    throw new Error('npm run build:capture-test failed');
  const dir = mkdtempSync(join(tmpdir(), 'shagym-bench-capture-'));
  const extension = join(dir, 'extension');
  cpSync(built, extension, { recursive: true });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    // The real window, not an emulated viewport: captureVisibleTab takes what the window paints.
    viewport: null,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--window-size=1280,1000',
      ...COMMON_ARGS,
    ],
    timeout: 60_000,
  });
  try {
    await serve(context);
    const sw =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const page = await context.newPage();
    await page.goto(product.url);
    // The saved pages were taken with Kaspi's city dialog open (body fixed, no scrolling): closed here.
    await page.evaluate(() => document.body.removeAttribute('style'));
    await page.locator('shagym-launcher').waitFor({ timeout: 30_000 });
    const metrics = await page.evaluate(() => ({
      viewportWidth: document.documentElement.clientWidth,
      viewportHeight: document.documentElement.clientHeight,
      pageHeight: document.documentElement.scrollHeight,
      devicePixelRatio,
    }));
    const opened = context.waitForEvent('page');
    await sw.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.windows.create({
        url: chrome.runtime.getURL(`popup.html?tab=${tab.id}`),
        type: 'popup',
        width: 420,
        height: 640,
      });
    }, product.url);
    const popup = await opened;
    await popup.locator('[data-screenshot]').waitFor({ timeout: 30_000 });
    await page.bringToFront();

    /** One click → stored, timed in the popup (its clock): ms. */
    const shoot = (method) =>
      popup.evaluate(
        (m) =>
          new Promise((resolve, reject) => {
            const status = document.querySelector('[data-screenshot] [role="status"]');
            const button = document.querySelector(`[data-screenshot] button[data-method="${m}"]`);
            const before = status.getAttribute('data-evidence-id');
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              const state = status.getAttribute('data-state');
              if (state === 'saved' && status.getAttribute('data-evidence-id') !== before) {
                observer.disconnect();
                resolve(performance.now() - t0);
              } else if (state === 'error') {
                observer.disconnect();
                reject(new Error(status.textContent));
              }
            });
            observer.observe(status, {
              attributes: true,
              childList: true,
              subtree: true,
              characterData: true,
            });
            button.click();
          }),
        method,
      );
    const pause = () => new Promise((r) => setTimeout(r, 1100)); // Chrome's 2 captures a second, between runs

    const visible = [];
    for (let i = 0; i < visibleRuns; i++) {
      visible.push(await shoot('visible-screenshot'));
      await pause();
    }
    const full = [];
    for (let i = 0; i < fullRuns; i++) {
      full.push(await shoot('full-page-screenshot'));
      await pause();
    }
    const tiles = Math.ceil(Math.min(metrics.pageHeight, 20_000) / metrics.viewportHeight);
    const boundMs = (tiles / 2) * 1000;
    return {
      page: { url: product.url, ...metrics, tiles },
      visible: { samplesMs: visible, medianMs: median(visible.slice(1).length ? visible.slice(1) : visible) },
      fullPage: { samplesMs: full, medianMs: median(full), boundMs, goalMs: boundMs * 1.2 + 500 },
    };
  } finally {
    await context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
