import type { Case } from '../cases/schema';
import { todayInKz } from '../deadlines/time-zone';

/** At most this many characters (code points) in a safe file name, extension included. */
export const SAFE_NAME_MAX_CHARS = 80;
/** …and at most this many UTF-8 bytes (file systems allow 255 per name; the "NN-" prefix comes on top). */
const SAFE_NAME_MAX_BYTES = 200;

/** Everything but letters (any script, with their marks), decimal digits, '.', '-', '_' and a plain space. */
const UNSAFE_CHAR = /[^\p{L}\p{M}\p{Nd}._\- ]/gu;
/** An extension worth keeping: a dot and 1–12 letters or digits. */
const EXTENSION = /\.[\p{L}\p{M}\p{Nd}]{1,12}$/u;
const encoder = new TextEncoder();

/**
 * A file name that is safe on Linux, macOS and Windows and in a SHA256SUMS line: letters of any script,
 * digits, '.', '-', '_' and spaces are kept, anything else (slashes, backslashes, newlines, control
 * characters, ':' '*' '?' '"' '<' '>' '|', emoji…) becomes '_'. Leading dots and spaces (hidden files)
 * and trailing dots and spaces (dropped by Windows) go; the extension is kept when the name is cut to
 * SAFE_NAME_MAX_CHARS. Never empty, never '.' or '..'. NFC, so a name typed on macOS matches.
 * @example safeFileName('Фото брака: шов/разошёлся.jpg') // 'Фото брака_ шов_разошёлся.jpg'
 */
export function safeFileName(name: string, maxChars: number = SAFE_NAME_MAX_CHARS): string {
  const cleaned = name.normalize('NFC').replace(UNSAFE_CHAR, '_');
  const ext = EXTENSION.exec(cleaned)?.[0] ?? '';
  let base = cleaned.slice(0, cleaned.length - ext.length);
  base = trimDotsAndSpaces(base);
  const extChars = [...ext];
  const room = Math.max(1, maxChars - extChars.length);
  const byteRoom = SAFE_NAME_MAX_BYTES - encoder.encode(ext).length;
  let cut = '';
  let bytes = 0;
  let count = 0;
  for (const ch of base) {
    const size = encoder.encode(ch).length;
    if (count + 1 > room || bytes + size > byteRoom) break;
    cut += ch;
    bytes += size;
    count += 1;
  }
  base = trimDotsAndSpaces(cut);
  if (base === '') base = 'file';
  return base + ext;
}

function trimDotsAndSpaces(s: string): string {
  return s.replace(/^[. ]+/, '').replace(/[. ]+$/, '');
}

/** "01", "02", … "99", "100": the position of a file in its folder, so names sort in order. */
export function filePrefix(index: number): string {
  return String(index + 1).padStart(2, '0');
}

/** The folder of a case under cases/: `<orderNumber or 'case'>-<first 8 characters of the id>`. */
export function caseFolderName(c: Pick<Case, 'id' | 'order'>): string {
  return `${c.order.orderNumber ?? 'case'}-${c.id.slice(0, 8)}`;
}

/** The day of an export in Kazakhstan (UTC+5), as YYYY-MM-DD. */
export function archiveDate(exportedAt: number): string {
  return todayInKz(exportedAt);
}

/** The one top folder of the ZIP. */
export function archiveTopFolder(exportedAt: number): string {
  return `shagym-${archiveDate(exportedAt)}`;
}

/** `shagym-<orderNumber>-<date>.zip` for one case with an order number, else `shagym-<date>.zip`. */
export function archiveFileName(cases: readonly Pick<Case, 'order'>[], exportedAt: number): string {
  const date = archiveDate(exportedAt);
  const only = cases.length === 1 ? cases[0] : undefined;
  const number = only?.order.orderNumber;
  return number ? `shagym-${number}-${date}.zip` : `shagym-${date}.zip`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * True for a relative path that is safe to use as a key and to show: '/'-separated, not absolute, no
 * empty, '.' or '..' segment, no backslash, no ':' (drive letters, Windows streams), no control
 * characters, at most 1000 characters.
 */
export function isSafeRelativePath(path: string): boolean {
  if (path === '' || path.length > 1000) return false;
  if (path.includes('\\') || path.includes(':') || CONTROL.test(path)) return false;
  return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}
