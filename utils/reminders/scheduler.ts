import { browser } from 'wxt/browser';
import { db, listCases, listReminderMeta, listReminders, listRemindersForCase, parseCaseRows } from '../db';
import type { Case } from '../cases/schema';
import { perCase, deadlinesOf } from '../cases/deadlines';
import { isCurrentSummary, summaryOf, type CaseSummary } from '../cases/summary';
import { readCaseRow } from '../cases/repair';
import { todayInKz } from '../deadlines';
import { reminderSchema, type Reminder, type ReminderStage } from './schema';
import { pendingStages, planReminders, snooze } from './plan';
import { parseNotificationId, showReminderNotification } from './notify';

/**
 * The background's reminder loop. Nothing is kept in memory: the state is the `reminders` and
 * `reminderMeta` tables, and `reconcile` is safe to run at any wake (install, browser start, alarm,
 * message).
 *
 * A stage is marked notified only after its notification was created. Each reminder stands alone: one
 * whose notification fails is logged and stays pending (retried at the next wake, not before
 * RETRY_MS), and the others of the run still fire. A background stopped between showing a notification
 * and marking it leaves the stage pending: it is shown once more at the next wake, under the same
 * deterministic notification id (so it replaces the first one if that is still on screen). That is
 * accepted: a reminder shown twice is better than one lost.
 *
 * Each reconcile also recomputes the reminders of every case changed since its reminders were computed
 * (`reminderMeta`), so cases written without the "cases changed" message (an import whose message was
 * lost, a background asleep) still get their reminders, and drops those of cases that are gone (a row
 * that is there but cannot be read is not gone: its reminders are kept).
 */
export const NEXT_ALARM = 'shagym:next';
export const TICK_ALARM = 'shagym:tick';
/** The safety net: a periodic wake even if an exact alarm was lost. */
const TICK_MINUTES = 60;
/** A reminder that could not be shown is tried again at the next wake, and no sooner than this. */
export const RETRY_MS = 5 * 60 * 1000;

let queue: Promise<unknown> = Promise.resolve();
/** Runs jobs one after another within this background instance (wakes can overlap). */
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

function logFailure(what: string, id: string, error: unknown): void {
  console.warn(`[shagym] ${what} failed for ${id}:`, error);
}

/** Recomputes the reminders of the given cases from their facts and events. */
export function recomputeCases(caseIds: string[], now = Date.now()): Promise<number> {
  return serial(() => recompute(caseIds, now));
}

async function recompute(caseIds: readonly string[], now: number): Promise<number> {
  let indexed = false;
  if (caseIds.length > 1) {
    try {
      await indexAtOnce(caseIds, now);
      indexed = true;
    } catch (error) {
      logFailure('indexing', `${caseIds.length} cases`, error);
    }
  }
  let count = 0;
  for (const caseId of caseIds) {
    // One case that fails (to read, plan or write) never stops the others (a batch after an import
    // holds up to 1,000 cases); it is tried again once it changes.
    try {
      count += await recomputeOne(caseId, now, !indexed);
    } catch (error) {
      logFailure('recomputing reminders', caseId, error);
    }
  }
  return count;
}

/**
 * The index rows of a batch (cases written straight to the database, a new day, an import whose message
 * was lost), all in one transaction before the batch's reminders are planned case by case: the popup's
 * first screen (utils/popup-shell/rows.ts), which reads the index alone, never meets some of the batch's
 * rows without the others (it would draw a list missing the cases not yet indexed, until its check after
 * the paint gives way). As in recomputeOne: a row that cannot be read keeps its index row, a case that is
 * gone loses it, the write stamp is kept; a case whose summary cannot be computed keeps its row as it was.
 */
async function indexAtOnce(caseIds: readonly string[], now: number): Promise<void> {
  const today = todayInKz(now);
  await db.transaction('rw', db.cases, db.caseIndex, async () => {
    const [rows, indexed] = await Promise.all([
      db.cases.bulkGet([...caseIds]),
      db.caseIndex.bulkGet([...caseIds]),
    ]);
    const put: CaseSummary[] = [];
    const gone: string[] = [];
    caseIds.forEach((caseId, i) => {
      if (rows[i] === undefined) {
        if (indexed[i] !== undefined) gone.push(caseId);
        return;
      }
      const read = readCaseRow(rows[i]);
      if (!read.ok) return;
      try {
        put.push(summaryOf(read.case, today, indexed[i]?.writtenAt ?? now));
      } catch (error) {
        logFailure('indexing', caseId, error);
      }
    });
    await db.caseIndex.bulkPut(put);
    await db.caseIndex.bulkDelete(gone);
  });
}

/** The case's reminders and their meta; its index row too unless `indexAtOnce` has just written it. */
async function recomputeOne(caseId: string, now: number, writeIndex: boolean): Promise<number> {
  const existing = await listRemindersForCase(caseId);
  const row = await db.cases.get(caseId);
  const found = row === undefined ? null : (parseCaseRows([row])[0] ?? null);
  // A row that is there but cannot be read (damaged, or of a shape this version does not know) is not
  // a deleted case: its reminders and their notified stages stay as they are, and once it reads again
  // (its updatedAt then differs) it is recomputed from them.
  if (row !== undefined && !found) return 0;
  // A case whose deadlines cannot be computed keeps its reminders as they were.
  const plannedOrNull = found
    ? perCase(
        found,
        'reminders',
        () => planReminders(found, deadlinesOf(found, todayInKz(now)), existing, now),
        null,
      )
    : [];
  // Only rows that read back: a deadline beyond the schema's window is not planned.
  const planned = plannedOrNull?.filter((r) => reminderSchema.safeParse(r).success) ?? null;
  const keep = new Set((planned ?? existing).map((r) => r.id));
  const today = todayInKz(now);
  await db.transaction('rw', db.reminders, db.reminderMeta, db.caseIndex, async () => {
    // The case's index row follows its status and today's rank (the writer wrote it with the case; a
    // row written straight to the database, or a new day, gets it here). Its write stamp is kept.
    if (writeIndex) {
      const indexed = await db.caseIndex.get(caseId);
      if (found) await db.caseIndex.put(summaryOf(found, today, indexed?.writtenAt ?? now));
      else if (indexed) await db.caseIndex.delete(caseId);
    }
    if (planned) {
      await db.reminders.bulkDelete(existing.filter((r) => !keep.has(r.id)).map((r) => r.id));
      await db.reminders.bulkPut(planned);
    }
    // Recorded even when planning failed: the same case would fail again; its next change retries.
    if (found) await db.reminderMeta.put({ caseId, caseUpdatedAt: found.updatedAt, computedAt: now });
    else await db.reminderMeta.delete(caseId);
  });
  // A deleted, closed or resolved case has nothing more to say: its notifications on screen go too.
  if (!found || found.status === 'closed' || found.status === 'resolved')
    await clearCaseNotifications(caseId);
  return planned?.length ?? 0;
}

/** Clears the notifications shown for a case (deleted, closed or resolved). */
async function clearCaseNotifications(caseId: string): Promise<void> {
  try {
    const shown = await browser.notifications.getAll();
    for (const id of Object.keys(shown))
      if (parseNotificationId(id)?.caseId === caseId) await browser.notifications.clear(id);
  } catch (error) {
    logFailure('clearing notifications', caseId, error);
  }
}

/** Changed cases wait this long for more (an autosave every 400 ms makes one batch per pause). */
export const CHANGED_DEBOUNCE_MS = 300;
const changed = new Set<string>();
let changedTimer: ReturnType<typeof setTimeout> | undefined;
let changedBatch: Promise<number> | null = null;
let resolveBatch: ((n: number) => void) | null = null;

/**
 * "Cases changed" (utils/cases/changes.ts), debounced: the ids are collected, and once no more came for
 * CHANGED_DEBOUNCE_MS only those cases are recomputed — their reminders and index rows — then the next
 * alarm and the badge are set from the indexes. The work is O(changed cases): no case but these is
 * read (the badge counts the index's 'overdue' rows; the alarm takes the earliest `nextAt`).
 * Resolves with the number of reminders planned for the batch.
 */
export function queueChanged(caseIds: readonly string[], now?: number): Promise<number> {
  for (const id of caseIds) changed.add(id);
  changedBatch ??= new Promise<number>((resolve) => (resolveBatch = resolve));
  const batch = changedBatch;
  clearTimeout(changedTimer);
  changedTimer = setTimeout(() => {
    const ids = [...changed];
    changed.clear();
    const done = resolveBatch;
    changedBatch = null;
    resolveBatch = null;
    void recomputeChanged(ids, now ?? Date.now()).then(
      (n) => done?.(n),
      (error: unknown) => {
        logFailure('recomputing changed cases', ids.join(','), error);
        done?.(0);
      },
    );
  }, CHANGED_DEBOUNCE_MS);
  return batch;
}

/** The changed cases only, then the alarm and the badge from the indexes. */
export function recomputeChanged(caseIds: readonly string[], now = Date.now()): Promise<number> {
  return serial(async () => {
    const count = await recompute(caseIds, now);
    const next = await db.reminders.orderBy('nextAt').first();
    await armAlarmAt(next ? (reminderSchema.safeParse(next).data?.nextAt ?? null) : null, now);
    await setBadge(await db.caseIndex.where('bucket').equals('overdue').count());
    return count;
  });
}

/**
 * Cases whose reminders are behind: changed since they were computed, never computed (imported, or
 * saved before version 3), or gone while their reminders or meta remain.
 */
async function staleCaseIds(cases: readonly Case[], today: string): Promise<string[]> {
  const meta = new Map((await listReminderMeta()).map((m) => [m.caseId, m]));
  const index = new Map(
    (await db.caseIndex.toArray()).map((r) => [r.id, r as { updatedAt?: unknown; computedOn?: unknown }]),
  );
  // Every stored row counts as present, also one that cannot be read (see recomputeOne).
  const present = new Set((await db.cases.toCollection().primaryKeys()) as string[]);
  const stale = cases
    .filter((c) => {
      const row = index.get(c.id);
      return (
        meta.get(c.id)?.caseUpdatedAt !== c.updatedAt ||
        row?.updatedAt !== c.updatedAt ||
        !isCurrentSummary(row, today)
      );
    })
    .map((c) => c.id);
  const reminderCaseIds = (await db.reminders.orderBy('caseId').uniqueKeys()) as string[];
  const gone = [...new Set([...meta.keys(), ...reminderCaseIds, ...index.keys()])].filter(
    (id) => !present.has(id),
  );
  return [...stale, ...gone];
}

export interface ReminderState {
  notificationsAllowed: boolean;
  pending: number;
  overdue: number;
}

/**
 * Brings reminders up to date with the cases, notifies every stage that is due (each reminder on its
 * own), then arms the next alarm and refreshes the badge.
 */
export function reconcile(now = Date.now()): Promise<ReminderState> {
  return serial(async () => {
    const cases = await listCases();
    await recompute(await staleCaseIds(cases, todayInKz(now)), now);
    const allowed = await notificationsAllowed();
    const reminders = await listReminders();
    /** Due but not shown (blocked or failed): retried later, not in a tight loop. */
    const deferred = new Set<string>();
    for (const reminder of reminders) {
      const due = pendingStages(reminder, now);
      if (due.length === 0) continue;
      if (!allowed) {
        deferred.add(reminder.id);
        continue;
      }
      // Only the latest due stage is shown; earlier ones are marked so they never pop up late.
      const latest = due[due.length - 1] as ReminderStage;
      try {
        await showReminderNotification(reminder, latest);
      } catch (error) {
        logFailure(`notification ${latest}`, reminder.id, error);
        deferred.add(reminder.id);
        continue;
      }
      try {
        Object.assign(reminder, await markShown(reminder.id, due, now));
      } catch (error) {
        // Shown but not marked: shown once more at the next wake.
        logFailure(`marking ${latest} notified`, reminder.id, error);
        deferred.add(reminder.id);
      }
    }
    await armNextAlarm(reminders, now, deferred);
    const overdue = await db.caseIndex.where('bucket').equals('overdue').count();
    await setBadge(overdue);
    return {
      notificationsAllowed: allowed,
      pending: reminders.filter((r) => r.nextAt !== null).length,
      overdue,
    };
  });
}

/** Marks the shown stages notified on the row as it is now (after the notification was created). */
async function markShown(id: string, stages: ReminderStage[], now: number): Promise<Reminder | null> {
  return db.transaction('rw', db.reminders, async () => {
    const row = await db.reminders.get(id);
    const current = row ? reminderSchema.safeParse(row) : null;
    if (!current?.success) return null;
    const updated = markNotified(current.data, stages, now);
    await db.reminders.put(updated);
    return updated;
  });
}

function markNotified(reminder: Reminder, stages: ReminderStage[], now: number): Reminder {
  const updatedStages = reminder.stages.map((s) =>
    stages.includes(s.stage) && s.notifiedAt === null ? { ...s, notifiedAt: now } : s,
  );
  const pendingAt = updatedStages
    .filter((s) => s.notifiedAt === null)
    .map((s) => Math.max(s.at, reminder.snoozedUntil ?? 0));
  return { ...reminder, stages: updatedStages, nextAt: pendingAt.length ? Math.min(...pendingAt) : null };
}

async function armNextAlarm(
  reminders: Reminder[],
  now: number,
  deferred: ReadonlySet<string>,
): Promise<void> {
  const next = reminders
    .map((r) => (deferred.has(r.id) ? now + RETRY_MS : r.nextAt))
    .filter((at): at is number => at !== null);
  await armAlarmAt(next.length ? Math.min(...next) : null, now);
}

async function armAlarmAt(when: number | null, now: number): Promise<void> {
  if (when !== null) await browser.alarms.create(NEXT_ALARM, { when: Math.max(when, now + 1000) });
  else await browser.alarms.clear(NEXT_ALARM);
  if (!(await browser.alarms.get(TICK_ALARM))) {
    await browser.alarms.create(TICK_ALARM, { periodInMinutes: TICK_MINUTES });
  }
}

/**
 * The toolbar badge shows how many cases are overdue (the case index's 'overdue' bucket: closed and
 * resolved cases are never in it).
 */
async function setBadge(overdue: number): Promise<void> {
  await browser.action.setBadgeText({ text: overdue ? String(overdue) : '' });
  if (overdue) await browser.action.setBadgeBackgroundColor({ color: '#c62828' });
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
