/**
 * Issue 10: a case from the launcher to its end, then deleted with nothing left. Real parts: the built
 * extension, a real kaspi.kz product page (fixture), the framed panel, the case page, the background's
 * reminders, alarms and badge.
 */
import type { Page, Worker } from '@playwright/test';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { dumpDatabase, putRows, readRows } from '../support/extension-db';
import { formatDate } from '../../utils/letters/format';
import { expect, launcher, panelFrame, test } from './fixtures';

test.describe.configure({ timeout: 180_000 });

const product = REAL_PRODUCTS[2]!; // one seller (Lux Auto): no choice to make
/** A day n days before today in Kazakhstan (UTC+5). */
const isoDaysAgo = (n: number) =>
  new Date(Date.now() + 5 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

interface ChromeInSw {
  storage: { local: { get(k: null): Promise<object> }; session: { get(k: null): Promise<object> } };
  alarms: { getAll(): Promise<{ name: string }[]> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
  action: { getBadgeText(d: object): Promise<string> };
}
// Each runs in the service worker (serialized): it names the API there itself.
const badge = (sw: Worker) =>
  sw.evaluate(() => (globalThis as unknown as { chrome: ChromeInSw }).chrome.action.getBadgeText({}));
const alarms = (sw: Worker) =>
  sw.evaluate(async () =>
    (await (globalThis as unknown as { chrome: ChromeInSw }).chrome.alarms.getAll()).map((a) => a.name),
  );
const notifications = (sw: Worker) =>
  sw.evaluate(async () =>
    Object.keys(await (globalThis as unknown as { chrome: ChromeInSw }).chrome.notifications.getAll()),
  );
const storageText = (sw: Worker) =>
  sw.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: ChromeInSw }).chrome;
    return JSON.stringify([await storage.local.get(null), await storage.session.get(null)]);
  });

async function openPanelDraft(page: Page) {
  await launcher(page).click();
  return panelFrame(page);
}

test('launcher → sent → the seller refused (with a file) → appeal → resolved → closed → deleted, nothing left', async ({
  context,
  extensionId,
  sw,
}) => {
  const page = await context.newPage();
  await page.goto(product.url);
  let panel = await openPanelDraft(page);
  await panel.locator('input[name="orderNumber"]').fill('1022135385');
  await expect(panel.getByRole('status').filter({ hasText: 'Черновик сохранён' })).toBeVisible();

  // A second launcher click on the same page continues the same case (said plainly, two choices).
  await page.reload();
  panel = await openPanelDraft(page);
  const offer = panel.locator('[data-continue]');
  await expect(offer).toContainText('По этому товару уже есть жалоба');
  await expect(offer.getByRole('button', { name: 'Начать новую жалобу' })).toBeVisible();
  await offer.getByRole('button', { name: 'Продолжить эту жалобу' }).click();
  await expect(panel.locator('input[name="orderNumber"]')).toHaveValue('1022135385');
  await expect(panel.locator('input[name="orderNumber"]')).toBeVisible();

  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  const cases = await readRows(ext, 'cases');
  expect(cases, 'one case per order: the second click made no new case').toHaveLength(1);
  const id = cases[0]!.id;
  expect(cases[0]).toMatchObject({ status: 'draft', order: { orderNumber: '1022135385' } });

  // The facts the appeal needs (entered in the panel's steps and the case page's details elsewhere).
  await putRows(ext, 'cases', [
    {
      ...cases[0],
      status: 'open',
      problem: 'poor-quality',
      remedy: 'refund',
      description: 'Коврики треснули через неделю.',
      order: { ...(cases[0]!.order as object), orderDate: isoDaysAgo(30), receivedDate: isoDaysAgo(25) },
      buyer: {
        name: 'Айгерим Нурланова',
        phone: '',
        email: '',
        address: 'г. Алматы, ул. Абая, 10',
        iin: '900101300123',
      },
      authorityRegion: 'almaty-city',
      claimDelivery: 'hand',
    },
  ]);

  const casePage = await context.newPage();
  await casePage.goto(`chrome-extension://${extensionId}/case.html?id=${id}`);
  const card = casePage.locator('[data-next-action]');
  await expect(card).toHaveAttribute('data-next-action', 'send-texts');
  await expect(card.getByRole('heading', { name: 'Что делать сейчас' })).toBeVisible();

  // "I sent it": the claim letter, 12 days ago; undone; sent again (once per channel).
  await casePage.locator('select[name="sentChannel"]').selectOption('claim-letter');
  await casePage.locator('input[name="sentDate"]').fill(isoDaysAgo(12));
  await casePage.getByRole('button', { name: 'Отметить отправку' }).click();
  const sent = casePage.locator('[data-sent="claim-letter"]');
  await expect(sent).toBeVisible();
  await expect(casePage.locator('.lifecycle')).toHaveAttribute('data-status', 'submitted');
  await sent.getByRole('button', { name: 'Отменить' }).click();
  await expect(casePage.locator('.lifecycle')).toHaveAttribute('data-status', 'open');
  await expect(casePage.locator('[data-event="claim-sent"][data-undone]')).toBeVisible();
  await casePage.getByRole('button', { name: 'Отметить отправку' }).click();
  await expect(casePage.locator('.lifecycle')).toHaveAttribute('data-status', 'submitted');
  await casePage.getByRole('button', { name: 'Отметить отправку' }).click();
  await expect(casePage.locator('[data-sent="claim-letter"]')).toHaveCount(1);

  // The seller refused, with a screenshot of the reply. The claim went 12 days ago: its 10 days are over,
  // so the page leads to the appeal and the outcome form is folded: the buyer opens it.
  await expect(casePage.locator('#lifecycle-escalate')).toHaveAttribute('open', '');
  await expect(casePage.locator('select[name="outcomeParty"]')).toBeHidden();
  await casePage.locator('#lifecycle-outcome > summary').click();
  await casePage.locator('select[name="outcomeParty"]').selectOption('seller');
  await casePage.locator('select[name="outcome"]').selectOption('refused');
  await casePage.locator('input[name="outcomeDate"]').fill(isoDaysAgo(2));
  // The day in words beside the browser's own date field (which writes 12/01/2026 in an English browser).
  await expect(casePage.locator('input[name="outcomeDate"] + [data-date-words]')).toHaveText(
    formatDate(isoDaysAgo(2), 'ru'),
  );
  await casePage.locator('textarea[name="outcomeNote"]').fill('Не признаём брак');
  await casePage.locator('input[name="outcomeFiles"]').setInputFiles({
    name: 'ответ.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]),
  });
  await casePage.getByRole('button', { name: 'Записать итог' }).click();
  const refusal = casePage.locator('[data-event="outcome"]');
  await expect(refusal).toContainText('Отказали');
  await expect(refusal).toContainText('ответ.png');
  await expect(card).toHaveAttribute('data-next-action', 'escalate');
  // The header's status says it too: refused, not "sent".
  await expect(casePage.locator('.bar .chip')).toHaveText('Отказали');

  // The appeal: its text carries the whole history; its own deadline (APPK Art. 76) follows.
  await expect(casePage.locator('[data-appeal-term="76"]')).toContainText('15 рабочих дней');
  const appeal = casePage.locator('textarea[name="appealText"]');
  await expect(appeal).toHaveValue(/Ход дела:/);
  await expect(appeal).toHaveValue(/в требовании отказано: «Не признаём брак»/);
  await casePage.locator('input[name="appealDate"]').fill(isoDaysAgo(0));
  await casePage.getByRole('button', { name: 'Я подал(а) обращение' }).click();
  await expect(card).toHaveAttribute('data-next-action', 'wait-authority');
  await expect(casePage.locator('.reminder-dates')).toContainText('Ответ на обращение в госорган', {
    timeout: 15_000,
  });

  // Resolved: refunded; then closed. Reminders stop, the badge forgets it.
  await casePage.locator('select[name="outcomeParty"]').selectOption('seller');
  await casePage.locator('select[name="outcome"]').selectOption('refunded');
  await casePage.locator('input[name="outcomeDate"]').fill(isoDaysAgo(0));
  await casePage.getByRole('button', { name: 'Записать итог' }).click();
  await expect(card).toHaveAttribute('data-next-action', 'close');
  await card.getByRole('button', { name: 'Закрыть жалобу' }).click();
  // The group it leads to stops below the sticky header (a click there reaches its button, not the header).
  expect(
    await casePage.locator('#lifecycle-close button').evaluate((b) => {
      const r = b.getBoundingClientRect();
      return b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    }),
  ).toBe(true);
  await casePage.locator('#lifecycle-close').getByRole('button', { name: 'Закрыть жалобу' }).click();
  await expect(card).toHaveAttribute('data-next-action', 'closed');
  await expect
    .poll(async () => (await readRows(casePage, 'reminders')).filter((r) => r.caseId === id).length, {
      message: 'reminders stop after close',
    })
    .toBe(0);
  await expect(casePage.locator('.reminder-dates [data-reminders="0"]')).toBeVisible();
  await expect.poll(() => badge(sw)).toBe('');
  await expect
    .poll(async () => (await notifications(sw)).filter((n) => n.includes(id)), {
      message: 'a closed case notifies nothing: what it showed is cleared',
    })
    .toEqual([]);

  // Delete: the confirmation names what goes; then nothing of the case is left anywhere.
  await casePage.getByRole('button', { name: 'Удалить жалобу' }).click();
  const confirm = casePage.getByRole('alertdialog');
  await expect(confirm).toContainText('Удалить жалобу «');
  await expect(confirm).toContainText('файлов — 1');
  await confirm.getByRole('button', { name: 'Да, удалить' }).click();
  await expect(casePage.locator('[data-deleted]')).toContainText('Жалоба удалена.');
  await expect(casePage.getByRole('button', { name: 'Вернуть жалобу' })).toBeVisible();

  await expect
    .poll(
      async () =>
        Object.entries(await dumpDatabase(ext))
          .filter(([, rows]) => rows.includes(id))
          .map(([n]) => n),
      {
        message: 'no object store holds anything of the deleted case',
      },
    )
    .toEqual([]);
  const stores = await dumpDatabase(ext);
  expect(Object.keys(stores).sort()).toEqual(
    [
      'caseIndex',
      'cases',
      'evidence',
      'evidenceBlobs',
      'evidencePreviews',
      'casePictures',
      'reminderMeta',
      'reminders',
    ].sort(),
  );
  expect(stores.evidenceBlobs).toBe('[]');
  expect(stores.evidencePreviews).toBe('[]');
  expect(stores.casePictures).toBe('[]');
  expect(await storageText(sw)).not.toContain(id);
  expect(await ext.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(id);
  await expect.poll(() => alarms(sw)).not.toContain('shagym:next');
  await expect
    .poll(async () => (await notifications(sw)).filter((n) => n.includes(id)), {
      message: 'no notification of the deleted case is left',
    })
    .toEqual([]);
});

test('"delete all my data" from the settings page reached from the popup', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(product.url);
  const panel = await openPanelDraft(page);
  await panel.locator('input[name="orderNumber"]').fill('1022135385');
  await expect(panel.getByRole('status').filter({ hasText: 'Черновик сохранён' })).toBeVisible();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.case-item')).toHaveCount(1);
  const settingsTab = context.waitForEvent('page', (p) => p.url().includes('/settings.html'));
  await popup.getByRole('button', { name: 'Настройки' }).click();
  const settings = await settingsTab;
  await settings.getByRole('button', { name: 'Удалить все мои данные' }).click();
  await expect(settings.getByRole('alertdialog')).toContainText('все жалобы (1)');
  await settings.getByRole('button', { name: 'Да, удалить всё' }).click();
  await expect(settings.locator('[data-deleted-all]')).toBeVisible();
  const dump = await dumpDatabase(settings);
  for (const [store, rows] of Object.entries(dump)) expect(rows, store).toBe('[]');
});

test('"Print" puts only the letter on paper; the case page prints as a clean case summary', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  // The print dialog itself is the browser's: here we look at what the page gives it.
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const id = '3f2b8c1e-5d4a-4b6c-9e7f-0a1b2c3d4e5f';
  const now = Date.now();
  await putRows(page, 'cases', [
    {
      id,
      schemaVersion: 1,
      order: {
        orderNumber: '612345678',
        productCode: null,
        productTitle: 'Наушники',
        productUrl: null,
        sellerName: 'Магазин',
        merchantId: null,
        price: 25000,
        orderDate: isoDaysAgo(10),
        receivedDate: isoDaysAgo(8),
      },
      problem: 'poor-quality',
      remedy: 'refund',
      description: 'Не работает левый наушник.',
      status: 'open',
      timeline: [{ id: crypto.randomUUID(), at: now, kind: 'created', date: null, channel: null, note: '' }],
      createdAt: now,
      updatedAt: now,
    },
  ]);
  await page.goto(`chrome-extension://${extensionId}/case.html?id=${id}`);
  const letter = page.locator('pre.text-out');
  await expect(letter).toContainText('612345678');
  await page.getByRole('button', { name: 'Печать' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printing', 'letter');
  await page.emulateMedia({ media: 'print' });
  await expect(letter).toBeVisible();
  await expect(page.locator('h1')).toBeHidden();
  await expect(page.locator('.disclaimer')).toBeHidden();
  await expect(page.locator('[data-next-action]')).toBeHidden();
  await expect(page.locator('.steps, .wizard-nav')).toHaveCount(0);

  // After the print: the page prints as the case summary — facts, what to do, history — no controls.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).not.toHaveAttribute('data-printing', 'letter');
  await expect(page.locator('[data-next-action]')).toBeVisible();
  await expect(page.locator('.case-timeline')).toBeVisible();
  await expect(page.locator('.facts')).toBeVisible();
  await expect(page.locator('.lifecycle')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Удалить жалобу' })).toBeHidden();
  await expect(page.locator('.case-timeline button').first()).toBeHidden();
});
