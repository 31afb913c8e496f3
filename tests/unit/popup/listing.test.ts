/**
 * The popup's list comes from the case index (entrypoints/popup/load.ts). Rows read back are untrusted:
 * a bad index row or case row is skipped and reported, never the popup; a case whose index row is
 * missing, stale or bad is listed from the case itself.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadListing, loadRows } from '@/entrypoints/popup/load';
import { newCase } from '@/utils/cases/create';
import { EMPTY_ORDER } from '@/utils/cases/schema';
import { saveCase } from '@/utils/cases/store';
import { ShagymDb } from '@/utils/db';
import { todayInKz } from '@/utils/deadlines/time-zone';

const input = (orderNumber: string, productTitle: string) =>
  ({
    order: { ...EMPTY_ORDER, orderNumber, productTitle },
    problem: 'poor-quality',
    remedy: 'refund',
    description: '',
  }) as const;

describe('loadListing', () => {
  it('lists every readable case once, whatever its index row; bad rows are skipped and reported', async () => {
    const database = new ShagymDb(`listing-${crypto.randomUUID()}`);
    await database.open();
    const today = todayInKz(Date.now());
    const now = Date.now();
    const a = (await saveCase(newCase(input('612000001', 'Рашгард'), now - 3000), null, database)).case;
    const b = (await saveCase(newCase(input('612000002', 'Пылесос'), now - 2000), null, database)).case;
    const c = (await saveCase(newCase(input('612000003', 'Чайник'), now - 1000), null, database)).case;
    const d = (await saveCase(newCase(input('612000004', 'Наушники'), now), null, database)).case;
    const e = (await saveCase(newCase(input('612000005', 'Кроссовки'), now), null, database)).case;
    const fromIndex = await loadListing(today, database);
    expect(fromIndex.bad).toBe(0);
    expect(fromIndex.entries.map((x) => x.id).sort()).toEqual([a.id, b.id, c.id, d.id, e.id].sort());

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // a: its index row is damaged; b: written behind the app's back (its index row is stale); c: its
    // case row is damaged, its updatedAt kept (its index row looks current); e: damaged, updatedAt
    // moved; an index row whose case is gone.
    await database.caseIndex.put({ ...(await database.caseIndex.get(a.id))!, rank: 'first' as never });
    await database.cases.put({ ...b, status: 'resolved', updatedAt: now + 5000 });
    await database.cases.put({ ...c, status: 'no-such-status' } as never);
    await database.cases.put({ ...e, status: 'no-such-status', updatedAt: now + 9000 } as never);
    await database.caseIndex.put({ ...(await database.caseIndex.get(d.id))!, id: crypto.randomUUID() });

    const listing = await loadListing(today, database);
    // c is listed from its index row until its row is read for the screen (below).
    expect(listing.entries.map((x) => x.id).sort()).toEqual([a.id, b.id, c.id, d.id].sort());
    expect(listing.entries.find((x) => x.id === b.id)).toMatchObject({
      status: 'resolved',
      rank: 300_000 + 99_999,
    });
    expect(listing.bad).toBe(1);
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringContaining(`caseIndex (id ${a.id})`),
      expect.stringContaining(`cases (id ${e.id})`),
    ]);

    // The rows on screen are read in full; an unreadable one is named, the others are there.
    const shown = await loadRows([b.id, c.id, a.id], today, database);
    expect(shown.rows.map((r) => r.c.id)).toEqual([b.id, a.id]);
    expect(shown.bad).toEqual([c.id]);
    warn.mockRestore();
    database.close();
  });
});
