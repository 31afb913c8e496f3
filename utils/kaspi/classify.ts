import { findOrderNumbers } from './parse-order-text';
import type { KaspiPageKind } from './types';
import { parseKaspiUrl } from './urls';
import { classifyKaspiUrl } from './url-kind';
import { isHidden, visibleLines, withVisibilityMemo } from './visible-text';

export { classifyKaspiUrl };

/**
 * Which kind of kaspi.kz page this is.
 * - product `/shop/p/<slug>-<code>/`, merchant `/shop/info/merchant/<id>/…`: decided by the URL;
 * - category `/shop/c/…`, search `/shop/search…`, home `/` and `/shop/`, any other host or scheme: 'other';
 * - anything else is decided by the document. No web order page of Kaspi is confirmed (orders live in the
 *   app: Магазин → Мои заказы → Детали заказа, guide.kaspi.kz/partner/ru/cashier/connection/q3162), so
 *   order pages are recognised by generic signals only — a path with "order" and visible text
 *   "Заказ № 612345678" / "Тапсырыс № 1023456789" (9–10 digits, shared/research/kaspi-and-law.md §1) —
 *   never by class names.
 */

/** Headings of a page that lists the buyer's orders ("Мои заказы", "Менің тапсырыстарым"). */
const LIST_HEADING =
  /^(?:мои заказы|мои покупки|заказы|менің тапсырыстарым|тапсырыстарым|тапсырыстар|my orders|orders)$/iu;

export interface DocumentSignals {
  kind: KaspiPageKind;
  /** Visible text lines of the page body (read once, reused for the facts of an order page). */
  lines: string[];
  /** Distinct order numbers seen in the path and the visible text. */
  orderNumbers: string[];
}

/** Order signals of a page whose URL did not decide. */
export function readDocumentSignals(url: string, doc: Document): DocumentSignals {
  const u = parseKaspiUrl(url);
  if (!u || !doc.body) return { kind: 'other', lines: [], orderNumbers: [] };
  const orderPath = /order/i.test(u.pathname);
  const lines = visibleLines(doc.body);
  const numbers = findOrderNumbers(lines.join('\n'), orderPath);
  if (orderPath) {
    for (const segment of u.pathname.split('/')) if (/^\d{9,10}$/.test(segment)) numbers.unshift(segment);
  }
  const orderNumbers = [...new Set(numbers)];
  let kind: KaspiPageKind = 'other';
  if (orderNumbers.length >= 2) kind = 'order-list';
  else if (orderNumbers.length === 1) kind = 'order';
  else if (orderPath && hasListHeading(doc)) kind = 'order-list';
  return { kind, lines, orderNumbers };
}

function hasListHeading(doc: Document): boolean {
  const headings = doc.querySelectorAll('h1, h2');
  for (let i = 0; i < headings.length && i < 50; i++) {
    const h = headings[i];
    if (h && !isHidden(h) && LIST_HEADING.test((h.textContent ?? '').replace(/\s+/g, ' ').trim()))
      return true;
  }
  return false;
}

/** Final kind from the URL and, when the URL does not decide, the document's visible signals. */
export function classifyKaspiPage(url: string, doc: Document): KaspiPageKind {
  return classifyKaspiUrl(url) ?? withVisibilityMemo(() => readDocumentSignals(url, doc)).kind;
}
