import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newCase } from '@/utils/cases/create';
import { db, listReminders, putCase } from '@/utils/db';
import { kzDateTimeToEpoch } from '@/utils/deadlines';
import {
  NEXT_ALARM,
  RETRY_MS,
  TICK_ALARM,
  reconcile,
  recomputeCases,
  snoozeReminder,
} from '@/utils/reminders/scheduler';

const order = {
  orderNumber: '612345678',
  productCode: '121207970',
  productTitle: 'Рашгард черный',
  productUrl: null,
  sellerName: 'ShoрKZ',
  merchantId: '30079314',
  price: 2810,
  orderDate: '2026-11-10',
  receivedDate: '2026-11-12',
};
// Kaspi's 14-day return window from 12 Nov ends on 26 Nov 2026.
const DUE_DAY_10AM = kzDateTimeToEpoch('2026-11-26', 10, 0);

let granted = true;
beforeEach(async () => {
  fakeBrowser.reset();
  granted = true;
  // The fake browser has no permissions API: the extension asks for `notifications`, the buyer may block it.
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async () => granted) };
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ru');
  await db.delete();
  await db.open();
});

async function savedCase(overrides: Partial<Parameters<typeof newCase>[0]> = {}) {
  const c = newCase(
    { order, problem: 'poor-quality', remedy: 'refund', description: '', ...overrides },
    DUE_DAY_10AM - 20 * 86_400_000,
  );
  await putCase(c);
  return c;
}

describe('reminder scheduler', () => {
  it('plans reminders from the case facts and arms the next alarm and the periodic one', async () => {
    const c = await savedCase();
    const now = DUE_DAY_10AM - 5 * 86_400_000;
    expect(await recomputeCases([c.id], now)).toBeGreaterThan(0);
    const reminders = await listReminders();
    expect(reminders.map((r) => r.kind)).toContain('kaspi-return-14');
    const state = await reconcile(now);
    expect(state).toMatchObject({ notificationsAllowed: true, overdue: 0 });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    const next = await fakeBrowser.alarms.get(NEXT_ALARM);
    expect(next?.scheduledTime).toBe(Math.min(...reminders.map((r) => r.nextAt!)));
    expect((await fakeBrowser.alarms.get(TICK_ALARM))?.periodInMinutes).toBe(60);
  });

  it('notifies a due stage once, naming the order and what is due', async () => {
    const c = await savedCase();
    await recomputeCases([c.id], DUE_DAY_10AM - 5 * 86_400_000);
    await reconcile(DUE_DAY_10AM + 60_000);
    const shown = await fakeBrowser.notifications.getAll();
    const id = `shagym|${c.id}:kaspi-return-14|due`;
    expect(shown[id]).toMatchObject({ type: 'basic', message: expect.stringContaining('Заказ № 612345678') });
    expect((shown[id] as { title: string }).title).toMatch(/^Сегодня последний день: /);
    await fakeBrowser.notifications.clear(id);
    await reconcile(DUE_DAY_10AM + 120_000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).not.toContain(id);
  });

  it('a browser closed through several stages shows only the latest one when it wakes', async () => {
    const c = await savedCase();
    await recomputeCases([c.id], DUE_DAY_10AM - 5 * 86_400_000);
    await reconcile(DUE_DAY_10AM + 2 * 86_400_000); // before, due and overdue have all passed
    const ids = Object.keys(await fakeBrowser.notifications.getAll()).filter((n) =>
      n.includes('kaspi-return-14'),
    );
    expect(ids).toEqual([`shagym|${c.id}:kaspi-return-14|overdue`]);
  });

  it('keeps reminders pending without the notifications permission', async () => {
    granted = false;
    const c = await savedCase();
    await recomputeCases([c.id], DUE_DAY_10AM - 5 * 86_400_000);
    const state = await reconcile(DUE_DAY_10AM + 60_000);
    expect(state.notificationsAllowed).toBe(false);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    granted = true;
    await reconcile(DUE_DAY_10AM + 120_000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain(
      `shagym|${c.id}:kaspi-return-14|due`,
    );
  });

  it('snooze shows the same stage again a day later, not before', async () => {
    const c = await savedCase();
    const before = DUE_DAY_10AM - 2 * 86_400_000; // 10:00 two days before the last day
    await recomputeCases([c.id], before - 86_400_000);
    await reconcile(before + 60_000);
    const id = `shagym|${c.id}:kaspi-return-14|before`;
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain(id);
    await fakeBrowser.notifications.clear(id);
    await snoozeReminder(`${c.id}:kaspi-return-14`, 'before', before + 60_000);
    await reconcile(before + 12 * 3_600_000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).not.toContain(id);
    const snoozed = (await listReminders()).find((r) => r.kind === 'kaspi-return-14');
    expect(snoozed?.nextAt).toBe(before + 60_000 + 86_400_000);
    await reconcile(before + 60_000 + 86_400_000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain(id);
  });

  it('announces nothing for a deadline that had passed before the case was saved', async () => {
    const c = await savedCase();
    await recomputeCases([c.id], DUE_DAY_10AM + 5 * 86_400_000);
    await reconcile(DUE_DAY_10AM + 5 * 86_400_000);
    expect(
      Object.keys(await fakeBrowser.notifications.getAll()).filter((n) => n.includes('kaspi-return-14')),
    ).toEqual([]);
  });

  it('drops the reminders of a deleted or resolved case', async () => {
    const c = await savedCase();
    await recomputeCases([c.id], DUE_DAY_10AM - 5 * 86_400_000);
    await putCase({ ...c, status: 'resolved' });
    await recomputeCases([c.id], DUE_DAY_10AM - 5 * 86_400_000);
    expect(await listReminders()).toEqual([]);
    await recomputeCases([crypto.randomUUID()], DUE_DAY_10AM);
    expect(await listReminders()).toEqual([]);
  });
});

describe('reminders are marked after they are shown, each on its own (issue 13)', () => {
  type Create = (id: string, options: unknown) => Promise<string>;
  const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as unknown as Create;
  /** A fake `browser.notifications.create` (the overloads of the real one do not fit a mock). */
  const stubCreate = (impl: Create) =>
    vi
      .spyOn(fakeBrowser.notifications, 'create')
      .mockImplementation(impl as unknown as typeof fakeBrowser.notifications.create);
  const stageOf = async (caseId: string, stage: string) =>
    (await listReminders())
      .find((r) => r.id === `${caseId}:kaspi-return-14`)
      ?.stages.find((s) => s.stage === stage);

  it('a notification that fails stays pending, the next one still fires, and it fires at the next wake', async () => {
    const a = await savedCase();
    const b = await savedCase();
    await recomputeCases([a.id, b.id], DUE_DAY_10AM - 5 * 86_400_000);
    const spy = stubCreate(async (id, options) => {
      if (id.includes(a.id)) throw new Error('notification service unavailable');
      return create(id, options);
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const now = DUE_DAY_10AM + 60_000;
    await reconcile(now);
    expect(warn).toHaveBeenCalled();
    const shown = Object.keys(await fakeBrowser.notifications.getAll());
    expect(shown).toContain(`shagym|${b.id}:kaspi-return-14|due`);
    expect(shown).not.toContain(`shagym|${a.id}:kaspi-return-14|due`);
    expect((await stageOf(a.id, 'due'))?.notifiedAt).toBeNull();
    expect((await stageOf(b.id, 'due'))?.notifiedAt).toBe(now);
    // Retried at the next wake, not in a tight loop.
    expect((await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime).toBe(now + RETRY_MS);
    spy.mockRestore();
    warn.mockRestore();
    await reconcile(now + RETRY_MS);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain(
      `shagym|${a.id}:kaspi-return-14|due`,
    );
    expect((await stageOf(a.id, 'due'))?.notifiedAt).toBe(now + RETRY_MS);
  });

  it('a stage is still pending while its notification is being created (a killed background loses nothing)', async () => {
    const c = await savedCase();
    await recomputeCases([c.id], DUE_DAY_10AM - 5 * 86_400_000);
    let release: () => void = () => undefined;
    // Every notification of the run waits for this gate.
    const gate = new Promise<void>((resolve) => (release = resolve));
    const spy = stubCreate(async (id, options) => {
      await gate;
      return create(id, options);
    });
    const run = reconcile(DUE_DAY_10AM + 60_000);
    await vi.waitFor(() => expect(spy).toHaveBeenCalled());
    // The background could be stopped here: the stage being shown must still be pending in IndexedDB.
    const [, reminderId, stage] = String(spy.mock.calls[0]?.[0]).split('|');
    const pendingRow = (await listReminders()).find((r) => r.id === reminderId);
    expect(pendingRow?.stages.find((s) => s.stage === stage)?.notifiedAt).toBeNull();
    release();
    await run;
    expect((await stageOf(c.id, 'due'))?.notifiedAt).toBe(DUE_DAY_10AM + 60_000);
    const shownRow = (await listReminders()).find((r) => r.id === reminderId);
    expect(shownRow?.stages.find((s) => s.stage === stage)?.notifiedAt).toBe(DUE_DAY_10AM + 60_000);
    spy.mockRestore();
  });
});

describe('periodic recompute (issue 13)', () => {
  it('a case written straight to the database (no message) gets its reminders at the next reconcile', async () => {
    const c = await savedCase(); // putCase only, as an import whose message was lost
    expect(await listReminders()).toEqual([]);
    await reconcile(DUE_DAY_10AM - 5 * 86_400_000);
    expect((await listReminders()).map((r) => r.kind)).toContain('kaspi-return-14');
    await reconcile(DUE_DAY_10AM + 60_000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain(
      `shagym|${c.id}:kaspi-return-14|due`,
    );
  });

  it('a case changed without a message is recomputed; an unchanged one is not; a deleted one loses its reminders', async () => {
    const c = await savedCase();
    const now = DUE_DAY_10AM - 5 * 86_400_000;
    await recomputeCases([c.id], now);
    const before = (await listReminders()).find((r) => r.kind === 'kaspi-return-14');
    expect(before?.dueDate).toBe('2026-11-26');
    const computed = await db.reminderMeta.get(c.id);
    expect(computed).toMatchObject({ caseUpdatedAt: c.updatedAt, computedAt: now });
    await reconcile(now + 1000);
    expect((await db.reminderMeta.get(c.id))?.computedAt).toBe(now); // unchanged: not recomputed
    await db.cases.put({ ...c, order: { ...order, receivedDate: '2026-11-14' }, updatedAt: c.updatedAt + 1 });
    await reconcile(now + 2000);
    expect((await listReminders()).find((r) => r.kind === 'kaspi-return-14')?.dueDate).toBe('2026-11-28');
    await db.cases.delete(c.id);
    await reconcile(now + 3000);
    expect(await listReminders()).toEqual([]);
    expect(await db.reminderMeta.count()).toBe(0);
  });
});
