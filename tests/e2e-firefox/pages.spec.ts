import type { Page } from 'puppeteer-core';
import { clearTables, readRows } from '../support/extension-db';
import { REAL_PRODUCTS, allFixturePages, expectedFacts } from '../support/kaspi-fixtures';
import { expect, openExtensionPage, serveKaspi, test, until } from './fixtures';

const SURFACES = new Set(['product', 'merchant', 'order']);
const FIELDS = ['orderNumber', 'productTitle', 'productCode', 'sellerName', 'merchantId', 'price'] as const;

const launchers = (page: Page) => page.evaluate(() => document.querySelectorAll('shagym-launcher').length);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('Firefox: each fixture at its real kaspi.kz URL: the launcher exactly where it belongs, the panel prefilled', async ({
  firefox,
}) => {
  const store = await openExtensionPage(firefox, '/case.html');
  const page = await firefox.newPage();
  await serveKaspi(page);
  // The hostile fixtures' own markup raises alerts (the page's doing, not ours): dismiss them.
  page.on('dialog', (dialog) => void dialog.dismiss());
  for (const fixture of allFixturePages()) {
    await page.goto(fixture.url, { waitUntil: 'domcontentloaded' });
    if (!SURFACES.has(fixture.kind)) {
      await pause(1600); // an absence cannot be polled for: the content script acts after load + idle (≤ 1 s)
      expect(await launchers(page), `${fixture.url} (${fixture.kind})`).toBe(0);
      continue;
    }
    await until(async () => (await launchers(page)) === 1, `the launcher on ${fixture.url}`);
    // Its shadow root is closed: the page (and this test) cannot reach the button; its text is checked
    // in Chromium over the DevTools protocol.
    expect(await page.evaluate(() => document.querySelector('shagym-launcher')?.shadowRoot)).toBeNull();
    // Each fixture starts a case of its own: a saved case of the same product would be offered to be
    // continued instead (one case per order), and that offer is not reachable over BiDi.
    await clearTables(store, ['cases', 'caseIndex']);
    const before = (await readRows(store, 'cases')).length;
    await page.locator('shagym-launcher').click();
    await until(
      () =>
        page.evaluate(() => document.querySelector('shagym-panel')?.getAttribute('data-state') === 'ready'),
      'panel ready',
    );
    // The frame is not reachable over BiDi: the buyer's keyboard moves to the next step, which saves
    // the draft with the prefilled facts; the draft is read back from the extension's database.
    const facts = expectedFacts(fixture);
    if (((facts.sellers as unknown[] | null)?.length ?? 0) > 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const rows = await until(async () => {
      const all = await readRows(store, 'cases');
      return all.length > before ? all : null;
    }, `the draft from ${fixture.url}`);
    const draft = rows!.sort((a, b) => (b.createdAt as number) - (a.createdAt as number))[0]!;
    const order = draft.order as Record<string, unknown>;
    for (const key of FIELDS) expect(order[key] ?? null, `${fixture.url} ${key}`).toEqual(facts[key] ?? null);
    await page.keyboard.press('Escape');
    await until(async () => page.evaluate(() => !document.querySelector('shagym-panel')), 'the panel closed');
  }
});

test('Firefox: single-page navigation moves the launcher with the page', async ({ firefox }) => {
  const page = await firefox.newPage();
  await serveKaspi(page);
  await page.goto(REAL_PRODUCTS[0]!.url, { waitUntil: 'load' });
  await until(async () => (await launchers(page)) === 1, 'the launcher');
  await page.evaluate(() => history.pushState({}, '', '/shop/c/smartphones/'));
  await until(async () => (await launchers(page)) === 0, 'the launcher gone on a category');
  await page.evaluate(() => history.pushState({}, '', '/shop/info/merchant/30352626/address-tab/'));
  await until(async () => (await launchers(page)) === 1, 'the launcher back on a merchant page');
  await pause(1500);
  expect(await launchers(page)).toBe(1);
});
