/**
 * A stored case this version cannot read (damaged, or of a shape it does not know) keeps its reminders
 * (issue 13, found by the fault suite): the background used to treat it as deleted, so the next wake
 * dropped its reminders and their "already shown" marks, and a repaired case then notified again.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newCase } from '@/utils/cases/create';
import { DB_NAME, db, putCase } from '@/utils/db';
import { kzDateTimeToEpoch } from '@/utils/deadlines';
import { reconcile } from '@/utils/reminders/scheduler';
import { compareSnapshots, snapshotDatabase } from '../../faults/db-snapshot';
import { recordTally } from '../../faults/vitest-setup';

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
const DUE_DAY_10AM = kzDateTimeToEpoch('2026-11-26', 10, 0);

beforeEach(async () => {
  fakeBrowser.reset();
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async () => true) };
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ru');
  await db.delete();
  await db.open();
});

describe('a stored case that cannot be read', () => {
  it('keeps its reminders and their notified stages; once readable again, it is recomputed from them', async () => {
    const c = newCase(
      { order, problem: 'poor-quality', remedy: 'refund', description: '' },
      DUE_DAY_10AM - 20 * 86_400_000,
    );
    await putCase(c);
    // Planned, and the first stage shown.
    await reconcile(DUE_DAY_10AM - 10 * 86_400_000);
    const firstStage = (await db.reminders.toArray()).flatMap((r) => r.stages)[0]!;
    await reconcile(firstStage.at + 1000);
    const notified = (await db.reminders.toArray()).flatMap((r) =>
      r.stages.filter((s) => s.notifiedAt !== null),
    );
    expect(notified.length).toBeGreaterThan(0);

    // The row becomes unreadable (a status this version does not know), and the background wakes.
    await db.cases.put({ ...c, status: 'archived' as never, updatedAt: c.updatedAt + 1 });
    const before = await snapshotDatabase(DB_NAME);
    await reconcile(firstStage.at + 60_000);
    const after = await snapshotDatabase(DB_NAME);
    const report = compareSnapshots(before, after, { mayChange: [] });
    recordTally({
      kind: 'hostile',
      klass: 'unreadable-rows',
      name: 'an unreadable case row at the background’s wake',
      dataLost: report.count,
      measured: true,
    });
    expect(report.lost).toEqual([]);

    // Repaired: recomputed, and what was shown is not shown again.
    await db.cases.put({ ...c, updatedAt: c.updatedAt + 2 });
    await reconcile(firstStage.at + 120_000);
    const again = (await db.reminders.toArray()).flatMap((r) =>
      r.stages.filter((s) => s.notifiedAt !== null),
    );
    expect(again.length).toBe(notified.length);
    expect(await db.reminderMeta.get(c.id)).toMatchObject({ caseUpdatedAt: c.updatedAt + 2 });
  });
});
