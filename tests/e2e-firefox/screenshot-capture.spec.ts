/**
 * Firefox: screenshots of a kaspi.kz page into a case (issue 11), through the same background path as
 * in Chromium (utils/capture: scripting.executeScript of the page helper, tabs.captureVisibleTab,
 * OffscreenCanvas in the event page, addEvidence).
 *
 * Firefox gives `tabs.captureVisibleTab` only with `activeTab` (a click on the toolbar button, which
 * BiDi cannot make) or `<all_urls>`: the test build (.output/firefox-mv3-capture-test, `npm run
 * build:capture-test`) holds `<all_urls>`, which Firefox MV3 grants at install. The popup page is
 * opened as a tab aimed at the product's tab (popup.html?tab=<id>); the product's tab is then brought
 * to the front, and the popup's button is pressed from its script (BiDi input goes to the tab in front).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { REAL_PRODUCTS, ROOT } from '../support/kaspi-fixtures';
import { readRows } from '../support/extension-db';
import { EXTENSION_BASE, expect, launchFirefox, serveKaspi, test, until } from './fixtures';

const CAPTURE_TEST_BUILD = join(ROOT, '.output', 'firefox-mv3-capture-test');
const product = REAL_PRODUCTS[1]!;

async function shoot(popup: Page, method: string) {
  await popup.evaluate(
    (m) =>
      (document.querySelector(`[data-screenshot] button[data-method="${m}"]`) as HTMLButtonElement).click(),
    method,
  );
  const state = () =>
    popup.evaluate(() => {
      const s = document.querySelector('[data-screenshot] [role="status"]')!;
      return {
        state: s.getAttribute('data-state'),
        id: s.getAttribute('data-evidence-id'),
        sha256: s.getAttribute('data-sha256'),
        text: s.textContent,
      };
    });
  const done = await until(
    async () => {
      const s = await state();
      if (s.state === 'error') throw new Error(s.text ?? 'error');
      return s.state === 'saved' ? s : null;
    },
    `${method} saved`,
    40_000,
  );
  return done as { id: string; sha256: string };
}

/** SHA-256 (in the extension page, and again by Node) and decoded size of the stored bytes. */
async function stored(page: Page, id: string) {
  const r = await page.evaluate(async (evidenceId) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('shagym');
      open.onsuccess = () => resolve(open.result);
    });
    const blob = await new Promise<Blob>((resolve) => {
      const get = db.transaction('evidenceBlobs').objectStore('evidenceBlobs').get(evidenceId);
      get.onsuccess = () => resolve((get.result as { bytes: Blob }).bytes);
    });
    db.close();
    const bitmap = await createImageBitmap(blob);
    return {
      bytes: [...new Uint8Array(await blob.arrayBuffer())],
      width: bitmap.width,
      height: bitmap.height,
    };
  }, id);
  return {
    sha256: createHash('sha256').update(Buffer.from(r.bytes)).digest('hex'),
    width: r.width,
    height: r.height,
  };
}

test('Firefox: visible and full-page screenshots of a real product page are stored with their hashes', async () => {
  test.setTimeout(120_000);
  const firefox = await launchFirefox({ extensionPath: CAPTURE_TEST_BUILD });
  try {
    const page = await firefox.newPage();
    await serveKaspi(page);
    await page.goto(product.url, { waitUntil: 'domcontentloaded' });
    // The saved page was taken with Kaspi's city dialog open (body fixed, no scrolling): closed here.
    await page.evaluate(() => document.body.removeAttribute('style'));
    await until(() => page.evaluate(() => !!document.querySelector('shagym-launcher')), 'the launcher');
    await page.evaluate(() => window.scrollTo(0, 300));
    const metrics = await page.evaluate(() => ({
      width: innerWidth,
      height: innerHeight,
      clientWidth: document.documentElement.clientWidth,
      pageHeight: document.documentElement.scrollHeight,
      dpr: devicePixelRatio,
    }));

    const popup = await firefox.newPage();
    await popup.goto(`${EXTENSION_BASE}/popup.html`, { waitUntil: 'networkidle0' });
    const tabId = await popup.evaluate(async (url) => {
      const api = (
        globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number }[]> } } }
      ).browser;
      return (await api.tabs.query({ url }))[0]!.id;
    }, product.url);
    await popup.goto(`${EXTENSION_BASE}/popup.html?tab=${tabId}`, { waitUntil: 'networkidle0' });
    await until(
      () => popup.evaluate(() => !!document.querySelector('[data-screenshot] button')),
      'the screenshot block',
    );
    await page.bringToFront();

    const visible = await shoot(popup, 'visible-screenshot');
    expect(await page.evaluate(() => scrollY)).toBe(300);
    await new Promise((r) => setTimeout(r, 600));
    const full = await shoot(popup, 'full-page-screenshot');
    expect(await page.evaluate(() => scrollY)).toBe(300);

    const v = await stored(popup, visible.id);
    expect(v.sha256).toBe(visible.sha256);
    expect({ width: v.width, height: v.height }).toEqual({
      width: Math.round(metrics.width * metrics.dpr),
      height: Math.round(metrics.height * metrics.dpr),
    });
    const f = await stored(popup, full.id);
    expect(f.sha256).toBe(full.sha256);
    expect({ width: f.width, height: f.height }).toEqual({
      width: Math.round(metrics.clientWidth * metrics.dpr),
      height: Math.round(metrics.pageHeight * metrics.dpr),
    });
    const rows = await readRows(popup, 'evidence');
    expect(rows.find((r) => r.id === full.id)).toMatchObject({
      capture: { method: 'full-page-screenshot', browser: expect.stringMatching(/^Firefox \d+/) },
    });
  } finally {
    await firefox.close();
  }
});
