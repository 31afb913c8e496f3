/**
 * Saved cases that no longer fit the schema, read back without bricking anything.
 *
 * Rows written before dates were bounded (utils/validation.ts: DATE_MIN…DATE_MAX) may hold a typo such
 * as orderDate '0025-11-14'. Such a row is not skipped (the buyer would lose the case) nor trusted (the
 * deadline calendar cannot count from year 25): each out-of-range date is cleared, the row is parsed
 * again, and what was cleared is remembered with the case (`caseRepairs`) so the UI can say which date
 * to enter again. Nothing is written here: the repair is saved by the buyer's next save.
 */
import type { z } from 'zod';
import { isSaneDate } from '../validation';
import { caseSchema, type Case, type CaseInput, type TimelineEvent } from './schema';

/** The most events a case keeps (caseSchema's timeline max). */
export const TIMELINE_MAX = 1000;

/** A date that was cleared on reading: where it was and what it said. */
export interface CaseRepair {
  /** 'order.orderDate', 'order.receivedDate', 'buyerReminder.date' or 'timeline.<n>.date'. */
  path: string;
  value: string;
}

const repairs = new WeakMap<Case, readonly CaseRepair[]>();

/** The dates cleared when this case was read back (empty for a case that fit the schema). */
export function caseRepairs(c: Case): readonly CaseRepair[] {
  return repairs.get(c) ?? [];
}

export type ReadCaseResult =
  { ok: true; case: Case; repairs: readonly CaseRepair[] } | { ok: false; error: z.ZodError };

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';

/** A stored row as a case: as is when it fits, else with its out-of-range dates cleared. */
export function readCaseRow(row: unknown): ReadCaseResult {
  const first = caseSchema.safeParse(row);
  if (first.success) return { ok: true, case: first.data, repairs: [] };
  if (!isRecord(row)) return { ok: false, error: first.error };
  const found: CaseRepair[] = [];
  const clear = (value: unknown, path: string): boolean => {
    if (typeof value !== 'string' || value === '' || isSaneDate(value)) return false;
    found.push({ path, value: value.slice(0, 40) });
    return true;
  };
  const fixed: Record<string, unknown> = { ...row };
  if (isRecord(row.order)) {
    const order = { ...row.order };
    for (const key of ['orderDate', 'receivedDate'] as const)
      if (clear(order[key], `order.${key}`)) order[key] = null;
    fixed.order = order;
  }
  if (isRecord(row.buyerReminder) && clear(row.buyerReminder.date, 'buyerReminder.date'))
    fixed.buyerReminder = null;
  if (Array.isArray(row.timeline)) {
    fixed.timeline = row.timeline.map((e: unknown, i) =>
      isRecord(e) && clear(e.date, `timeline.${i}.date`) ? { ...e, date: null } : e,
    );
  }
  if (found.length === 0) return { ok: false, error: first.error };
  const second = caseSchema.safeParse(fixed);
  if (!second.success) return { ok: false, error: second.error };
  repairs.set(second.data, found);
  return { ok: true, case: second.data, repairs: found };
}

/** Kinds that no deadline depends on: dropped first when a timeline is too long. */
const MINOR_KINDS: ReadonlySet<TimelineEvent['kind']> = new Set(['edited', 'note', 'evidence-added']);

/**
 * A timeline within TIMELINE_MAX events, for the save path: a case imported with 1,000 events must
 * stay saveable when the buyer adds one more. The oldest minor events (edits, notes, evidence added:
 * the evidence itself stays in its table) go first, then the oldest of any kind — the latest request
 * and answer, which the deadlines count from, are the last to go. Order is kept.
 */
export function compactTimeline<E extends { kind: TimelineEvent['kind']; at: number }>(
  timeline: readonly E[],
  max = TIMELINE_MAX,
): E[] {
  if (timeline.length <= max) return [...timeline];
  let excess = timeline.length - max;
  const byAge = timeline.map((e, i) => ({ e, i })).sort((a, b) => a.e.at - b.e.at || a.i - b.i);
  const drop = new Set<number>();
  for (const { e, i } of byAge) {
    if (excess === 0) break;
    if (MINOR_KINDS.has(e.kind)) {
      drop.add(i);
      excess--;
    }
  }
  for (const { i } of byAge) {
    if (excess === 0) break;
    if (!drop.has(i)) {
      drop.add(i);
      excess--;
    }
  }
  return timeline.filter((_, i) => !drop.has(i));
}

/** A case about to be written: its timeline compacted (see compactTimeline). */
export function compactForSave(value: CaseInput): CaseInput {
  const timeline = value.timeline;
  if (!Array.isArray(timeline) || timeline.length <= TIMELINE_MAX) return value;
  return { ...value, timeline: compactTimeline(timeline) };
}

/**
 * The repair the UI offers when a case cannot be shown: every date of the case cleared (order,
 * receipt, the buyer's reminder, the days entered on timeline events, which then count from the day
 * they were recorded). The buyer enters the dates again; the result goes through the normal save path.
 */
export function clearCaseDates(c: Case): Case {
  return {
    ...c,
    order: { ...c.order, orderDate: null, receivedDate: null },
    buyerReminder: null,
    timeline: c.timeline.map((e) => (e.date === null ? e : { ...e, date: null })),
  };
}
