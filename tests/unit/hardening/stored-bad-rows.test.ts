import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newCase } from '@/utils/cases/create';
import { markSent } from '@/utils/cases/lifecycle';
import { caseSchema } from '@/utils/cases/schema';
import { caseRepairs } from '@/utils/cases/repair';
import { db, getCase, listCases, listReminders, putCase } from '@/utils/db';
import { exportArchive } from '@/utils/archive/io';
import { reconcile, recomputeCases } from '@/utils/reminders/scheduler';
import { loadListing, loadRows } from '@/entrypoints/popup/load';

/**
 * Issue 13, item 1: a row saved before dates were bounded (orderDate '0025-11-14' already in IndexedDB)
 * must not take down the popup list, the badge, the reminders or "export all".
 */
const NOW = Date.UTC(2026, 10, 30, 6, 0);
const order = {
  orderNumber: '612345678',
  productCode: null,
  productTitle: 'Наушники',
  productUrl: null,
  sellerName: 'Магазин',
  merchantId: null,
  price: 25_000,
  orderDate: '2026-11-10',
  receivedDate: '2026-11-12',
};

beforeEach(async () => {
  fakeBrowser.reset();
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async () => false) };
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ru');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await db.delete();
  await db.open();
});

/** A good case that is overdue: a support request sent long ago, never answered. */
async function overdueCase() {
  const c = markSent(
    caseSchema.parse(
      newCase({ order, problem: 'poor-quality', remedy: 'refund', description: '' }, NOW - 40 * 86_400_000),
    ),
    'app',
    '2026-11-01',
    NOW - 29 * 86_400_000,
  );
  await putCase(c);
  return c;
}

/** A row written by the old schema, straight into the table: a two-digit year typed in a date field. */
async function typoRow() {
  const c = newCase(
    {
      order: { ...order, orderNumber: '612345679', orderDate: '0025-11-14' },
      problem: null,
      remedy: null,
      description: '',
    },
    NOW - 86_400_000,
  );
  const timeline = [{ ...c.timeline[0]!, date: '0025-11-14' }];
  await db.cases.put({ ...c, timeline, buyerReminder: { date: '9999-12-31', note: 'x' } } as never);
  return c;
}

describe('a stored case with an out-of-range date', () => {
  it('is read back repaired (the date cleared) and flagged with what was cleared', async () => {
    const bad = await typoRow();
    const back = await getCase(bad.id);
    expect(back?.order.orderDate).toBeNull();
    expect(back?.order.receivedDate).toBe('2026-11-12');
    expect(back?.buyerReminder).toBeNull();
    expect(back?.timeline[0]?.date).toBeNull();
    expect(caseRepairs(back!).map((r) => r.path)).toEqual([
      'order.orderDate',
      'buyerReminder.date',
      'timeline.0.date',
    ]);
    // Saving it through the normal path writes the repair.
    await putCase(back!);
    expect((await db.cases.get(bad.id))?.order.orderDate).toBeNull();
  });

  it('does not take down the popup list', async () => {
    const good = await overdueCase();
    const bad = await typoRow();
    const { entries, bad: skipped } = await loadListing('2026-11-30');
    expect(skipped).toBe(0);
    const { rows: ranked, bad: unreadable } = await loadRows(
      entries.map((e) => e.id),
      '2026-11-30',
    );
    expect(unreadable).toEqual([]);
    expect(ranked.map((r) => r.c.id).sort()).toEqual([good.id, bad.id].sort());
    expect(ranked.find((r) => r.c.id === bad.id)?.needsRepair).toBe(true);
    expect(ranked.find((r) => r.c.id === good.id)?.u.bucket).toBe('overdue');
  });

  it('does not take down the badge or the reminders of the other cases', async () => {
    const good = await overdueCase();
    const bad = await typoRow();
    await recomputeCases([bad.id, good.id], NOW);
    expect((await listReminders()).some((r) => r.caseId === good.id)).toBe(true);
    const state = await reconcile(NOW);
    expect(state.overdue).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('does not take down "export all"', async () => {
    const good = await overdueCase();
    const bad = await typoRow();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Shagym',
      version: '0.1.0',
    });
    const out = await exportArchive('all', 'ru', NOW);
    const names = Object.keys(unzipSync(new Uint8Array(await out.blob.arrayBuffer()))).filter((n) =>
      n.endsWith('/case.json'),
    );
    expect(names).toHaveLength(2);
    const all = await listCases();
    expect(all.map((c) => c.id).sort()).toEqual([good.id, bad.id].sort());
  });
});
