import { classifyKaspiUrl } from './url-kind';

/**
 * The first, cheap look at a kaspi.kz page, made by the declared content script
 * (entrypoints/kaspi-classifier.ts) after the page's `load` event:
 * - `launch`: a complaint surface, or possibly one: ask the background for the launcher, whose own
 *   classification (classify.ts, visible text) then decides whether the button shows;
 * - `watch`: the URL does not decide and no order text is there (yet): look again as the page renders;
 * - `never`: this URL is never a complaint surface (home, category, search, another host).
 *
 * It must never miss a page the launcher's classifier would accept (product, merchant, order), so its
 * text test is a superset of that classifier's order signal (parse-order-text.ts `findOrderNumbers` on
 * the visible lines): an order label or "№" followed, within a few non-digit characters, by 9+ digits.
 * It reads `textContent` (no layout, unlike `innerText`); hidden text can only add pages, never drop one.
 */
export type LaunchSignal = 'launch' | 'watch' | 'never';

/** "Заказ № 612345678", "Тапсырыс №: 1023456789", "Order #612345678", "№ 612345678" and wider. */
export const ORDER_TEXT_SIGNAL = /(?:заказ|тапсырыс|order|№)\D{0,200}\d{9}/iu;
/** The part of the body's text looked at (a bigger page is looked at in its first 2 M characters). */
export const MAX_SIGNAL_TEXT = 2_000_000;

export function launchSignal(url: string, bodyText: () => string): LaunchSignal {
  const kind = classifyKaspiUrl(url);
  if (kind === 'product' || kind === 'merchant') return 'launch';
  if (kind !== null) return 'never';
  // classifyKaspiUrl gave null: the URL parsed and is https://kaspi.kz.
  const path = new URL(url).pathname;
  if (/order/i.test(path) && path.split('/').some((segment) => /^\d{9,10}$/.test(segment))) return 'launch';
  return ORDER_TEXT_SIGNAL.test(bodyText().slice(0, MAX_SIGNAL_TEXT)) ? 'launch' : 'watch';
}
