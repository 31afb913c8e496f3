import { z } from './zod';
import { cleanText } from './kaspi/clean-text';

/** Strips C0/C1 control characters (keeps \n and \t), trims, bounds the length. Zod-free: lives in utils/kaspi. */
export { cleanText };

/** Text from an untrusted source: control characters removed, at most `max` characters, not empty. */
export const boundedText = (max: number) =>
  z
    .string()
    .transform((s) => cleanText(s, max))
    .pipe(z.string().min(1).max(max));

/** Free text that may be empty (descriptions, notes). */
export const freeText = (max: number) =>
  z
    .string()
    .transform((s) => cleanText(s, max))
    .pipe(z.string().max(max));

/**
 * The days a buyer can enter or import: 2000-01-01 … 2099-12-31. A typo ('0025-11-14' for a two-digit
 * year) or a hostile archive ('9999-12-31') stays out: every date the schema accepts is one the
 * deadline calendar (utils/deadlines/calendar.ts, years 1900–2999) can count from, with room for the
 * longest deadline (90 days) after it.
 */
export const DATE_MIN = '2000-01-01';
export const DATE_MAX = '2099-12-31';
/** The message of a date outside DATE_MIN…DATE_MAX (a code: the UI shows it in the buyer's language). */
export const DATE_RANGE_ERROR = 'date-out-of-range';

const isoDateUnbounded = z.iso.date();

/** A 'YYYY-MM-DD' that exists and lies within DATE_MIN…DATE_MAX. */
export function isSaneDate(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    value >= DATE_MIN &&
    value <= DATE_MAX &&
    isoDateUnbounded.safeParse(value).success
  );
}

/** A calendar date 'YYYY-MM-DD' that exists, within DATE_MIN…DATE_MAX. */
export const isoDate = isoDateUnbounded.refine((d) => d >= DATE_MIN && d <= DATE_MAX, {
  message: DATE_RANGE_ERROR,
});

/** An https URL on kaspi.kz (or a subdomain). */
export const kaspiUrl = z.url({ protocol: /^https$/, hostname: /^(?:[a-z0-9-]+\.)*kaspi\.kz$/ }).max(2000);

/**
 * Where a piece of evidence was captured: an https page on kaspi.kz, or a page of the extension itself
 * (chrome-extension:// or moz-extension://). Anything else (javascript:, data:, http:, file:, other sites)
 * is refused: the URL is printed in exports and may be shown as a link.
 */
export const evidenceSourceUrl = z.union([
  kaspiUrl,
  z.url({ protocol: /^(?:chrome|moz)-extension$/, hostname: /^[a-z0-9-]{1,64}$/i }).max(2000),
]);

/** Milliseconds since the epoch, within a sane range (2000–2100). */
export const epochMs = z.number().int().min(946_684_800_000).max(4_102_444_800_000);
