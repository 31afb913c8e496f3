/**
 * The popup's status filters, zod-free: the React list (entrypoints/popup/model.ts) and the first
 * screen drawn before it (utils/popup-shell) count and filter by the same table.
 */
import type { CaseStatus } from './schema';

export const FILTERS = ['all', 'active', 'drafts', 'submitted', 'finished'] as const;
export type PopupFilter = (typeof FILTERS)[number];

export const FILTER_STATUSES: Readonly<Record<PopupFilter, readonly CaseStatus[] | null>> = {
  all: null,
  /** Everything the buyer may still act on. */
  active: ['draft', 'open', 'submitted', 'escalated'],
  drafts: ['draft'],
  /** Sent somewhere and waiting for an answer. */
  submitted: ['submitted', 'escalated'],
  finished: ['resolved', 'closed'],
};

/** How many cases each filter holds, from the number of cases of each status and the total. */
export function filterCounts(
  byStatus: Readonly<Partial<Record<CaseStatus, number>>>,
  total: number,
): Record<PopupFilter, number> {
  const out = {} as Record<PopupFilter, number>;
  for (const f of FILTERS) {
    const statuses = FILTER_STATUSES[f];
    out[f] = statuses === null ? total : statuses.reduce((n, s) => n + (byStatus[s] ?? 0), 0);
  }
  return out;
}
