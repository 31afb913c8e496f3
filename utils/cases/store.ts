import { db, putCase, type ShagymDb } from '../db';
import { send } from '../messaging/client';
import { clearShell } from '../popup-shell/storage';
import { mergeCase, sameValue } from './merge';
import { compactForSave, readCaseRow } from './repair';
import { caseSchema, type Case, type CaseInput } from './schema';

/** What `saveCase` wrote. */
export interface SaveResult {
  /** The case as stored now: the editor's own, or the merge with changes made elsewhere. */
  case: Case;
  /** The stored case had changed since `base` (another panel, tab or an import): the two were merged. */
  merged: boolean;
  /** Fields both sides changed differently (the editor's value was kept). */
  conflicts: string[];
}

/**
 * The one door for the UI's case writes: validates, writes and asks the background to recompute the
 * case's reminders.
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
  const result = await database.transaction('rw', database.cases, async (): Promise<SaveResult> => {
    const row = await database.cases.get(mine.id);
    const read = row === undefined ? null : readCaseRow(row);
    // An unreadable stored row is replaced, as before (the editor's case is the readable one).
    const stored = read?.ok ? read.case : null;
    const now = Date.now();
    if (!stored || (base && sameValue(stored, base))) {
      const updatedAt = Math.max(mine.updatedAt, now, stored ? stored.updatedAt + 1 : 0);
      return { case: await putCase({ ...mine, updatedAt }, database), merged: false, conflicts: [] };
    }
    // Changed since the editor loaded it (or the editor had no base: its edits win, nothing is lost).
    const { merged, conflicts } = mergeCase(base ?? stored, mine, stored, { removals: base !== null });
    const updatedAt = Math.max(merged.updatedAt, now, stored.updatedAt + 1);
    return { case: await putCase({ ...merged, updatedAt }, database), merged: true, conflicts };
  });
  // The popup's remembered first screen no longer shows every case as it is (it also checks itself).
  clearShell();
  if (database === db) await send('ui:cases-changed', { caseIds: [result.case.id] });
  return result;
}
