/**
 * The case index: a small summary per case (title, order, seller, status, next deadline and its rank),
 * kept in the `caseIndex` table and written in the same transaction as the case (utils/cases/store.ts).
 * The popup's first screen and the toolbar badge read it instead of parsing every case.
 *
 * Pure: `summaryOf` from a case and today. The rank depends on the day: `computedOn` says for which
 * day it was computed, and the background refreshes rows of an earlier day at its daily wake.
 */
import { z } from '../zod';
import { epochMs, isoDate } from '../validation';
import { DEADLINE_KINDS } from '../deadlines/rules';
import { tryUrgencyOf, urgentDeadline } from './deadlines';
import { caseRepairs } from './repair';
import { caseStatusSchema, type Case } from './schema';
import { SHOWN_STATUSES, shownStatus } from './lifecycle';

/** Rank of a case whose urgency cannot be computed: after every other waiting case (popup/model). */
export const REPAIR_RANK = 299_999;

export const caseSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string().max(300).nullable(),
    orderNumber: z.string().max(40).nullable(),
    /** Kaspi's product code: with the order number, how a page finds its case (one case per order). */
    productCode: z.string().max(40).nullable().default(null),
    seller: z.string().max(200).nullable(),
    status: caseStatusSchema,
    nextDue: isoDate.nullable(),
    rank: z.number().int().min(0),
    bucket: z.enum(['overdue', 'due-soon', 'waiting', 'closed']),
    /**
     * What the popup's row shows (components/case-row.tsx; the first screen draws it from here,
     * utils/popup-shell): the kind of the deadline behind the urgency (`urgentDeadline`), the days left
     * to `nextDue`, and whether the case needs the buyer's repair. Rows written before these existed read
     * with the defaults and count as stale (`isCurrentSummary`): the background rewrites them.
     */
    dueKind: z.enum(DEADLINE_KINDS).nullable().default(null),
    daysLeft: z.number().int().nullable().default(null),
    needsRepair: z.boolean().default(false),
    /** The status as the buyer reads it (lifecycle.ts `shownStatus`: a refused case reads "refused"). */
    shown: z.enum(SHOWN_STATUSES).nullable().default(null),
    /** The day (Kazakhstan) the rank and bucket were computed for. */
    computedOn: isoDate,
    /** The case's own updatedAt. */
    updatedAt: epochMs,
    /**
     * `-updatedAt`, so that the `[rank+newestFirst+id]` index (v8) lists the rows in the popup's order —
     * most urgent first, then the most recently updated, then by id (popup/model.ts `sortEntries`) — and
     * the first screen reads exactly its rows, none to sort (utils/popup-shell/rows.ts).
     */
    newestFirst: z.number().int(),
    /** When this device last wrote the case (any writer, imports included): what the popup's cache checks. */
    writtenAt: epochMs,
  })
  .refine((r) => r.newestFirst === -r.updatedAt, { path: ['newestFirst'], message: 'not -updatedAt' });
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export function summaryOf(c: Case, today: string, writtenAt: number): CaseSummary {
  const u = tryUrgencyOf(c, today);
  const due = u ? urgentDeadline(c, u, today) : null;
  return {
    id: c.id,
    title: c.order.productTitle,
    orderNumber: c.order.orderNumber,
    productCode: c.order.productCode,
    seller: c.order.sellerName,
    status: c.status,
    nextDue: u?.nextDue ?? null,
    rank: u?.rank ?? REPAIR_RANK,
    bucket: u?.bucket ?? 'waiting',
    dueKind: due?.kind ?? null,
    daysLeft: u?.daysLeft ?? null,
    needsRepair: u === null || caseRepairs(c).length > 0,
    shown: shownStatus(c),
    computedOn: today,
    updatedAt: c.updatedAt,
    newestFirst: -c.updatedAt,
    writtenAt,
  };
}

/**
 * Whether a stored index row is of today, reads, and has every field the popup's first screen draws
 * from (utils/popup-shell/rows.ts): a row of an earlier day, of an older shape or damaged is recomputed
 * by the background (utils/reminders/scheduler.ts), so the first screen is drawn from it again.
 */
export function isCurrentSummary(row: unknown, today: string): boolean {
  const r = row as Partial<Record<keyof CaseSummary, unknown>> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.computedOn === today &&
    r.dueKind !== undefined &&
    r.daysLeft !== undefined &&
    typeof r.needsRepair === 'boolean' &&
    typeof r.shown === 'string' &&
    caseSummarySchema.safeParse(r).success
  );
}

/** Order numbers held by more than one case (the popup says so): order number → case ids. */
export function sharedOrderNumbers(
  rows: readonly Pick<CaseSummary, 'id' | 'orderNumber'>[],
): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const r of rows) if (r.orderNumber) by.set(r.orderNumber, [...(by.get(r.orderNumber) ?? []), r.id]);
  for (const [k, ids] of by) if (ids.length < 2) by.delete(k);
  return by;
}

/** Statuses of a case the buyer may still be working on (a page offers to continue it). */
const ONGOING = new Set(['draft', 'open', 'submitted', 'escalated']);

/**
 * The ongoing case for a page's order or product (one case per order): the same order number first,
 * else the same product code; the most recently written. Null when there is none.
 */
export function caseForPage(
  rows: readonly CaseSummary[],
  page: { orderNumber: string | null; productCode: string | null },
): CaseSummary | null {
  const ongoing = rows.filter((r) => ONGOING.has(r.status)).sort((a, b) => b.writtenAt - a.writtenAt);
  return (
    (page.orderNumber ? ongoing.find((r) => r.orderNumber === page.orderNumber) : undefined) ??
    (page.productCode ? ongoing.find((r) => r.productCode === page.productCode) : undefined) ??
    null
  );
}
