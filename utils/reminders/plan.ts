/**
 * Reminder planning: pure functions from a case's deadlines to its Reminder rows. The scheduler
 * (scheduler.ts) stores the rows, fires due stages and marks them notified.
 *
 * One reminder per deadline kind, id `${caseId}:${kind}`, with up to three stages at 10:00 Kazakhstan
 * time: 'before' two calendar days before the due date (only when the deadline is at least two days
 * long), 'due' on the due date, 'overdue' the day after. The buyer's own reminder has 'due' only.
 */
import type { Case } from '../cases/schema';
import { deadlineLabel, addCalendarDays, daysBetween, kzDateTimeToEpoch, type Deadline } from '../deadlines';
import type { Reminder, ReminderStage } from './schema';

/** Stages fire at this hour, Kazakhstan time: working hours, when support and sellers answer. */
export const REMINDER_HOUR_KZ = 10;
/** The heads-up comes this many calendar days before the due date. */
export const BEFORE_DAYS = 2;
export const DEFAULT_SNOOZE_MS = 24 * 60 * 60 * 1000;

type Stage = Reminder['stages'][number];

export function reminderId(caseId: string, kind: string): string {
  return `${caseId}:${kind}`;
}

/** When each stage of a deadline fires. */
export function stageTimes(d: Deadline): { stage: ReminderStage; at: number }[] {
  const at = (date: string) => kzDateTimeToEpoch(date, REMINDER_HOUR_KZ, 0);
  if (d.kind === 'buyer-reminder') return [{ stage: 'due', at: at(d.dueDate) }];
  const out: { stage: ReminderStage; at: number }[] = [];
  if (daysBetween(d.startDate, d.dueDate) >= BEFORE_DAYS) {
    out.push({ stage: 'before', at: at(addCalendarDays(d.dueDate, -BEFORE_DAYS)) });
  }
  out.push({ stage: 'due', at: at(d.dueDate) }, { stage: 'overdue', at: at(addCalendarDays(d.dueDate, 1)) });
  return out;
}

/** The earliest stage not yet notified, but not before the snooze ends; null when all were notified. */
export function nextAtOf(stages: readonly Stage[], snoozedUntil: number | null): number | null {
  const pending = stages.filter((s) => s.notifiedAt === null).map((s) => Math.max(s.at, snoozedUntil ?? 0));
  return pending.length ? Math.min(...pending) : null;
}

/**
 * The reminder rows for a case, one per deadline kind (a kind listed twice counts once). Rows of
 * `existing` whose kind is no longer among the deadlines are not returned: the caller deletes them.
 *
 * Keeping state across recomputation:
 * - same due date as the existing row: each stage keeps its `notifiedAt` (a stage fires once) and
 *   the row keeps `snoozedUntil`;
 * - due date moved (or no existing row): every stage starts over and the snooze is dropped.
 *
 * A stage that is new and already in the past, while a later stage is also in the past, is marked
 * notified at `now` without firing: a buyer who saves an old case, or back-dates an event, gets one
 * notification per deadline — the latest stage that applies — not a burst of stale ones.
 */
export function planReminders(
  c: Case,
  deadlines: readonly Deadline[],
  existing: readonly Reminder[],
  now: number,
): Reminder[] {
  const previous = new Map(existing.filter((r) => r.caseId === c.id).map((r) => [r.kind, r]));
  const out: Reminder[] = [];
  for (const d of deadlines) {
    if (out.some((r) => r.kind === d.kind)) continue;
    const prev = previous.get(d.kind);
    const same = prev && prev.dueDate === d.dueDate ? prev : null;
    const planned = stageTimes(d);
    // A deadline that had already passed when its reminder is first planned (an old order saved today)
    // is shown in the case's deadline list, not announced: nothing of it fires.
    const expiredBeforeKnown = !same && planned.every((p) => p.at <= now);
    const stages: Stage[] = planned.map((p, i) => {
      const kept = same?.stages.find((s) => s.stage === p.stage);
      if (kept) return { ...p, notifiedAt: kept.notifiedAt };
      const laterAlsoPast = planned.slice(i + 1).some((q) => q.at <= now);
      return { ...p, notifiedAt: expiredBeforeKnown || (p.at <= now && laterAlsoPast) ? now : null };
    });
    const snoozedUntil = same?.snoozedUntil ?? null;
    const label = d.kind === 'buyer-reminder' && d.note ? d.note : deadlineLabel(d.kind, 'ru');
    out.push({
      id: reminderId(c.id, d.kind),
      caseId: c.id,
      kind: d.kind,
      dueDate: d.dueDate,
      stages,
      snoozedUntil,
      nextAt: nextAtOf(stages, snoozedUntil),
      label: label.slice(0, 200),
    });
  }
  return out;
}

/**
 * The stages that should fire now, earliest first: not yet notified and time reached. Nothing while
 * snoozed. The caller shows the last one and marks them all notified.
 */
export function pendingStages(r: Reminder, now: number): ReminderStage[] {
  if (r.snoozedUntil !== null && r.snoozedUntil > now) return [];
  return r.stages
    .filter((s) => s.notifiedAt === null && s.at <= now)
    .sort((a, b) => a.at - b.at)
    .map((s) => s.stage);
}

/** "Remind me tomorrow": nothing fires before now + ms; pending stages fire then. */
export function snooze(r: Reminder, now: number, ms: number = DEFAULT_SNOOZE_MS): Reminder {
  const snoozedUntil = now + ms;
  return { ...r, snoozedUntil, nextAt: nextAtOf(r.stages, snoozedUntil) };
}
