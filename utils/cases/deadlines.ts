import { AWAITED_ANSWER_KINDS, computeDeadlines, urgency, type Deadline, type Urgency } from '../deadlines';
import type { Case } from './schema';

/** A case's deadlines, with the options the case itself carries (support variant, buyer's reminder). */
export function deadlinesOf(c: Case, today: string): Deadline[] {
  return computeDeadlines(c, { today, supportVariant: c.supportVariant, buyerReminder: c.buyerReminder });
}

/** How urgent a case is, for sorting and the badge. */
export function urgencyOf(c: Case, today: string): Urgency {
  return urgency(c, today, { supportVariant: c.supportVariant, buyerReminder: c.buyerReminder });
}

/** A case whose computation failed: reported, and skipped by whatever was computing over many cases. */
export function reportCaseError(caseId: unknown, where: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.warn(`[shagym] case ${String(caseId)} needs repair (${where}): ${message}`);
}

/**
 * Runs one case's computation for a list, an export or the badge: a case that throws is reported and
 * gives `fallback`, so one bad case never takes the others down.
 */
export function perCase<T, F>(c: { id: unknown }, where: string, compute: () => T, fallback: F): T | F {
  try {
    return compute();
  } catch (error) {
    reportCaseError(c.id, where, error);
    return fallback;
  }
}

/** The case's deadlines, or null when they cannot be computed (the case needs repair). */
export function tryDeadlinesOf(c: Case, today: string): Deadline[] | null {
  return perCase(c, 'deadlines', () => deadlinesOf(c, today), null);
}

/** The case's urgency, or null when it cannot be computed (the case needs repair). */
export function tryUrgencyOf(c: Case, today: string): Urgency | null {
  return perCase(c, 'urgency', () => urgencyOf(c, today), null);
}

/**
 * The deadline behind the case's urgency: the late answer for an overdue case, else the next one
 * not yet passed; null for closed cases and cases with nothing ahead. What a list row shows (the popup's
 * rows, the case index's `dueKind`).
 */
export function urgentDeadline(c: Case, u: Urgency, today: string): Deadline | null {
  if (u.nextDue === null) return null;
  return (
    (tryDeadlinesOf(c, today) ?? []).find(
      (d) =>
        d.dueDate === u.nextDue &&
        (u.bucket === 'overdue'
          ? d.status === 'overdue' && AWAITED_ANSWER_KINDS.includes(d.kind)
          : d.status !== 'overdue'),
    ) ?? null
  );
}
