/**
 * The popup's list, as pure functions (unit-tested in tests/unit/popup): rank the saved cases by
 * urgency once, then filter by status and search text without recomputing deadlines.
 */
import type { Case, CaseStatus } from '@/utils/cases/schema';
import { FILTERS, FILTER_STATUSES, type PopupFilter } from '@/utils/cases/filters';
import type { CaseSummary } from '@/utils/cases/summary';
import { tryUrgencyOf } from '@/utils/cases/deadlines';
import { caseRepairs } from '@/utils/cases/repair';
import type { Urgency } from '@/utils/deadlines';

/** How many rows are listed at first, and added by "show more". */
export const PAGE_SIZE = 50;
/** The remembered first screen (utils/popup-shell): more rows than fit in a 600 px popup (about 5). */
export const FIRST_SCREEN = 10;

export { FILTERS, type PopupFilter } from '@/utils/cases/filters';

export function isPopupFilter(value: unknown): value is PopupFilter {
  return typeof value === 'string' && (FILTERS as readonly string[]).includes(value);
}

export interface RankedCase {
  c: Case;
  u: Urgency;
  /**
   * The case needs the buyer's repair: its deadlines could not be computed (listed as waiting, after
   * the others), or a date it held was out of range and was cleared on reading.
   */
  needsRepair: boolean;
}

/**
 * Lower case, ё → е (people type "черный" for "чёрный"), compatibility forms and runs of spaces
 * collapsed, trimmed. Works for Russian and Kazakh letters alike (Unicode case mapping).
 */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** What the search looks in: the given fields, folded, one per line. */
const haystackOf = (parts: readonly (string | null)[]) =>
  fold(parts.filter((s): s is string => !!s).join('\n'));

/** The urgency of a case whose deadlines cannot be computed: waiting, after every other waiting case. */
export const REPAIR_URGENCY: Urgency = { rank: 299_999, nextDue: null, daysLeft: null, bucket: 'waiting' };

/**
 * Every case with its urgency, most urgent first (ties: the most recently updated first). A case whose
 * urgency cannot be computed is reported, listed with `needsRepair`, and never stops the others.
 */
export function rankCases(cases: readonly Case[], today: string): RankedCase[] {
  return cases
    .map((c) => ({ c, u: tryUrgencyOf(c, today) }))
    .map(({ c, u }) => ({
      c,
      u: u ?? REPAIR_URGENCY,
      needsRepair: u === null || caseRepairs(c).length > 0,
    }))
    .sort((a, b) => a.u.rank - b.u.rank || b.c.updatedAt - a.c.updatedAt || (a.c.id < b.c.id ? -1 : 1));
}

/**
 * A case in the popup's list, from its index row (utils/cases/summary.ts): what the list is sorted,
 * searched, filtered and counted by. The full case is read only for the rows on screen.
 */
export interface ListEntry {
  id: string;
  status: CaseStatus;
  orderNumber: string | null;
  rank: number;
  updatedAt: number;
  /** Folded product title, order number, product code and seller: what the search looks in. */
  haystack: string;
}

export function listEntry(s: CaseSummary): ListEntry {
  return {
    id: s.id,
    status: s.status,
    orderNumber: s.orderNumber,
    rank: s.rank,
    updatedAt: s.updatedAt,
    haystack: haystackOf([s.title, s.orderNumber, s.productCode, s.seller]),
  };
}

/** Most urgent first; ties: the most recently updated first (the order of `rankCases`). */
export function sortEntries(entries: ListEntry[]): ListEntry[] {
  return entries.sort(
    (a, b) => a.rank - b.rank || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Digits a buyer may type around an order number: "№ 612 345 678", "#612345678". */
const ORDER_LIKE = /^[\s№#\d-]+$/;

/** Whether a listed case matches the search text (empty text matches everything). */
export function matchesQuery(row: Pick<ListEntry, 'haystack' | 'orderNumber'>, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  if (row.haystack.includes(q)) return true;
  // Tested before folding: NFKC turns "№" into "No".
  if (ORDER_LIKE.test(query)) {
    const digits = query.replace(/\D/g, '');
    return digits.length > 0 && !!row.orderNumber?.includes(digits);
  }
  return false;
}

export function matchesFilter(row: Pick<ListEntry, 'status'>, filter: PopupFilter): boolean {
  const statuses = FILTER_STATUSES[filter];
  return statuses === null || statuses.includes(row.status);
}

export function filterCases<T extends Pick<ListEntry, 'haystack' | 'orderNumber' | 'status'>>(
  rows: readonly T[],
  query: string,
  filter: PopupFilter,
): T[] {
  return rows.filter((r) => matchesFilter(r, filter) && matchesQuery(r, query));
}

/** How many cases each filter holds (shown next to the filter's name). */
export function countByFilter(rows: readonly Pick<ListEntry, 'status'>[]): Record<PopupFilter, number> {
  const out = Object.fromEntries(FILTERS.map((f) => [f, 0])) as Record<PopupFilter, number>;
  for (const r of rows) for (const f of FILTERS) if (matchesFilter(r, f)) out[f]++;
  return out;
}

export { urgentDeadline } from '@/utils/cases/deadlines';
