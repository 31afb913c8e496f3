/**
 * Zod-free text cleaning, shared by the content script (page reading) and utils/validation.ts.
 * Every string Shagym takes from a page or a paste goes through `cleanText` / `cleanLine`.
 */

// C0/C1 controls except \t \n \r, zero-width and directional marks, bidi embeddings and isolates.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Every Unicode space and line break, including U+00A0 and U+202F that Kaspi puts inside prices. */
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]+/g;

/** Cuts at `max` UTF-16 units without leaving half of a surrogate pair. */
function bound(value: string, max: number): string {
  if (value.length <= max) return value;
  const code = value.charCodeAt(max - 1);
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Strips C0/C1 control characters (keeps \n and \t), trims, and bounds the length. */
export function cleanText(value: string, max: number): string {
  return bound(value.replace(CONTROL, '').trim(), max);
}

/** One line of page text: control characters removed, every run of spaces (NBSP too) turned into one space. */
export function cleanLine(value: string, max: number): string {
  return bound(value.replace(CONTROL, '').replace(SPACES, ' ').trim(), max).trimEnd();
}

/** `cleanLine`, or null when nothing is left. */
export function lineOrNull(value: string | null | undefined, max: number): string | null {
  if (typeof value !== 'string') return null;
  const line = cleanLine(value, max);
  return line === '' ? null : line;
}
