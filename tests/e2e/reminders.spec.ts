/**
 * Reminders that are never missed (issue "done when"), in real Chromium with the built extension:
 * (a) a due reminder fires after the service worker was stopped, (b) a reminder that fell due while
 * the browser was closed is shown when the browser starts again on the same profile, and its click
 * opens the case, (c) "Remind me tomorrow" snoozes it for 24 hours, "Open" opens the case.
 *
 * The case is written into the extension's IndexedDB and announced with `ui:cases-changed`, so the
 * background plans the reminders itself; `dueSoon` then only moves a planned stage's time.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { rmSync } from 'node:fs';
import {
  expect,
  extensionCopy,
  launchWithExtension,
  serviceWorker,
  stopServiceWorkers,
  test,
} from './fixtures';
import { caseSchema } from '../../utils/cases/schema';
import { dueSoon, readRows, type ExtApi } from '../support/extension-db';

const DAY = 86_400_000;
const kzDate = (ms: number) => new Date(ms + 5 * 3_600_000).toISOString().slice(0, 10);

interface ChromeInSw {
  notifications: {
    getAll(): Promise<Record<string, unknown>>;
    onClicked: { dispatch(id: string): void };
    onButtonClicked: { dispatch(id: string, index: number): void };
  };
  alarms: { clearAll(): Promise<boolean>; getAll(): Promise<{ name: string; scheduledTime: number }[]> };
}
interface ReminderRow {
  id: string;
  stages: { stage: string; at: number; notifiedAt: number | null }[];
  snoozedUntil: number | null;
  nextAt: number | null;
}

/** A case received 5 days ago: Kaspi's 14-day return window is open, so a reminder is planned for it. */
function newCase(orderNumber: string) {
  const now = Date.now();
  return caseSchema.parse({
    id: crypto.randomUUID(),
    order: {
      orderNumber,
      productCode: '121207970',
      productTitle: 'Рашгард чёрный',
      productUrl: null,
      sellerName: 'Chursina Store',
      merchantId: '30352626',
      price: 2810,
      orderDate: null,
      receivedDate: kzDate(now - 5 * DAY),
    },
    problem: 'late-delivery',
    remedy: 'refund',
    status: 'open',
    timeline: [{ id: crypto.randomUUID(), at: now, kind: 'created', date: null, channel: null, note: '' }],
    createdAt: now,
    updatedAt: now,
  });
}

/** Saves a case as the app does (IndexedDB, then `ui:cases-changed`) from an extension page. */
async function saveCase(page: Page, kase: ReturnType<typeof newCase>): Promise<void> {
  await page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('cases', 'readwrite');
          tx.objectStore('cases').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    kase,
  );
  const reply = await page.evaluate(
    (id) =>
      (globalThis as unknown as { chrome: ExtApi }).chrome.runtime.sendMessage({
        type: 'ui:cases-changed',
        payload: { caseIds: [id] },
      }),
    kase.id,
  );
  expect(reply).toMatchObject({ ok: true });
}

/** An extension page to work from; popup.html creates the database on a new profile. */
async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('h1')).toBeVisible();
  return page;
}

function notificationIds(sw: Worker): Promise<string[]> {
  return sw.evaluate(async () =>
    Object.keys(await (globalThis as unknown as { chrome: ChromeInSw }).chrome.notifications.getAll()),
  );
}
async function reminder(page: Page, id: string): Promise<ReminderRow> {
  const row = (await readRows(page, 'reminders')).find((r) => r.id === id);
  if (!row) throw new Error(`no reminder ${id}`);
  return row as unknown as ReminderRow;
}

test('(a) a due reminder fires after the service worker was stopped', async ({ context, extensionId }) => {
  const page = await extensionPage(context, extensionId);
  const kase = newCase('612300001');
  await saveCase(page, kase);
  const rid = `${kase.id}:kaspi-return-14`;
  await expect.poll(async () => (await readRows(page, 'reminders')).map((r) => r.id)).toContain(rid);

  await dueSoon(page, rid, 4000);
  await stopServiceWorkers(context, page);
  // Only the alarm can wake the worker now; the notification comes from the restarted worker.
  await expect
    .poll(
      () =>
        page.evaluate(async () =>
          Object.keys(await (globalThis as unknown as { chrome: ExtApi }).chrome.notifications.getAll()),
        ),
      {
        timeout: 20_000,
      },
    )
    .toEqual([expect.stringMatching(new RegExp(`^shagym\\|${rid}\\|(before|due|overdue)$`))]);
  const stage = (await reminder(page, rid)).stages.find((s) => s.notifiedAt !== null && s.at <= Date.now());
  expect(stage, 'the fired stage is marked notified in IndexedDB').toBeTruthy();
});

test('(b) a reminder due while the browser was closed is shown when it starts again; a click opens the case', async ({
  userDataDir,
}) => {
  test.setTimeout(120_000);
  // One copy of the build for both launches: an unpacked extension's id (and so its database) follows its path.
  const extensionDir = extensionCopy();
  let context = await launchWithExtension(userDataDir, extensionDir);
  let closed = false;
  try {
    const extensionId = new URL((await serviceWorker(context)).url()).host;
    const page = await extensionPage(context, extensionId);
    const kase = newCase('612300002');
    await saveCase(page, kase);
    const rid = `${kase.id}:kaspi-return-14`;
    await expect.poll(async () => (await readRows(page, 'reminders')).map((r) => r.id)).toContain(rid);

    await dueSoon(page, rid, 8000);
    const dueAt = (await reminder(page, rid)).nextAt!;
    expect(dueAt).toBeGreaterThan(Date.now());
    // Forget the alarm too: what must show the reminder is the reconciliation when the browser starts.
    const sw = await serviceWorker(context);
    await sw.evaluate(() => (globalThis as unknown as { chrome: ChromeInSw }).chrome.alarms.clearAll());
    expect(await notificationIds(sw)).toEqual([]);
    await context.close();
    closed = true;

    // The browser stays closed past the due time.
    const wait = dueAt + 1000 - Date.now();
    expect(wait, 'closing took longer than the reminder delay').toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, wait));

    context = await launchWithExtension(userDataDir, extensionDir);
    closed = false;
    const restarted = await serviceWorker(context);
    expect(new URL(restarted.url()).host).toBe(extensionId);
    await expect
      .poll(() => notificationIds(restarted), { timeout: 20_000 })
      .toEqual([expect.stringMatching(new RegExp(`^shagym\\|${rid}\\|(before|due|overdue)$`))]);
    const [id] = await notificationIds(restarted);

    const opened = context.waitForEvent('page', (p) => p.url().includes('/case.html'));
    await restarted.evaluate(
      (nid) => (globalThis as unknown as { chrome: ChromeInSw }).chrome.notifications.onClicked.dispatch(nid),
      id!,
    );
    const casePage = await opened;
    expect(new URL(casePage.url()).searchParams.get('id')).toBe(kase.id);
    await expect(casePage.locator('h1')).toContainText('Рашгард чёрный');
    await expect.poll(() => notificationIds(restarted)).toEqual([]);
  } finally {
    if (!closed) await context.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
});

test('(c) "Remind me tomorrow" clears the notification and snoozes it for 24 hours; "Open" opens the case', async ({
  context,
  extensionId,
  sw,
}) => {
  const page = await extensionPage(context, extensionId);
  const kase = newCase('612300003');
  await saveCase(page, kase);
  const rid = `${kase.id}:kaspi-return-14`;
  await expect.poll(async () => (await readRows(page, 'reminders')).map((r) => r.id)).toContain(rid);

  await dueSoon(page, rid, 1500);
  await expect.poll(() => notificationIds(sw), { timeout: 20_000 }).toHaveLength(1);
  const [id] = await notificationIds(sw);
  const stage = id!.split('|')[2]!;
  expect((await reminder(page, rid)).stages.find((s) => s.stage === stage)?.notifiedAt).not.toBeNull();

  const clicked = Date.now();
  await sw.evaluate(
    (nid) =>
      (globalThis as unknown as { chrome: ChromeInSw }).chrome.notifications.onButtonClicked.dispatch(nid, 1),
    id!,
  );
  await expect.poll(() => notificationIds(sw)).toEqual([]);
  await expect.poll(async () => (await reminder(page, rid)).snoozedUntil).not.toBeNull();
  const snoozed = await reminder(page, rid);
  expect(snoozed.snoozedUntil! - clicked).toBeGreaterThanOrEqual(DAY - 5_000);
  expect(snoozed.snoozedUntil! - Date.now()).toBeLessThanOrEqual(DAY);
  // The stage that was shown will fire again after the snooze, and nothing fires before.
  expect(snoozed.stages.find((s) => s.stage === stage)?.notifiedAt).toBeNull();
  expect(snoozed.nextAt).toBe(snoozed.snoozedUntil);
  const alarm = (
    await sw.evaluate(() => (globalThis as unknown as { chrome: ChromeInSw }).chrome.alarms.getAll())
  ).find((a) => a.name === 'shagym:next');
  expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(snoozed.snoozedUntil!);

  // Button 0 ("Open") opens the case page.
  const opened = context.waitForEvent('page', (p) => p.url().includes('/case.html'));
  await sw.evaluate(
    (nid) =>
      (globalThis as unknown as { chrome: ChromeInSw }).chrome.notifications.onButtonClicked.dispatch(nid, 0),
    id!,
  );
  const casePage = await opened;
  expect(new URL(casePage.url()).searchParams.get('id')).toBe(kase.id);
  await expect(casePage.locator('[data-field="orderNumber"]')).toHaveText('612300003');
});
