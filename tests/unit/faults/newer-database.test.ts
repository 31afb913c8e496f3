/**
 * A database written by a newer Shagym (issue 13): this version refuses to open it (so the UI can say
 * so) and changes nothing in it: no row, no table, no index, not its version. Dexie alone opens it
 * anyway, and where the newer schema lacks one of our indexes, adds it and raises the version.
 */
import { describe, expect, it } from 'vitest';
import { ShagymDb, databaseProblem, listCases, storageProblem } from '@/utils/db';
import { saveCase } from '@/utils/cases/store';
import { compareSnapshots, snapshotDatabase } from '../../faults/db-snapshot';
import { SEEDS, createDatabaseAt, declaredVersions } from '../../faults/schema-history';
import { recordTally } from '../../faults/vitest-setup';
import { makeCase } from '../deadlines/case-fixture';

const declared = declaredVersions(new ShagymDb('shagym-versions-only'));
const current = declared[declared.length - 1]!;

/** A newer version's database: our tables (one index gone), one more table, and rows of a newer shape. */
async function newerDatabase(name: string, dropIndex: boolean): Promise<void> {
  const stores: Record<string, string> = { ...current.stores, future: 'id' };
  if (dropIndex) stores.cases = stores.cases!.replace(', status', '');
  const seed = SEEDS[3]!().rows;
  const newerCase = { ...seed.cases![0]!, id: crypto.randomUUID(), status: 'archived', labels: ['x'] };
  await createDatabaseAt({
    name,
    nativeVersion: Math.round(current.version * 10) + 10,
    stores,
    rows: { ...seed, cases: [...seed.cases!, newerCase], future: [{ id: 'f1', anything: true }] },
  });
}

describe('a database written by a newer version', () => {
  for (const dropIndex of [false, true]) {
    it(`is not opened, and nothing in it changes${dropIndex ? ' (one of our indexes gone in it)' : ''}`, async () => {
      const name = `shagym-newer-${crypto.randomUUID()}`;
      await newerDatabase(name, dropIndex);
      const before = await snapshotDatabase(name);

      const db = new ShagymDb(name);
      expect(await databaseProblem(db)).toBe('newer-database');
      const read = await listCases(db).catch((e: unknown) => e);
      expect(storageProblem(read)).toBe('newer-database');
      const c = makeCase({});
      const saved = await saveCase(c, null, db).catch((e: unknown) => e);
      expect(storageProblem(saved)).toBe('newer-database');
      db.close();

      const after = await snapshotDatabase(name);
      const report = compareSnapshots(before, after);
      recordTally({
        kind: 'fault',
        klass: 'newer-database',
        name: `newer database${dropIndex ? ' without one of our indexes' : ''}`,
        dataLost: report.count + (after?.version === before?.version ? 0 : 1),
        measured: true,
      });
      expect(after?.version).toBe(before?.version);
      expect(Object.keys(after!.tables).sort()).toEqual(Object.keys(before!.tables).sort());
      expect(report.count).toBe(0);
    });
  }

  it('storageProblem sees through Dexie wrappers, and knows nothing else', () => {
    expect(storageProblem({ name: 'DatabaseClosedError', inner: { name: 'VersionError' } })).toBe(
      'newer-database',
    );
    expect(storageProblem({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('no-space');
    expect(storageProblem(new DOMException('full', 'QuotaExceededError'))).toBe('no-space');
    expect(storageProblem(new Error('x'))).toBeNull();
    expect(storageProblem(null)).toBeNull();
  });
});
