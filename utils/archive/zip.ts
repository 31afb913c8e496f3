import { Inflate } from 'fflate';
import { MAX_ARCHIVE_BYTES, MAX_ARCHIVE_ENTRIES } from './format';

/**
 * A ZIP reader for hostile input (pure; no browser APIs). The central directory is parsed once; every
 * entry is checked against its local header; entries whose bytes overlap another's are refused (the
 * overlapping "zip bomb" reuses one deflate stream for many entries); limits come from the directory
 * before anything is inflated; an entry is inflated once, by a streaming inflater that stops as soon as
 * its output exceeds the size the directory declared.
 */

/** A ZIP entry as its central directory declares it (nothing inflated yet). */
export interface ZipEntry {
  /** The name as stored (UTF-8 when flagged so, else Latin-1, as fflate decodes it). */
  raw: string;
  compression: number;
  /** Declared sizes. */
  compressedSize: number;
  size: number;
  /** Offset of the entry's data, after its local header; -1 when the entry is unusable. */
  dataStart: number;
  /**
   * Why the entry cannot be read, found from the headers alone: its local header is missing or
   * disagrees with the directory, it is encrypted, or it declares an output deflate cannot produce.
   */
  unusable?: 'inconsistent' | 'encrypted' | 'impossible-size';
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; error: 'not-a-zip' | 'too-many-files' | 'too-big' | 'damaged-zip' };

/** DEFLATE never expands more than 1032:1 (a 258-byte match in under 2 bits); anything above is a lie. */
export const MAX_DEFLATE_RATIO = 1032;

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;
const MAX32 = 0xffffffff;

class NotZip extends Error {}

const utf8 = new TextDecoder('utf-8');

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096)
    s += String.fromCharCode(...bytes.subarray(i, Math.min(i + 4096, bytes.length)));
  return s;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Parses the central directory once; checks limits, local headers and overlaps. */
export function readZipDirectory(zip: Uint8Array): ZipDirectory {
  try {
    return parse(zip);
  } catch (e) {
    if (e instanceof NotZip || e instanceof RangeError) return { ok: false, error: 'not-a-zip' };
    throw e;
  }
}

function parse(zip: Uint8Array): ZipDirectory {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => {
    const value = u32(at) + u32(at + 4) * 2 ** 32;
    if (!Number.isSafeInteger(value)) throw new NotZip();
    return value;
  };

  // End of central directory: the last signature within the final 64 KiB + 22 bytes.
  let eocd = zip.length - 22;
  while (eocd >= 0 && u32(eocd) !== SIG_EOCD) {
    if (zip.length - eocd > 65_557) throw new NotZip();
    eocd--;
  }
  if (eocd < 0) throw new NotZip();
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0) throw new NotZip(); // split archives
  let count = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  let cdLimit = eocd;
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== SIG_LOCATOR64) throw new NotZip();
    const eocd64 = u64(locator + 8);
    if (eocd64 + 56 > locator || u32(eocd64) !== SIG_EOCD64) throw new NotZip();
    count = u64(eocd64 + 32);
    cdSize = u64(eocd64 + 40);
    cdOffset = u64(eocd64 + 48);
    cdLimit = eocd64;
  }
  if (count > MAX_ARCHIVE_ENTRIES) return { ok: false, error: 'too-many-files' };
  if (cdOffset + cdSize > cdLimit) throw new NotZip();

  interface Central {
    entry: ZipEntry;
    nameBytes: Uint8Array;
    flags: number;
    crc: number;
    local: number;
  }
  const centrals: Central[] = [];
  let total = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cdOffset + cdSize || u32(at) !== SIG_CENTRAL) throw new NotZip();
    const flags = u16(at + 8);
    const compression = u16(at + 10);
    const crc = u32(at + 16);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let local = u32(at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > cdOffset + cdSize) throw new NotZip();
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    // ZIP64: the sizes and offset that do not fit 32 bits are in extra field 0x0001, in this order.
    if (size === MAX32 || compressedSize === MAX32 || local === MAX32) {
      let x = at + 46 + nameLength;
      const end = x + extraLength;
      let found = false;
      while (x + 4 <= end) {
        const id = u16(x);
        const length = u16(x + 2);
        if (x + 4 + length > end) break;
        if (id === 0x0001) {
          let p = x + 4;
          const take = () => {
            if (p + 8 > x + 4 + length) throw new NotZip();
            const v = u64(p);
            p += 8;
            return v;
          };
          if (size === MAX32) size = take();
          if (compressedSize === MAX32) compressedSize = take();
          if (local === MAX32) local = take();
          found = true;
          break;
        }
        x += 4 + length;
      }
      if (!found) throw new NotZip();
    }
    const declared = Math.max(size, compressedSize);
    total += declared;
    if (total > MAX_ARCHIVE_BYTES) return { ok: false, error: 'too-big' };
    const raw = flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes);
    centrals.push({
      entry: { raw, compression, compressedSize, size, dataStart: -1 },
      nameBytes,
      flags,
      crc,
      local,
    });
    at = next;
  }

  // Each entry's local header must agree with the directory; its bytes (header, data, descriptor)
  // must lie before the directory and overlap no other entry's.
  const ranges: { start: number; end: number }[] = [];
  for (const c of centrals) {
    const e = c.entry;
    const h = c.local;
    if (h + 30 > cdOffset || u32(h) !== SIG_LOCAL) {
      e.unusable = 'inconsistent';
      continue;
    }
    const flags = u16(h + 6);
    const nameLength = u16(h + 26);
    const extraLength = u16(h + 28);
    const dataStart = h + 30 + nameLength + extraLength;
    const dataEnd = dataStart + e.compressedSize;
    const described = (flags & 0x8) !== 0;
    const localSizesOk =
      described ||
      (u32(h + 14) === c.crc &&
        (u32(h + 18) === e.compressedSize || u32(h + 18) === MAX32) &&
        (u32(h + 22) === e.size || u32(h + 22) === MAX32));
    if (
      dataEnd > cdOffset ||
      u16(h + 8) !== e.compression ||
      (flags & 0x8) !== (c.flags & 0x8) ||
      !localSizesOk ||
      !sameBytes(zip.subarray(h + 30, h + 30 + nameLength), c.nameBytes)
    ) {
      e.unusable = 'inconsistent';
      ranges.push({ start: h, end: Math.min(dataStart, cdOffset) });
      continue;
    }
    let end = dataEnd;
    if (described) {
      const wide = e.size >= MAX32 || e.compressedSize >= MAX32;
      end += (wide ? 20 : 12) + (end + 4 <= cdOffset && u32(end) === SIG_DESCRIPTOR ? 4 : 0);
      end = Math.min(end, cdOffset);
    }
    ranges.push({ start: h, end });
    if (c.flags & 0x1) e.unusable = 'encrypted';
    else if (
      (e.compression === 0 && e.size !== e.compressedSize) ||
      (e.compression === 8 && e.size > e.compressedSize * MAX_DEFLATE_RATIO + 1024)
    )
      e.unusable = 'impossible-size';
    e.dataStart = dataStart;
  }
  ranges.sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranges.length; i++)
    if ((ranges[i] as { start: number }).start < (ranges[i - 1] as { end: number }).end)
      return { ok: false, error: 'damaged-zip' };

  return { ok: true, entries: centrals.map((c) => c.entry) };
}

class TooLong extends Error {}

/** Counts the work done, for the tests and for a caller's own budget. */
export interface InflateMeter {
  /** Bytes produced by the inflater (including any that overshot the declared size). */
  inflated: number;
}

/**
 * The entry's bytes, or null when they cannot be had: unusable headers, an unknown compression,
 * damaged deflate data, or an output that differs from the declared size. Deflated data is fed to the
 * streaming inflater in small pieces, so it stops at most a few KiB past the declared size (a piece of
 * n bytes never inflates to more than 1032·n).
 */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry, meter?: InflateMeter): Uint8Array | null {
  if (entry.unusable || entry.dataStart < 0) return null;
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (data.length !== entry.compressedSize) return null;
  if (entry.compression === 0) return entry.size === data.length ? data.slice() : null;
  if (entry.compression !== 8) return null;

  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (meter) meter.inflated += chunk.length;
    if (written + chunk.length > entry.size) throw new TooLong();
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    let at = 0;
    do {
      // Enough input to fill what is left, never much more: remaining / 1032, from 16 B to 64 KiB.
      const piece = Math.min(
        65_536,
        Math.max(16, Math.floor((entry.size - written) / MAX_DEFLATE_RATIO) + 1),
      );
      const end = Math.min(at + piece, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
      at = end;
    } while (at < data.length);
  } catch {
    return null;
  }
  return written === entry.size ? out : null;
}
