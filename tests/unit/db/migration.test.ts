import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ShagymDb, listCases, listReminders } from '@/utils/db';
import { makeCase } from '../deadlines/case-fixture';

/** A database as version 1 of Shagym wrote it (same tables, rows of that time). */
async function writeV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    cases: 'id, updatedAt, status, order.orderNumber',
    evidence: 'id, caseId, capturedAt',
    evidenceBlobs: 'id',
    reminders: 'id, caseId, nextAt',
  });
  const c = makeCase({ orderDate: '2026-03-02', receivedDate: '2026-03-05' });
  // A v1 row: none of the fields added since (sellerBin, warrantyUntil, returnException, …).
  const {
    sellerBin,
    warrantyUntil,
    returnException,
    claimDelivery,
    claimReceivedDate,
    authorityRegion,
    ...v1Case
  } = c;
  void [sellerBin, warrantyUntil, returnException, claimDelivery, claimReceivedDate, authorityRegion];
  await v1.table('cases').put({ ...v1Case, buyer: { name: 'А', phone: '', email: '', address: '' } });
  const reminder = (kind: string, dueDate: string) => ({
    id: `${c.id}:${kind}`,
    caseId: c.id,
    kind,
    dueDate,
    stages: [{ stage: 'due', at: Date.UTC(2026, 4, 31, 5), notifiedAt: null }],
    snoozedUntil: null,
    nextAt: Date.UTC(2026, 4, 31, 5),
    label: kind,
  });
  await v1
    .table('reminders')
    .bulkPut([reminder('card-refund-90', '2026-05-31'), reminder('kaspi-return-14', '2026-03-19')]);
  v1.close();
}

describe('upgrading a version-1 database (issue 9)', () => {
  it('drops every "card refund, 90 days" reminder and keeps the cases and the other reminders', async () => {
    const name = `shagym-migration-${crypto.randomUUID()}`;
    await writeV1(name);
    const db = new ShagymDb(name);
    const raw = await db.reminders.toArray();
    expect(raw.map((r) => r.kind)).toEqual(['kaspi-return-14']);
    expect((await listReminders(db)).map((r) => r.kind)).toEqual(['kaspi-return-14']);
    const [c, ...more] = await listCases(db);
    expect(more).toEqual([]);
    // New fields come with their defaults.
    expect(c).toMatchObject({
      sellerBin: '',
      warrantyUntil: null,
      returnException: null,
      buyer: { iin: '' },
    });
    // v3 (issue 13) adds the per-case "reminders computed" table, empty: every case is recomputed once.
    // v5 (issue 11) adds previews and product pictures, empty, and the [caseId+sha256] index.
    // v6 (issue 10) indexes the case index by day and status, v7 by updatedAt, v8 in the popup's order.
    expect(db.verno).toBe(8);
    expect(await db.evidencePreviews.count()).toBe(0);
    expect(await db.reminderMeta.count()).toBe(0);
    // v4 (issue 10) builds the case index from the rows there are: one summary per readable case.
    const [summary, ...others] = await db.caseIndex.toArray();
    expect(others).toEqual([]);
    expect(summary).toMatchObject({ id: c!.id, status: c!.status, orderNumber: c!.order.orderNumber });
    expect(summary!.rank).toBeGreaterThanOrEqual(0);
    // …and v8 puts it in the popup's order (newestFirst is -updatedAt).
    expect(summary!.newestFirst).toBe(-summary!.updatedAt);
    expect(await db.caseIndex.where('[rank+newestFirst+id]').above([-Infinity]).primaryKeys()).toEqual([
      c!.id,
    ]);
    db.close();
  });

  it('a retired kind that slips in later never parses as a reminder, so it never fires', async () => {
    const db = new ShagymDb(`shagym-migration-${crypto.randomUUID()}`);
    const c = makeCase({});
    await db.reminders.put({
      id: `${c.id}:card-refund-90`,
      caseId: c.id,
      kind: 'card-refund-90' as never,
      dueDate: '2026-05-31',
      stages: [{ stage: 'due', at: Date.UTC(2026, 4, 31, 5), notifiedAt: null }],
      snoozedUntil: null,
      nextAt: Date.UTC(2026, 4, 31, 5),
      label: '',
    });
    expect(await listReminders(db)).toEqual([]);
    db.close();
  });
});
