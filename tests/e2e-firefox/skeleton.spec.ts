import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { dueSoon, listNotifications, readRows } from '../support/extension-db';
import { EXTENSION_BASE, expect, openExtensionPage, serveKaspi, test, until } from './fixtures';

const product = REAL_PRODUCTS[0]!; // Рашгард черный, 5 sellers

test('Firefox: launcher → panel (keyboard) → case saved → popup lists it live → reminder notification', async ({ firefox }) => {
  const popup = await openExtensionPage(firefox, '/popup.html');
  await until(() => popup.$eval('main', (m) => m.textContent?.includes('Жалоб пока нет.')), 'empty popup');

  const page = await firefox.newPage();
  await serveKaspi(page);
  await page.goto(product.url, { waitUntil: 'domcontentloaded' });
  const label = await until(
    () => page.evaluate(() => document.querySelector('shagym-launcher')?.shadowRoot?.querySelector('button')?.textContent),
    'the launcher',
  );
  expect(label).toBe('Подготовить жалобу');
  expect(await page.evaluate(() => document.querySelectorAll('shagym-launcher').length)).toBe(1);

  await page.locator('shagym-launcher >>> button').click();
  const src = await until(
    () => page.evaluate(() => document.querySelector('shagym-panel')?.shadowRoot?.querySelector('iframe')?.src),
    'the panel frame',
  );
  expect(src).toMatch(new RegExp(`^${EXTENSION_BASE}/panel\\.html#[0-9a-f-]{36}$`));
  await until(() => page.evaluate(() => document.querySelector('shagym-panel')?.getAttribute('data-state') === 'ready'), 'panel ready');

  // BiDi does not expose the moz-extension frame: drive it by keyboard, as a keyboard-only buyer would.
  // Focus starts on the seller choice; ArrowDown picks the first seller, Tab moves to the order number.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('612345678');
  await page.keyboard.press('Enter');

  const saved = await until(async () => (await readRows(popup, 'cases'))[0], 'the saved case');
  const order = saved!.order as Record<string, unknown>;
  expect(order.productTitle).toBe('Рашгард черный');
  expect(order.productCode).toBe('121207970');
  expect(order.orderNumber).toBe('612345678');
  expect(order.sellerName).toBe('ShoрKZ');
  expect(order.merchantId).toBe('30079314');

  // The popup, open all along, lists it live.
  const text = await until(() => popup.$eval('.case-item', (li) => li.textContent), 'the popup item');
  expect(text).toContain('Рашгард черный');
  expect(text).toContain('Заказ № 612345678');

  // Reminders were planned by the event page; bring one forward and let its alarm fire.
  const reminders = await until(async () => {
    const rows = await readRows(popup, 'reminders');
    return rows.length ? rows : null;
  }, 'planned reminders');
  await dueSoon(popup, reminders![0]!.id, 3000);
  const notifications = await listNotifications(popup, { timeoutMs: 20_000 });
  expect(Object.keys(notifications).some((id) => id.includes(String(saved!.id)))).toBe(true);
});
