import type { Page } from 'puppeteer-core';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { dueSoon, listNotifications, readRows } from '../support/extension-db';
import { popupStyles } from '../support/popup-styles';
import { clickNotification, expect, openExtensionPage, serveKaspi, test, until } from './fixtures';

const product = REAL_PRODUCTS[0]!; // Рашгард черный, 5 sellers
const day = (offset: number) => {
  const d = new Date(Date.now() + offset * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
};

async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '');
}

test('Firefox: launcher → panel (keyboard) → case saved → popup lists it live → paste from the app → reminder notification → click opens the case', async ({
  firefox,
}) => {
  const popup = await openExtensionPage(firefox, '/popup.html');
  await until(async () => (await textOf(popup, 'main')).includes('Жалоб пока нет.'), 'empty popup');

  const page = await firefox.newPage();
  await serveKaspi(page);
  await page.goto(product.url, { waitUntil: 'domcontentloaded' });
  await until(() => page.evaluate(() => !!document.querySelector('shagym-launcher')), 'the launcher');
  // Closed shadow roots: the page reaches neither the button nor the frame (nor its URL with the token).
  expect(await page.evaluate(() => document.querySelector('shagym-launcher')?.shadowRoot)).toBeNull();
  expect(await page.evaluate(() => document.querySelectorAll('shagym-launcher').length)).toBe(1);

  await page.locator('shagym-launcher').click();
  await until(() => page.evaluate(() => !!document.querySelector('shagym-panel')), 'the panel');
  expect(await page.evaluate(() => document.querySelector('shagym-panel')?.shadowRoot)).toBeNull();
  await until(
    () => page.evaluate(() => document.querySelector('shagym-panel')?.getAttribute('data-state') === 'ready'),
    'panel ready',
  );

  // BiDi does not expose the moz-extension frame: drive it by keyboard, as a keyboard-only buyer would.
  // Focus starts on the seller choice; ArrowDown picks the first seller, Tab moves to the order number,
  // Enter goes to the next step, which saves the draft.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('612345678');
  await page.keyboard.press('Enter');

  const saved = await until(async () => (await readRows(popup, 'cases'))[0], 'the saved case');
  const order = saved!.order as Record<string, unknown>;
  expect(order).toMatchObject({
    productTitle: 'Рашгард черный',
    productCode: '121207970',
    orderNumber: '612345678',
    sellerName: 'ShoрKZ',
    merchantId: '30079314',
    price: 2810,
  });

  // The popup, open all along, lists it live.
  const item = await until(
    async () => ((await textOf(popup, 'main')).includes('Рашгард черный') ? textOf(popup, '.case-item') : ''),
    'the popup item',
  );
  expect(item).toContain('Заказ № 612345678');

  // The popup remembers the frame of its first screen; the next popup draws the case index's rows in it
  // before React (utils/popup-shell), then React takes over with the same row.
  await until(
    () => popup.evaluate(() => localStorage.getItem('shagym.popup.shell') !== null),
    'the remembered first screen',
  );
  const again = await openExtensionPage(firefox, '/popup.html');
  const from = await until(
    () =>
      again.evaluate(
        () =>
          (performance.getEntriesByName('shagym:popup-rendered')[0] as PerformanceMark | undefined)
            ?.detail as { from?: string; cases: number } | undefined,
      ),
    'the render mark of the second popup',
  );
  expect(from).toEqual({ from: 'index', cases: 1 });
  await until(() => again.evaluate(() => document.getElementById('shell') === null), 'React taking over');
  expect(await textOf(again, '.case-item')).toBe(item);
  // Styled by the style sheets popup.html carries (build/popup-later-tags.ts), adopted: none is loaded.
  expect(await again.evaluate(popupStyles)).toEqual({
    adopted: 2,
    loaded: ['main'],
    accent: '#b3261e',
    header: 'sticky',
  });
  await again.close();

  // "New complaint from the app": the popup opens the panel as a tab; the buyer pastes the order details.
  await popup.locator('button.btn--primary').click();
  // BiDi reports a tab the extension opened as about:blank: ask each page where it really is.
  const appPanel = await until(async () => {
    for (const p of await firefox.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.includes('/panel.html?from=app')) return p;
    }
    return null;
  }, 'the panel tab opened from the popup').then((p) => p!);
  await appPanel.waitForSelector('textarea[name="pasted"]');
  await appPanel.type(
    'textarea[name="pasted"]',
    `Заказ № 1022135385\nДата заказа: ${day(-10)}\nВыдан ${day(-5)}\nПродавец: Chursina Store\nСумма: 2 810 ₸`,
  );
  await appPanel.locator('button ::-p-text(Заполнить поля)').click();
  await until(
    () => appPanel.$eval('input[name="orderNumber"]', (i) => (i as HTMLInputElement).value === '1022135385'),
    'pasted order number',
  );
  expect(await appPanel.$eval('input[name="sellerName"]', (i) => (i as HTMLInputElement).value)).toBe(
    'Chursina Store',
  );
  await appPanel.locator('button ::-p-text(Далее)').click();

  const cases = await openExtensionPage(firefox, '/case.html');
  const appCase = await until(
    async () =>
      (await readRows(cases, 'cases')).find(
        (c) => (c.order as { orderNumber?: string }).orderNumber === '1022135385',
      ),
    'the pasted case',
  ).then((c) => c!);
  expect(appCase.order).toMatchObject({
    receivedDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    price: 2810,
  });

  // Reminders were planned by the event page from the receipt date; bring one forward and let its alarm fire.
  const reminderId = `${appCase.id}:kaspi-return-14`;
  await until(
    async () => (await readRows(cases, 'reminders')).some((r) => r.id === reminderId),
    'planned reminders',
  );
  await dueSoon(cases, reminderId, 3000);
  const notifications = await listNotifications(cases, { timeoutMs: 20_000 });
  // The receipt was 5 days ago, so the 14-day window's first stage is "before"; it names the order.
  const shown = notifications[`shagym|${reminderId}|before`] as
    { title: string; message: string } | undefined;
  expect(shown?.title).toMatch(/^Через 2 дня: Возврат через Kaspi/);
  expect(shown?.message).toContain('Заказ № 1022135385');

  // A click on the notification opens the case page.
  await clickNotification(firefox, 'Через 2 дня');
  const casePage = await until(async () => {
    for (const p of await firefox.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.endsWith(`/case.html?id=${appCase.id}`)) return p;
    }
    return null;
  }, 'the case page opened by the click');
  await casePage!.waitForSelector('[data-field="orderNumber"]');
  expect(await casePage!.$eval('[data-field="orderNumber"]', (d) => d.textContent)).toBe('1022135385');
});
