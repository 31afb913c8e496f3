/**
 * The one door for writes of cases: save (with its three-way merge), import, delete and "delete all my
 * data". Each writes the case rows and their index rows (utils/cases/summary.ts) in one transaction and
 * then announces which ids changed (utils/cases/changes.ts). Nothing else writes the `cases` table.
 */
import { caseFileTables, db, putCase, type CasePictureRow, type ShagymDb } from '../db';
import type { PreviewRow } from '../evidence/preview';
import { todayInKz } from '../deadlines/time-zone';
import type { Evidence } from '../evidence/schema';
import type { Reminder, ReminderMeta } from '../reminders/schema';
import { announceCasesChanged } from './changes';
import { mergeCase, sameValue } from './merge';
import { compactForSave, readCaseRow } from './repair';
import { caseSchema, type Case, type CaseInput } from './schema';
import { summaryOf } from './summary';

/** What `saveCase` wrote. */
export interface SaveResult {
  /** The case as stored now: the editor's own, or the merge with changes made elsewhere. */
  case: Case;
  /** The stored case had changed since `base` (another panel, tab or an import): the two were merged. */
  merged: boolean;
  /** Fields both sides changed differently (the editor's value was kept). */
  conflicts: string[];
}

const announceFor = (database: ShagymDb, ids: readonly string[]) =>
  database === db && ids.length ? announceCasesChanged(ids) : Promise.resolve();

/** A write stamp later than any before it (two writes in one millisecond still differ). */
async function nextWrittenAt(database: ShagymDb, now: number): Promise<number> {
  const last = await database.caseIndex.orderBy('writtenAt').last();
  return Math.max(now, (last?.writtenAt ?? 0) + 1);
}

/**
 * Writes validated cases and their index rows. Must run inside a read-write transaction that includes
 * `cases` and `caseIndex` (the callers below; applyImport in utils/archive/io.ts).
 */
export async function writeCaseRows(
  cases: readonly Case[],
  database: ShagymDb = db,
  now: number = Date.now(),
): Promise<void> {
  if (!cases.length) return;
  let writtenAt = await nextWrittenAt(database, now);
  const today = todayInKz(now);
  await database.cases.bulkPut(cases.map((c) => caseSchema.parse(c)));
  await database.caseIndex.bulkPut(cases.map((c) => summaryOf(c, today, writtenAt++)));
}

/**
 * Saves a case from an editor (panel, case page): validates, writes it with its index row, announces.
 *
 * Optimistic concurrency: `base` is the case as the editor loaded it (or as its last save returned it;
 * null for a case the editor created and never saved). Inside one read-write transaction the stored row
 * is compared with it: unchanged (or absent) → the editor's case is written; changed elsewhere → the
 * two are merged three-way (utils/cases/merge.ts: no timeline event is lost, each field keeps the
 * editor's change only where the editor made one) and the merge is written and reported, so the editor
 * adopts it.
 */
export async function saveCase(
  value: CaseInput,
  base: Case | null,
  database: ShagymDb = db,
): Promise<SaveResult> {
  const mine = caseSchema.parse(compactForSave(value));
  const result = await database.transaction(
    'rw',
    database.cases,
    database.caseIndex,
    async (): Promise<SaveResult> => {
      const row = await database.cases.get(mine.id);
      const read = row === undefined ? null : readCaseRow(row);
      // An unreadable stored row is replaced, as before (the editor's case is the readable one).
      const stored = read?.ok ? read.case : null;
      const now = Date.now();
      let out: SaveResult;
      if (!stored || (base && sameValue(stored, base))) {
        const updatedAt = Math.max(mine.updatedAt, now, stored ? stored.updatedAt + 1 : 0);
        out = { case: await putCase({ ...mine, updatedAt }, database), merged: false, conflicts: [] };
      } else {
        // Changed since the editor loaded it (or the editor had no base: its edits win, nothing is lost).
        const { merged, conflicts } = mergeCase(base ?? stored, mine, stored, { removals: base !== null });
        const updatedAt = Math.max(merged.updatedAt, now, stored.updatedAt + 1);
        out = { case: await putCase({ ...merged, updatedAt }, database), merged: true, conflicts };
      }
      const writtenAt = await nextWrittenAt(database, now);
      await database.caseIndex.put(summaryOf(out.case, todayInKz(now), writtenAt));
      return out;
    },
  );
  void announceFor(database, [result.case.id]);
  return result;
}

/** Everything a deletion took away, kept by the page for a short while so that it can be undone. */
export interface Deleted {
  cases: unknown[];
  evidence: Evidence[];
  blobs: { id: string; bytes: Blob }[];
  /** The files' previews and the product picture (issue 11). */
  previews: PreviewRow[];
  pictures: CasePictureRow[];
  reminders: Reminder[];
  reminderMeta: ReminderMeta[];
}

/** How long a deletion can be undone (the page keeps what it took away for this long). */
export const UNDO_DELETE_MS = 10_000;

/**
 * Deletes cases with everything of theirs in IndexedDB (evidence and its bytes, reminders, reminder
 * meta, index rows), in one transaction; the background then clears their notifications. Returns what
 * was removed, for `restoreDeleted`.
 */
export async function deleteCases(ids: readonly string[], database: ShagymDb = db): Promise<Deleted> {
  const tables = [...caseFileTables(database), database.reminders, database.reminderMeta];
  const removed = await database.transaction('rw', tables, async (): Promise<Deleted> => {
    const list = [...ids];
    const cases = (await database.cases.bulkGet(list)).filter((r) => r !== undefined);
    const evidence = await database.evidence.where('caseId').anyOf(list).toArray();
    const evidenceIds = evidence.map((e) => e.id);
    const blobs = (await database.evidenceBlobs.bulkGet(evidenceIds)).filter((b) => b !== undefined);
    const previews = (await database.evidencePreviews.bulkGet(evidenceIds)).filter((p) => p !== undefined);
    const pictures = (await database.casePictures.bulkGet(list)).filter((p) => p !== undefined);
    const reminders = await database.reminders.where('caseId').anyOf(list).toArray();
    const reminderMeta = (await database.reminderMeta.bulkGet(list)).filter((m) => m !== undefined);
    await database.evidenceBlobs.bulkDelete(evidenceIds);
    await database.evidencePreviews.bulkDelete(evidenceIds);
    await database.casePictures.bulkDelete(list);
    await database.evidence.bulkDelete(evidenceIds);
    await database.reminders.bulkDelete(reminders.map((r) => r.id));
    await database.reminderMeta.bulkDelete(list);
    await database.caseIndex.bulkDelete(list);
    await database.cases.bulkDelete(list);
    return { cases, evidence, blobs, previews, pictures, reminders, reminderMeta };
  });
  void announceFor(database, ids);
  return removed;
}

/** Undo of a deletion: puts back what `deleteCases` took away (cases that read back, and their files). */
export async function restoreDeleted(removed: Deleted, database: ShagymDb = db): Promise<string[]> {
  const cases = removed.cases.map((row) => readCaseRow(row)).flatMap((r) => (r.ok ? [r.case] : []));
  const ids = new Set(cases.map((c) => c.id));
  await database.transaction('rw', caseFileTables(database), async () => {
    await writeCaseRows(cases, database);
    const evidence = removed.evidence.filter((e) => ids.has(e.caseId));
    const kept = new Set(evidence.map((e) => e.id));
    await database.evidence.bulkPut(evidence);
    await database.evidenceBlobs.bulkPut(removed.blobs.filter((b) => kept.has(b.id)));
    await database.evidencePreviews.bulkPut((removed.previews ?? []).filter((p) => kept.has(p.id)));
    await database.casePictures.bulkPut((removed.pictures ?? []).filter((p) => ids.has(p.caseId)));
  });
  // Reminders are planned again by the background (the stages already shown stay shown: see plan.ts).
  void announceFor(database, [...ids]);
  return [...ids];
}

/** "Delete all my data": every table emptied; returns the ids of the cases that were there. */
export async function deleteAllCases(database: ShagymDb = db): Promise<string[]> {
  const ids = (await database.cases.toCollection().primaryKeys()) as string[];
  await database.transaction('rw', database.tables, async () => {
    await Promise.all(database.tables.map((t) => t.clear()));
  });
  void announceFor(database, ids);
  return ids;
}
