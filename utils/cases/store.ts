import { putCase } from '../db';
import { send } from '../messaging/client';
import { clearShell } from '../popup-shell/storage';
import type { Case, CaseInput } from './schema';

/** Writes a case (validated) and asks the background to recompute its reminders. */
export async function saveCase(value: CaseInput): Promise<Case> {
  const saved = await putCase({ ...value, updatedAt: Math.max(value.updatedAt, Date.now()) });
  // The popup's remembered first screen no longer shows every case as it is (it also checks itself).
  clearShell();
  await send('ui:cases-changed', { caseIds: [saved.id] });
  return saved;
}
