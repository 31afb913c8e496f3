import type { CaseSummary } from '../cases/summary';
import { parseKaspiUrl, productCodeFromPath } from '../kaspi/urls';

/**
 * Which case a screenshot goes to (issue 11): the buyer picks, and is offered first the ongoing case of
 * this page's order or product (one case per order: the same rule as the panel's `caseForPage`), then
 * the other cases, or a new one. Pure (tests/unit/capture/pick-case.test.ts).
 */

/** What a kaspi.kz URL says about its order and product. */
export function pageRefOf(url: string): { orderNumber: string | null; productCode: string | null } {
  const u = parseKaspiUrl(url);
  if (!u) return { orderNumber: null, productCode: null };
  const segments = u.pathname.split('/');
  const orderNumber = /order/i.test(u.pathname) ? (segments.find((s) => /^\d{9,10}$/.test(s)) ?? null) : null;
  return { orderNumber, productCode: productCodeFromPath(u.pathname) };
}

const ONGOING: ReadonlySet<string> = new Set(['draft', 'open', 'submitted', 'escalated']);

export interface CaseChoices {
  /** Ongoing cases of this page's order (first) or product, most recently written first. */
  matching: CaseSummary[];
  /** Every other case: ongoing ones first, then the closed, each most recently written first. */
  others: CaseSummary[];
  /** Preselected: the first matching case, else null (a new case). */
  preselected: string | null;
}

export function caseChoices(
  rows: readonly CaseSummary[],
  page: { orderNumber: string | null; productCode: string | null },
): CaseChoices {
  const recent = [...rows].sort((a, b) => b.writtenAt - a.writtenAt || a.id.localeCompare(b.id));
  const ongoing = recent.filter((r) => ONGOING.has(r.status));
  const byOrder = page.orderNumber ? ongoing.filter((r) => r.orderNumber === page.orderNumber) : [];
  const byProduct = page.productCode
    ? ongoing.filter((r) => r.productCode === page.productCode && !byOrder.includes(r))
    : [];
  const matching = [...byOrder, ...byProduct];
  const taken = new Set(matching.map((r) => r.id));
  const others = [
    ...ongoing.filter((r) => !taken.has(r.id)),
    ...recent.filter((r) => !ONGOING.has(r.status)),
  ];
  return { matching, others, preselected: matching[0]?.id ?? null };
}

/**
 * A new case's product title from the tab's title: Kaspi's "Купить <товар> в <городе> – Магазин на
 * Kaspi.kz" gives the product alone; any other title is kept as it is (bounded by the case schema).
 */
export function productTitleOf(tabTitle: string): string | null {
  const title = tabTitle.replace(/\s+/g, ' ').trim();
  const kaspi = /^Купить (.+?) в [^–—-]+ [–—-] Магазин на Kaspi\.kz$/u.exec(title);
  const out = (kaspi?.[1] ?? title).slice(0, 300).trim();
  return out || null;
}
