import type { Page } from 'puppeteer-core';
import { readRows } from '../support/extension-db';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { clickText, expect, openExtensionPage, openFramedPanel, setValue, test, until } from './fixtures';

const product = REAL_PRODUCTS[2]!; // Комплект ALPIKA черный, серый — one seller, Lux Auto, 14 900 ₸
/** A day n days before today in Kazakhstan (UTC+5), as the app counts days: not the UTC day. */
const isoDaysAgo = (n: number) =>
  new Date(Date.now() + 5 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

async function heading(page: Page): Promise<string> {
  return page.$eval('h2[data-step]', (h) => h.getAttribute('data-step') ?? '');
}
test('Firefox: a real product page through every step to a submitted case; the case page shows the texts', async ({
  firefox,
}) => {
  const page = await openFramedPanel(firefox, product.url);
  // In the framed panel (keyboard: BiDi does not reach the frame): the order number, then on.
  await page.keyboard.type('612345678');
  await page.keyboard.press('Enter');

  const store = await openExtensionPage(firefox, '/case.html');
  const draft = await until(async () => (await readRows(store, 'cases'))[0], 'the draft');
  expect(draft!.order).toMatchObject({
    orderNumber: '612345678',
    sellerName: 'Lux Auto',
    price: 14900,
    productCode: '140035645',
  });

  // The buyer continues the same case in a tab (case page → "Продолжить").
  const wizard = await openExtensionPage(firefox, `/panel.html?case=${draft!.id}`);
  await wizard.waitForSelector('input[name="orderNumber"]');
  expect(await wizard.$eval('input[name="orderNumber"]', (i) => (i as HTMLInputElement).value)).toBe(
    '612345678',
  );
  await clickText(wizard, 'Далее');
  await until(async () => (await heading(wizard)) === 'problem', 'problem step');
  await wizard.click('input[value="poor-quality"]');
  await clickText(wizard, 'Далее');
  await until(async () => (await heading(wizard)) === 'remedy', 'remedy step');
  await wizard.click('input[value="replacement"]');
  await clickText(wizard, 'Далее');
  await until(async () => (await heading(wizard)) === 'story', 'story step');
  await wizard.type('textarea[name="description"]', 'Шов на рукаве разошёлся после первой стирки.');
  await setValue(wizard, 'input[name="receivedDate"]', isoDaysAgo(4));
  await clickText(wizard, 'Далее');
  await until(async () => (await heading(wizard)) === 'proof', 'proof step');
  await wizard.click('[data-proof="photo"] input');
  await clickText(wizard, 'Далее');
  await until(async () => (await heading(wizard)) === 'texts', 'texts step');
  const support = await wizard.$eval('pre.text-out', (p) => p.textContent ?? '');
  expect(support).toContain('612345678');
  expect(support).toContain('Комплект ALPIKA черный, серый');
  expect(support).toContain('Lux Auto');
  expect(support).toContain('14\u00a0900\u00a0₸');
  await wizard.click('[data-text="claim-letter"]');
  await wizard.waitForSelector('input[name="buyerName"]');
  await wizard.type('input[name="buyerName"]', 'Ержан Сапаров');
  await wizard.type('input[name="buyerEmail"]', 'erzhan@example.kz');
  // The claim letter now needs the buyer's postal address: it is asked for, not left blank.
  await until(
    async () =>
      (await wizard.$eval('[data-missing]', (m) => m.getAttribute('data-missing')).catch(() => null)) ===
      'buyer-address',
    'the address asked for',
  );
  expect(await wizard.$('pre.text-out')).toBeNull();
  await wizard.type('input[name="buyerAddress"]', 'г. Астана, пр. Республики, д. 5, кв. 12');
  const claim = await until(
    async () => wizard.$eval('pre.text-out', (p) => p.textContent ?? '').catch(() => ''),
    'the claim letter',
  );
  expect(claim).toContain('42-4');
  expect(claim).toContain('Ержан Сапаров');
  expect(claim).toContain('пр. Республики, д. 5, кв. 12');
  await clickText(wizard, 'Далее');
  await until(async () => (await heading(wizard)) === 'channel', 'channel step');
  expect(await wizard.$eval('[data-channel="hotline"] a[href^="tel:"]', (a) => a.getAttribute('href'))).toBe(
    'tel:9999',
  );
  await wizard.select('select[name="sentChannel"]', 'hotline');
  await clickText(wizard, 'Отметить как отправленное');
  const submitted = await until(async () => {
    const row = (await readRows(store, 'cases')).find((c) => c.id === draft!.id);
    return row?.status === 'submitted' ? row : null;
  }, 'the submitted case');
  expect(submitted).toMatchObject({ problem: 'poor-quality', remedy: 'replacement', proof: ['photo'] });

  // The case page shows the texts.
  const casePage = await openExtensionPage(firefox, `/case.html?id=${draft!.id}`);
  await casePage.waitForSelector('pre.text-out');
  expect(await casePage.$eval('.chip', (c) => c.textContent)).toBe('Отправлена');
  expect(await casePage.$eval('pre.text-out', (p) => p.textContent ?? '')).toContain('612345678');
});
