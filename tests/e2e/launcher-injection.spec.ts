import type { Page, Worker } from '@playwright/test';
import { launchSignal } from '../../utils/kaspi/launch-signal';
import { REAL_PRODUCTS, allFixturePages } from '../support/kaspi-fixtures';
import { expect, launcher, test } from './fixtures';

/**
 * The launcher is not declared: the tiny classifier (kaspi-classifier.js) asks the background after the
 * page's load, and the background injects content-scripts/kaspi.js into that kaspi.kz document only.
 */

interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  scripting: {
    executeScript(injection: object): Promise<{ result?: unknown }[]>;
  };
}

/**
 * Whether the launcher script ran in the kaspi.kz tab: its bundle leaves one global, `kaspi`, in the
 * extension's isolated world of that document (WXT's wrapper), which a look from the same world sees and
 * the page cannot set.
 */
async function launcherInjected(sw: Worker, url: string): Promise<boolean> {
  return sw.evaluate(async (wanted) => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === wanted);
    if (!tab?.id) throw new Error(`no tab at ${wanted}: ${tabs.map((t) => t.url).join(', ')}`);
    const [first] = await chrome.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [0] },
      world: 'ISOLATED',
      func: () => typeof (globalThis as { kaspi?: unknown }).kaspi !== 'undefined',
    });
    return first?.result === true;
  }, url);
}

/** An absence cannot be polled for: give the classifier (load + idle ≤ 1 s) and an injection time. */
async function settled(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(2000);
}

test('the launcher is injected on complaint surfaces only, after the page has loaded', async ({
  context,
  sw,
}) => {
  const page = await context.newPage();
  const product = REAL_PRODUCTS[0]!;
  await page.goto(product.url);
  await expect(launcher(page)).toHaveCount(1);
  expect(await launcherInjected(sw, product.url)).toBe(true);

  // Pages that are no complaint surface: never a launcher. The launcher's code is not even injected
  // where the cheap signal says so (home, category, search, no order number in the text); where the
  // text has an order number (a checkout page with a product code after "заказ", a list of orders) it is
  // injected after load, and its own classifier (visible text) shows no button.
  let skipped = 0;
  for (const fixture of allFixturePages().filter((p) => p.kind === 'other' || p.kind === 'order-list')) {
    if (!fixture.url.startsWith('https://kaspi.kz/')) continue;
    await page.goto(fixture.url);
    await settled(page);
    await expect(page.locator('shagym-launcher'), fixture.url).toHaveCount(0);
    const text = await page.evaluate(() => document.body?.textContent ?? '');
    const asks = launchSignal(fixture.url, () => text) === 'launch';
    if (!asks) skipped++;
    expect(await launcherInjected(sw, page.url()), fixture.url).toBe(asks);
  }
  expect(skipped).toBeGreaterThanOrEqual(5);
});

test('neither another host nor a forged message can get the launcher injected', async ({
  context,
  sw,
  extensionId,
}) => {
  // A look-alike host with a product page: no content script of ours runs there at all.
  const lookalike = allFixturePages().find((p) => p.url.startsWith('https://kaspi.kz.evil.com/'))!;
  const evil = await context.newPage();
  await evil.goto(lookalike.url);
  await settled(evil);
  await expect(evil.locator('shagym-launcher')).toHaveCount(0);
  expect(evil.frames().filter((f) => f.url().startsWith('chrome-extension:'))).toHaveLength(0);

  // A kaspi.kz page that is no complaint surface tries everything a page script can.
  const category = allFixturePages().find((p) => p.url.startsWith('https://kaspi.kz/shop/c/'))!;
  const page = await context.newPage();
  await page.goto(category.url);
  await settled(page);
  const pageTried = await page.evaluate(async (id) => {
    const forged = { type: 'cs:show-launcher', payload: {} };
    window.postMessage(forged, '*');
    document.dispatchEvent(new CustomEvent('cs:show-launcher', { detail: forged }));
    history.pushState({}, '', location.pathname); // a "navigation" that changes nothing
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    let sent = 'no runtime API on the page';
    if (typeof runtime?.sendMessage === 'function') {
      try {
        await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, forged);
        sent = 'sent';
      } catch (error) {
        sent = `refused: ${String(error)}`;
      }
    }
    return sent;
  }, extensionId);
  expect(pageTried).not.toBe('sent');

  // An extension page forging the content script's request is refused by the background's router.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const reply = await popup.evaluate(() =>
    (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({
      type: 'cs:show-launcher',
      payload: {},
    }),
  );
  expect(reply).toMatchObject({ ok: false, code: 'sender' });

  await page.bringToFront();
  await page.waitForTimeout(1500);
  await expect(page.locator('shagym-launcher')).toHaveCount(0);
  expect(await launcherInjected(sw, category.url)).toBe(false);
});
