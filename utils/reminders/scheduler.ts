import { browser } from 'wxt/browser';
import { db, getCase, listCases, listReminders, listRemindersForCase } from '../db';
import { perCase, tryUrgencyOf, deadlinesOf } from '../cases/deadlines';
import { todayInKz } from '../deadlines';
import { reminderSchema, type Reminder, type ReminderStage } from './schema';
import { pendingStages, planReminders, snooze } from './plan';
import { showReminderNotification } from './notify';

/**
 * The background's reminder loop. Nothing is kept in memory: the state is the `reminders` table, and
 * `reconcile` is safe to run at any wake (install, browser start, alarm, message). Each stage is
 * marked notified in IndexedDB and notification ids are deterministic, so a stage never fires twice.
 */
export const NEXT_ALARM = 'shagym:next';
export const TICK_ALARM = 'shagym:tick';
/** The safety net: a periodic wake even if an exact alarm was lost. */
const TICK_MINUTES = 60;

let queue: Promise<unknown> = Promise.resolve();
/** Runs jobs one after another within this background instance (wakes can overlap). */
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/** Recomputes the reminders of the given cases from their facts and events. */
export function recomputeCases(caseIds: string[], now = Date.now()): Promise<number> {
  return serial(async () => {
    let count = 0;
    for (const caseId of caseIds) {
      const existing = await listRemindersForCase(caseId);
      const found = await getCase(caseId);
      // One case whose deadlines cannot be computed keeps its reminders as they were and never stops
      // the others (a batch after an import holds up to 1,000 cases).
      const plannedOrNull = found
        ? perCase(
            found,
            'reminders',
            () => planReminders(found, deadlinesOf(found, todayInKz(now)), existing, now),
            null,
          )
        : [];
      if (plannedOrNull === null) continue;
      // Only rows that read back: a deadline beyond the schema's window is not planned.
      const planned = plannedOrNull.filter((r) => reminderSchema.safeParse(r).success);
      const keep = new Set(planned.map((r) => r.id));
      await db.transaction('rw', db.reminders, async () => {
        await db.reminders.bulkDelete(existing.filter((r) => !keep.has(r.id)).map((r) => r.id));
        await db.reminders.bulkPut(planned);
      });
      count += planned.length;
    }
    return count;
  });
}

export interface ReminderState {
  notificationsAllowed: boolean;
  pending: number;
  overdue: number;
}

/** Notifies every stage that is due, then arms the next alarm and refreshes the badge. */
export function reconcile(now = Date.now()): Promise<ReminderState> {
  return serial(async () => {
    const allowed = await notificationsAllowed();
    const reminders = await listReminders();
    if (allowed) {
      for (const reminder of reminders) {
        const due = pendingStages(reminder, now);
        if (due.length === 0) continue;
        // Only the latest due stage is shown; earlier ones are marked so they never pop up late.
        const latest = due[due.length - 1] as ReminderStage;
        const updated = markNotified(reminder, due, now);
        await db.reminders.put(updated);
        await showReminderNotification(updated, latest);
        Object.assign(reminder, updated);
      }
    }
    await armNextAlarm(reminders, now);
    const overdue = await updateBadge(now);
    return {
      notificationsAllowed: allowed,
      pending: reminders.filter((r) => r.nextAt !== null).length,
      overdue,
    };
  });
}

function markNotified(reminder: Reminder, stages: ReminderStage[], now: number): Reminder {
  const updatedStages = reminder.stages.map((s) =>
    stages.includes(s.stage) ? { ...s, notifiedAt: now } : s,
  );
  const pendingAt = updatedStages
    .filter((s) => s.notifiedAt === null)
    .map((s) => Math.max(s.at, reminder.snoozedUntil ?? 0));
  return { ...reminder, stages: updatedStages, nextAt: pendingAt.length ? Math.min(...pendingAt) : null };
}

async function armNextAlarm(reminders: Reminder[], now: number): Promise<void> {
  const next = reminders.map((r) => r.nextAt).filter((at): at is number => at !== null);
  if (next.length) await browser.alarms.create(NEXT_ALARM, { when: Math.max(Math.min(...next), now + 1000) });
  else await browser.alarms.clear(NEXT_ALARM);
  if (!(await browser.alarms.get(TICK_ALARM))) {
    await browser.alarms.create(TICK_ALARM, { periodInMinutes: TICK_MINUTES });
  }
}

/** The toolbar badge shows how many cases are overdue. */
async function updateBadge(now: number): Promise<number> {
  const today = todayInKz(now);
  const cases = await listCases();
  // A case whose urgency cannot be computed is reported and not counted; the others still are.
  const overdue = cases.filter((c) => tryUrgencyOf(c, today)?.bucket === 'overdue').length;
  await browser.action.setBadgeText({ text: overdue ? String(overdue) : '' });
  if (overdue) await browser.action.setBadgeBackgroundColor({ color: '#c62828' });
  return overdue;
}

async function notificationsAllowed(): Promise<boolean> {
  const has = await browser.permissions.contains({ permissions: ['notifications'] });
  if (!has) return false;
  // Chrome can also be blocked at the browser level; Firefox has no getPermissionLevel.
  const api = browser.notifications as unknown as { getPermissionLevel?: () => Promise<string> };
  if (typeof api.getPermissionLevel === 'function') return (await api.getPermissionLevel()) === 'granted';
  return true;
}

/**
 * "Remind me tomorrow" from a notification button: the stage that was shown fires again after the
 * snooze, and nothing of this reminder fires before.
 */
export function snoozeReminder(
  reminderId: string,
  stage: ReminderStage,
  now = Date.now(),
): Promise<ReminderState> {
  return serial(async () => {
    const found = (await listReminders()).find((r) => r.id === reminderId);
    if (!found) return;
    const reopened = {
      ...found,
      stages: found.stages.map((s) => (s.stage === stage ? { ...s, notifiedAt: null } : s)),
    };
    await db.reminders.put(snooze(reopened, now));
  }).then(() => reconcile(now));
}
