import { expect, launcher, launcherText, panelFrame, stopServiceWorkers, test } from './fixtures';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { dueSoon, listNotifications, readRows, type ExtApi } from '../support/extension-db';

const product = REAL_PRODUCTS[0]!; // Рашгард черный, 5 sellers

test('launcher → panel → case saved → popup lists it live → reminder fires after the worker is killed → click opens the case', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText('Жалоб пока нет.')).toBeVisible();

  const page = await context.newPage();
  await page.goto(product.url);
  await expect.poll(() => launcherText(page)).toBe('Подготовить жалобу');
  await expect(page.locator('shagym-launcher')).toHaveCount(1);
  await launcher(page).click();

  const panel = await panelFrame(page);
  await expect(panel.locator('input[name="productTitle"]')).toHaveValue('Рашгард черный');
  await expect(panel.locator('input[name="productCode"]')).toHaveValue('121207970');
  await panel.locator('select[name="seller"]').selectOption({ label: 'Chursina Store — 2\u00a0810\u00a0₸' });
  await expect(panel.locator('input[name="sellerName"]')).toHaveValue('Chursina Store');
  await expect(panel.locator('input[name="merchantId"]')).toHaveValue('30352626');
  await panel.locator('input[name="orderNumber"]').fill('612345678');
  await panel.getByRole('button', { name: 'Далее' }).click();
  await panel.getByLabel('Товар ненадлежащего качества').check();
  await panel.getByRole('button', { name: 'Далее' }).click();
  await panel.getByLabel('Вернуть деньги').check();
  await panel.getByRole('button', { name: 'Далее' }).click();
  const received = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
  await panel.locator('input[name="receivedDate"]').fill(received);
  await panel.getByRole('button', { name: 'Далее' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Черновик сохранён' })).toBeVisible();

  // The popup, open all along, updates live from IndexedDB.
  const item = popup.locator('.case-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Рашгард черный');
  await expect(item).toContainText('Заказ № 612345678');
  const caseId = await item.getAttribute('data-case-id');
  expect(caseId).toMatch(/^[0-9a-f-]{36}$/);

  // The background planned reminders from the case's facts (return windows from the receipt date),
  // after its debounce of the "cases changed" announcements.
  await expect
    .poll(async () => (await readRows(popup, 'reminders')).map((r) => r.kind))
    .toContain('kaspi-return-14');

  // Bring one stage of a real reminder forward to a few seconds from now, arm the alarm, then kill the worker.
  await dueSoon(popup, `${caseId}:kaspi-return-14`, 4000);
  await stopServiceWorkers(context, popup);
  const notifications = await listNotifications(popup, { timeoutMs: 20_000 });
  const id = Object.keys(notifications).find((n) => n.includes(`${caseId}:kaspi-return-14`));
  expect(id, JSON.stringify(notifications)).toBeTruthy();

  // Clicking the notification opens the case page; the real listener runs in the restarted worker.
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const opened = context.waitForEvent('page', (p) => p.url().includes('/case.html'));
  await sw.evaluate(
    (nid) => (globalThis as unknown as { chrome: ExtApi }).chrome.notifications.onClicked.dispatch?.(nid),
    id!,
  );
  const casePage = await opened;
  expect(new URL(casePage.url()).searchParams.get('id')).toBe(caseId);
  await expect(casePage.locator('h1')).toContainText('Рашгард черный');
  await expect(casePage.locator('[data-field="orderNumber"]')).toHaveText('612345678');
});
