import { REAL_PRODUCTS, allFixturePages, expectedFacts } from '../support/kaspi-fixtures';
import { expect, inClosedShadow, launcher, launcherText, panelFrame, test } from './fixtures';

const SURFACES = new Set(['product', 'merchant', 'order']);

/** Negative checks cannot poll for an absence: give the content script (document_idle) time to run. */
async function settled(page: import('@playwright/test').Page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1600); // the content script acts after load + an idle moment (≤ 1 s)
}

test('each fixture at its real kaspi.kz URL: the launcher exactly where it belongs, the panel prefilled', async ({
  context,
}) => {
  const page = await context.newPage();
  const pages = allFixturePages();
  expect(pages.length).toBeGreaterThanOrEqual(18);
  for (const fixture of pages) {
    await page.goto(fixture.url);
    if (!SURFACES.has(fixture.kind)) {
      await settled(page);
      await expect(page.locator('shagym-launcher'), `${fixture.url} (${fixture.kind})`).toHaveCount(0);
      continue;
    }
    await expect.poll(() => launcherText(page), { message: fixture.url }).toBe('Подготовить жалобу');
    await expect(page.locator('shagym-launcher')).toHaveCount(1);
    await launcher(page).click();
    const panel = await panelFrame(page);
    const facts = expectedFacts(fixture);
    // Fields the page gives are prefilled exactly; on multi-seller product pages the seller is chosen by the buyer.
    for (const key of ['orderNumber', 'productTitle', 'productCode', 'sellerName', 'merchantId'] as const) {
      const value = facts[key];
      await expect(panel.locator(`input[name="${key}"]`), `${fixture.url} ${key}`).toHaveValue(
        value == null ? '' : String(value),
      );
    }
    if (facts.price != null)
      await expect(panel.locator('input[name="price"]')).toHaveValue(String(facts.price));
    const sellers = facts.sellers as unknown[] | null;
    if (sellers && sellers.length > 1)
      await expect(panel.locator('select[name="seller"] option')).toHaveCount(sellers.length + 1);
  }
});

test('single-page navigation: the launcher follows, never twice, and leaves pages where it does not belong', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(REAL_PRODUCTS[0]!.url);
  await expect(launcher(page)).toBeVisible();
  const count = page.locator('shagym-launcher');
  // kaspi.kz moves between pages with history.pushState.
  await page.evaluate(() => history.pushState({}, '', '/shop/c/smartphones/'));
  await expect(count).toHaveCount(0);
  await page.evaluate(() =>
    history.pushState({}, '', '/shop/p/komplekt-alpika-102492502-chernyi-52-102529963/'),
  );
  await expect(count).toHaveCount(1);
  await page.evaluate(() => history.pushState({}, '', '/shop/info/merchant/30352626/address-tab/'));
  await page.waitForTimeout(1500); // two location checks
  await expect(count).toHaveCount(1);
  // The panel closes when the buyer navigates away from a complaint surface.
  await launcher(page).click();
  await expect(page.locator('shagym-panel')).toHaveCount(1);
  await page.evaluate(() => history.pushState({}, '', '/shop/search/?text=phone'));
  await expect(page.locator('shagym-panel')).toHaveCount(0);
  await expect(count).toHaveCount(0);
  // An order page whose content renders after the navigation is recognised once it appears.
  await page.evaluate(() => {
    history.pushState({}, '', '/shop/order/612345678/');
    setTimeout(() => {
      const p = document.createElement('p');
      p.textContent = 'Заказ № 612345678 от 10.11.2025';
      document.body.append(p);
    }, 1200);
  });
  await expect(count).toHaveCount(1, { timeout: 6000 });
  await launcher(page).click();
  await expect((await panelFrame(page)).locator('input[name="orderNumber"]')).toHaveValue('612345678');
});

test('hostile page text is shown literally and never runs', async ({ context }) => {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const hostile = allFixturePages().find((p) => p.file.endsWith('hostile-product.html'))!;
  await page.goto(hostile.url);
  await launcher(page).click();
  const panel = await panelFrame(page);
  await expect(panel.locator('input[name="productTitle"]')).toHaveValue(
    'Футболка <script>alert(1)</script> черная',
  );
  await panel.locator('select[name="seller"]').selectOption({ index: 1 });
  await expect(panel.locator('input[name="sellerName"]')).toHaveValue('<img src=x onerror=alert(1)>[31m');
  await panel.locator('input[name="orderNumber"]').fill('612345678');
  await panel.getByRole('button', { name: 'Далее' }).click();
  await panel.getByLabel('Товар ненадлежащего качества').check();
  for (let i = 0; i < 4; i++) await panel.getByRole('button', { name: 'Далее' }).click();
  const out = panel.locator('pre.text-out');
  await expect(out).toContainText('Футболка <script>alert(1)</script> черная');
  await expect(out).toContainText('<img src=x onerror=alert(1)>');
  // No element was created from the text: the panel holds no img or script from the page.
  expect(await panel.locator('img, pre script').count()).toBe(0);
  // The fixture's own markup has a real <img onerror=alert(2)>: that one is the page's. Nothing the
  // extension shows may run the payloads it displays (alert(1)).
  expect(dialogs.filter((m) => m !== '2')).toEqual([]);
});

test('no CSS leaks: kaspi.kz styles cannot hide or restyle the launcher or the panel, and ours stay out of the page', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(REAL_PRODUCTS[0]!.url);
  await expect(launcher(page)).toBeVisible();
  await page.addStyleTag({
    content: `body * { display: none !important; opacity: 0 !important; font-size: 40px !important; color: red !important; }
      button { background: lime !important; } iframe { width: 1px !important; }`,
  });
  await expect(launcher(page)).toBeVisible();
  const style = await inClosedShadow(
    page,
    'shagym-launcher',
    'button',
    `function () {
      const cs = getComputedStyle(this);
      return { fontSize: cs.fontSize, background: cs.backgroundColor, color: cs.color };
    }`,
  );
  // The launcher's own look (launcher.ts: the design system's accent, 15 px), whatever the page says.
  expect(style).toEqual({ fontSize: '15px', background: 'rgb(179, 38, 30)', color: 'rgb(255, 255, 255)' });
  await launcher(page).click();
  const box = await page.locator('shagym-panel').boundingBox();
  expect(box?.width).toBe(440);
  // The panel's title in its own size (--text-lg), not the page's.
  await expect((await panelFrame(page)).locator('h1')).toHaveCSS('font-size', '17px');
  // Nothing of ours in the page's own styles.
  const ours = await page.evaluate(
    () =>
      [...document.querySelectorAll('style, link[rel="stylesheet"]')].filter((s) =>
        /launcher|shagym/i.test(s.textContent ?? ''),
      ).length,
  );
  expect(ours).toBe(0);
});
