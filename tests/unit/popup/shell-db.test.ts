/**
 * The popup's first screen reads the case index with plain IndexedDB (utils/popup-shell/rows.ts
 * `readFirstScreen`): it must list what the React side (loadListing, Dexie) lists, follow every save and
 * deletion at once, draw nothing rather than something wrong (or give way at once once its extras say
 * the index no longer has one row per case), and never create a database.
 */
import { describe, expect, it } from 'vitest';
import { loadListing } from '@/entrypoints/popup/load';
import { newCase } from '@/utils/cases/create';
import { EMPTY_ORDER, caseSchema, type Case } from '@/utils/cases/schema';
import { deleteCases, saveCase } from '@/utils/cases/store';
import { countByFilter } from '@/entrypoints/popup/model';
import { filterCounts } from '@/utils/cases/filters';
import { todayInKz } from '@/utils/deadlines/time-zone';
import { ShagymDb } from '@/utils/db';
import { readFirstScreen } from '@/utils/popup-shell/rows';

const today = () => todayInKz(Date.now());
const LIMIT = 10;

async function fresh() {
  const name = `shell-${crypto.randomUUID()}`;
  const database = new ShagymDb(name);
  await database.open();
  /** The first screen; its connection closed unless its extras are to be read. */
  const read = async (thenExtras = false) => {
    const screen = await readFirstScreen(today(), LIMIT, indexedDB, name);
    if (!thenExtras) screen?.close();
    return screen;
  };
  return { name, database, read };
}

/** A case received `daysAgo` days ago (its return window ranks it), with a title. */
function received(title: string, daysAgo: number, status: Case['status'] = 'open'): Case {
  const d = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const c = newCase(
    {
      order: {
        ...EMPTY_ORDER,
        productTitle: title,
        orderNumber: String(612_000_000 + daysAgo),
        receivedDate: d,
      },
      problem: 'poor-quality',
      remedy: 'refund',
      description: '',
    },
    Date.now() - 60_000,
  );
  return caseSchema.parse({ ...c, status });
}

async function listed(database: ShagymDb) {
  const l = await loadListing(today(), database);
  return {
    ids: l.entries.slice(0, LIMIT).map((e) => e.id),
    counts: countByFilter(l.entries),
    count: l.entries.length,
  };
}

describe('readFirstScreen (plain IndexedDB) lists what loadListing (Dexie) lists', () => {
  it('the most urgent rows in the same order, with the same counts; a save or a deletion shows at once', async () => {
    const { database, read } = await fresh();
    expect(await read()).toMatchObject({ count: 0, rows: [] });
    const saved: Case[] = [];
    // Ties on purpose: several cases received on the same day rank the same.
    for (let i = 0; i < 24; i++)
      saved.push(
        (await saveCase(received(`Товар ${i}`, i % 6, i % 5 === 0 ? 'draft' : 'open'), null, database)).case,
      );
    const check = async () => {
      const screen = (await read(true))!;
      const react = await listed(database);
      expect(screen.rows.map((r) => r.id)).toEqual(react.ids);
      expect(screen.count).toBe(react.count);
      const extras = (await screen.extras())!;
      expect(extras).toMatchObject({ count: react.count, agrees: true });
      expect(filterCounts(extras.byStatus, extras.count)).toEqual(react.counts);
      return screen;
    };
    const before = await check();

    // A save: the new title and status are on the first screen of the very next open.
    const target = saved.find((c) => c.id === before.rows[2]!.id)!;
    await saveCase(
      { ...target, order: { ...target.order, productTitle: 'Новое имя' }, status: 'submitted' },
      target,
      database,
    );
    const afterSave = await check();
    expect(afterSave.rows.find((r) => r.id === target.id)).toMatchObject({
      title: 'Новое имя',
      status: 'submitted',
    });

    // A new case that ranks first, then a deletion.
    const urgent = (await saveCase(received('Срочный', 13), null, database)).case;
    expect((await check()).rows[0]!.id).toBe(urgent.id);
    await deleteCases([urgent.id], database);
    expect((await check()).rows.map((r) => r.id)).not.toContain(urgent.id);
    database.close();
  });

  it('draws nothing from an index it cannot trust', async () => {
    const { database, read } = await fresh();
    const a = (await saveCase(received('А', 1), null, database)).case;
    const b = (await saveCase(received('Б', 2), null, database)).case;
    expect((await read())!.rows).toHaveLength(2);

    // A damaged index row (not of the shape summaryOf writes): nothing, and no exception.
    const row = (await database.caseIndex.get(a.id))!;
    await database.caseIndex.put({ ...row, title: 42 } as never);
    expect(await read()).toBeNull();
    await database.caseIndex.put({ ...row, dueKind: undefined, needsRepair: undefined } as never);
    expect(await read()).toBeNull();
    await database.caseIndex.put(row);
    expect(await read()).not.toBeNull();

    // Ranked on an earlier day (a new day before the background re-ranked).
    await database.caseIndex.put({ ...row, computedOn: '2020-01-01' });
    expect(await read()).toBeNull();
    await database.caseIndex.put(row);

    // A case written behind the app's back: changed (a newer updatedAt), added, or gone.
    await database.cases.put({ ...b, status: 'resolved', updatedAt: Date.now() + 1000 });
    expect(await read()).toBeNull();
    await database.cases.put(b);
    expect(await read()).not.toBeNull();
    // …or put back to an older copy: its index row is then newer than the case.
    const bRow = (await database.caseIndex.get(b.id))!;
    await database.caseIndex.put({ ...bRow, updatedAt: b.updatedAt + 1000 });
    expect(await read()).toBeNull();
    await database.caseIndex.put(bRow);
    expect(await read()).not.toBeNull();
    // An index row left out of the popup's order (no `newestFirst`): it would be missing from the screen.
    await database.caseIndex.put({ ...bRow, newestFirst: undefined } as never);
    expect(await read()).toBeNull();
    await database.caseIndex.put({ ...bRow, newestFirst: 0 });
    expect(await read()).toBeNull();
    await database.caseIndex.put(bRow);
    expect(await read()).not.toBeNull();
    // Added or gone with an older updatedAt: drawn, and the extras, read once it is on screen, say that
    // the index no longer has one row per case (the first screen then gives way to React).
    const agrees = async () => {
      const screen = (await read(true))!;
      expect(screen.rows.length).toBeGreaterThan(0);
      return (await screen.extras())!.agrees;
    };
    expect(await agrees()).toBe(true);
    const added = { ...b, id: crypto.randomUUID(), updatedAt: b.updatedAt - 5000 };
    await database.cases.put(added);
    expect(await agrees()).toBe(false);
    await database.cases.delete(added.id);
    expect(await agrees()).toBe(true);
    await database.cases.clear();
    await database.cases.put(b);
    expect(await agrees()).toBe(false);
    await database.cases.put(a);
    expect(await agrees()).toBe(true);
    await database.caseIndex.put({ ...row, status: 'lost' } as never);
    expect(await read()).toBeNull();
    await database.caseIndex.put(row);
    await database.cases.clear();
    expect(await read()).toBeNull();
    database.close();
  });

  it('reads exactly the rows it shows, in the order React lists them, ties included', async () => {
    const { database, read } = await fresh();
    // Many ties: every case received the same day ranks the same, so the most recently updated come first.
    const many = Array.from({ length: 40 }, (_, i) =>
      received(`Товар ${i}`, i % 2, i % 3 ? 'open' : 'closed'),
    );
    const { writeCaseRows } = await import('@/utils/cases/store');
    await database.transaction('rw', database.cases, database.caseIndex, () =>
      writeCaseRows(
        many.map((c, i) => ({ ...c, updatedAt: c.updatedAt + (i % 7) * 1000 })),
        database,
      ),
    );
    const screen = (await read())!;
    expect(screen.rows).toHaveLength(LIMIT);
    expect(screen.rows.map((r) => r.id)).toEqual((await listed(database)).ids);
    await deleteCases([screen.rows[0]!.id], database);
    expect((await read())!.rows.map((r) => r.id)).toEqual((await listed(database)).ids);
    database.close();
  });

  it('creates no database when there is none', async () => {
    const name = `missing-${crypto.randomUUID()}`;
    expect(await readFirstScreen(today(), LIMIT, indexedDB, name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });
});
