import { cleanLine } from './clean-text';

/**
 * Tenge amounts as Kaspi prints them: "2&nbsp;810 ₸" (thousands split by U+00A0, sometimes U+202F or a
 * plain space, then a space and ₸; shared/research/kaspi-and-law.md §1), and as buyers type them:
 * "2 810 тг", "12990₸", "12 990,00 ₸".
 */

/** Digits grouped by single spaces, or plain digits; an optional ",00" / ".00" tail. Spaces already normalised. */
export const AMOUNT_SOURCE = String.raw`(?<![\d.,])(\d{1,3}(?: \d{3})+|\d{1,11})(?:[.,](\d{1,2}))?(?![\d])`;
/** ₸, тг, тг., тенге, теңге, KZT. */
export const CURRENCY_SOURCE = String.raw`(?:₸|тг\.?|тенге|теңге|kzt)(?![\p{L}\p{N}])`;

const MAX_TENGE = 10_000_000_000;

/** Integer tenge from the captured groups of AMOUNT_SOURCE; null for a real fraction or an absurd value. */
export function amountFromParts(whole: string | undefined, fraction: string | undefined): number | null {
  if (!whole) return null;
  if (fraction && /[1-9]/.test(fraction)) return null; // a real fraction of a tenge: do not round, do not guess
  const value = Number(whole.replace(/ /g, ''));
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_TENGE ? value : null;
}

const PRICE_ONLY = new RegExp(String.raw`^${AMOUNT_SOURCE} ?(?:${CURRENCY_SOURCE})?$`, 'iu');

/**
 * A text that is only a price ("2 810 ₸", "8763", "14 900 тг") → integer tenge; anything else → null.
 * Used on page elements that hold exactly one price (the item price, a sellers-table price cell).
 */
export function parseTengeExact(text: string | null | undefined): number | null {
  if (typeof text !== 'string') return null;
  const m = PRICE_ONLY.exec(cleanLine(text, 100));
  return m ? amountFromParts(m[1], m[2]) : null;
}
