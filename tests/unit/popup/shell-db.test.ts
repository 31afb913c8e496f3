/**
 * The popup's first screen is shown only if the database still holds what it shows: the check with
 * plain IndexedDB (utils/popup-shell/show.ts) must agree with the React side's (loadListing), and must
 * never create a database.
 */
import { describe, expect, it } from 'vitest';
import { loadListing } from '@/entrypoints/popup/load';
import { todayInKz } from '@/utils/deadlines/time-zone';
import { newCase } from '@/utils/cases/create';
import { EMPTY_ORDER } from '@/utils/cases/schema';
import { ShagymDb } from '@/utils/db';
import { saveCase } from '@/utils/cases/store';
import { readCasesState } from '@/utils/popup-shell/show';

describe('readCasesState (plain IndexedDB) agrees with loadListing (Dexie)', () => {
  it('counts rows (bad rows included) and finds the newest write stamp of the case index', async () => {
    const name = `shell-${crypto.randomUUID()}`;
    const database = new ShagymDb(name);
    await database.open();
    expect(await readCasesState(indexedDB, name)).toEqual({ count: 0, last: null });
    expect((await loadListing(todayInKz(Date.now()), database)).state).toEqual({ count: 0, last: null });

    const order = { ...EMPTY_ORDER, orderNumber: '612345678', productTitle: 'Рашгард' };
    const input = { order, problem: 'poor-quality', remedy: 'refund', description: '' } as const;
    await saveCase(newCase(input, 1_790_000_000_000), null, database);
    const second = await saveCase(newCase(input, 1_790_000_500_000), null, database);
    const stamp = (await database.caseIndex.get(second.case.id))!.writtenAt;
    // Damaged rows: updatedAt a string (sorts above every number in IndexedDB), and missing.
    await database.cases.bulkPut([{ id: 'bad-1', updatedAt: 'tomorrow' } as never, { id: 'bad-2' } as never]);
    const plain = await readCasesState(indexedDB, name);
    const listed = await loadListing(todayInKz(Date.now()), database);
    expect(plain).toEqual({ count: 4, last: Math.max(stamp, second.case.updatedAt) });
    expect(listed.state).toEqual(plain);
    expect(listed.bad).toBe(2);
    // An import writes rows with their archived (older) updatedAt: the stamp still moves.
    const { writeCaseRows } = await import('@/utils/cases/store');
    await database.transaction('rw', database.cases, database.caseIndex, () =>
      writeCaseRows([{ ...second.case, updatedAt: 1_790_000_000_001 }], database),
    );
    expect((await readCasesState(indexedDB, name))!.last).toBeGreaterThan(stamp);
    database.close();
  });

  it('creates no database when there is none', async () => {
    const name = `missing-${crypto.randomUUID()}`;
    expect(await readCasesState(indexedDB, name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });
});
