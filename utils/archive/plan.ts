import type { Case } from '../cases/schema';
import type { Evidence } from '../evidence/schema';
import type { ArchiveEvidence } from './format';

export type SkipReason = 'already-there' | 'conflict' | 'no-case';

export interface ImportPlan {
  /** Cases the buyer does not have. */
  addCases: Case[];
  /** Cases the buyer has, in an older version (incoming updatedAt is later). */
  replaceCases: Case[];
  /** Ids of incoming cases not taken because the buyer's own is newer or equally new. */
  keptCases: string[];
  addEvidence: ArchiveEvidence[];
  /**
   * - 'already-there': the buyer has this evidence id with the same SHA-256;
   * - 'conflict': the buyer has this evidence id with another SHA-256 (the buyer's own is kept);
   * - 'no-case': its case is neither the buyer's nor among the cases added.
   */
  skippedEvidence: { id: string; reason: SkipReason }[];
}

/**
 * What importing `incoming` into `existing` should do; pure, nothing is written. Never loses the
 * buyer's data: a case is replaced only by a strictly newer version, and evidence never overwrites
 * evidence. An id that comes twice in `incoming` counts once (the newest case; the first evidence).
 */
export function planImport(
  existing: { cases: readonly Case[]; evidence: readonly Evidence[] },
  incoming: { cases: readonly Case[]; evidence: readonly ArchiveEvidence[] },
): ImportPlan {
  const ours = new Map(existing.cases.map((c) => [c.id, c]));
  const newest = new Map<string, Case>();
  for (const c of incoming.cases) {
    const before = newest.get(c.id);
    if (!before || c.updatedAt > before.updatedAt) newest.set(c.id, c);
  }

  const plan: ImportPlan = {
    addCases: [],
    replaceCases: [],
    keptCases: [],
    addEvidence: [],
    skippedEvidence: [],
  };
  for (const c of newest.values()) {
    const mine = ours.get(c.id);
    if (!mine) plan.addCases.push(c);
    else if (c.updatedAt > mine.updatedAt) plan.replaceCases.push(c);
    else plan.keptCases.push(c.id);
  }

  const caseIds = new Set([...ours.keys(), ...plan.addCases.map((c) => c.id)]);
  const hashes = new Map(existing.evidence.map((e) => [e.id, e.sha256]));
  for (const ev of incoming.evidence) {
    const { id, sha256, caseId } = ev.meta;
    const have = hashes.get(id);
    if (have !== undefined)
      plan.skippedEvidence.push({ id, reason: have === sha256 ? 'already-there' : 'conflict' });
    else if (!caseIds.has(caseId)) plan.skippedEvidence.push({ id, reason: 'no-case' });
    else {
      plan.addEvidence.push(ev);
      hashes.set(id, sha256);
    }
  }
  return plan;
}
