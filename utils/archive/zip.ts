import { Inflate } from 'fflate';
import { MAX_ARCHIVE_BYTES, MAX_ARCHIVE_ENTRIES, MAX_INFLATED_ENTRY_BYTES } from './format';

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
   * disagrees with the directory, it is encrypted, it declares an output deflate cannot produce, or
   * one over MAX_INFLATED_ENTRY_BYTES (it would be read whole).
   */
  unusable?: 'inconsistent' | 'encrypted' | 'impossible-size' | 'too-large';
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

/**
 * Where the ZIP's bytes are: in memory, or a Blob (a File the buyer chose) read in slices, so a large
 * archive is never read whole.
 */
export interface ZipSource {
  readonly size: number;
  /** The bytes [start, end), clamped to the source. */
  read(start: number, end: number): Promise<Uint8Array>;
  /** The bytes [start, end) without reading them: a Blob slice, or a copy for an array. */
  slice(start: number, end: number, type?: string): Uint8Array | Blob;
}

export function zipSource(data: Uint8Array | Blob): ZipSource {
  if (data instanceof Uint8Array)
    return {
      size: data.length,
      read: (start, end) => Promise.resolve(data.subarray(start, Math.min(end, data.length))),
      slice: (start, end) => data.slice(start, end),
    };
  return {
    size: data.size,
    read: async (start, end) =>
      new Uint8Array(await data.slice(start, Math.min(end, data.size)).arrayBuffer()),
    slice: (start, end, type) => data.slice(start, end, type),
  };
}

/** Reads of local headers go through a window of this size (a few reads for a whole archive). */
const WINDOW = 64 * 1024;
/** A central directory larger than this is not read (20,000 entries with long names fit many times). */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

/** Little-endian reads at absolute offsets of the source, through one cached window. */
class Reader {
  private buf: Uint8Array = new Uint8Array(0);
  private view = new DataView(this.buf.buffer);
  private start = 0;
  constructor(
    private readonly source: ZipSource,
    private readonly window: number,
  ) {}
  /** Makes [at, at + n) readable; false when the source is shorter. */
  async need(at: number, n: number): Promise<boolean> {
    if (at < 0 || at + n > this.source.size) return false;
    if (at >= this.start && at + n <= this.start + this.buf.length) return true;
    this.buf = await this.source.read(at, at + Math.max(n, this.window));
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    this.start = at;
    return this.buf.length >= n;
  }
  u16(at: number) {
    return this.view.getUint16(at - this.start, true);
  }
  u32(at: number) {
    return this.view.getUint32(at - this.start, true);
  }
  u64(at: number) {
    const v = this.u32(at) + this.u32(at + 4) * 2 ** 32;
    if (!Number.isSafeInteger(v)) throw new NotZip();
    return v;
  }
  bytes(at: number, n: number) {
    return this.buf.subarray(at - this.start, at - this.start + n);
  }
}

/** Options of readZipDirectory. */
export interface ZipDirectoryOptions {
  /** The most bytes the entries may declare in total, uncompressed ('too-big' above). */
  maxBytes?: number;
}

/**
 * Parses the central directory once; checks limits, local headers and overlaps. Reads only the end of
 * the source, the directory and each local header (never an entry's data).
 */
export async function readZipDirectory(
  zip: Uint8Array | ZipSource,
  options: ZipDirectoryOptions = {},
): Promise<ZipDirectory> {
  try {
    return await parse(
      zip instanceof Uint8Array ? zipSource(zip) : zip,
      options.maxBytes ?? MAX_ARCHIVE_BYTES,
    );
  } catch (e) {
    if (e instanceof NotZip || e instanceof RangeError) return { ok: false, error: 'not-a-zip' };
    throw e;
  }
}

async function parse(source: ZipSource, maxBytes: number): Promise<ZipDirectory> {
  const size = source.size;
  if (size < 22) throw new NotZip();
  // The end record is within the last 64 KiB + 22 bytes; the ZIP64 locator, 20 bytes before it.
  const tail = new Reader(source, 0);
  const tailStart = Math.max(0, size - 65_557 - 20);
  await tail.need(tailStart, size - tailStart);
  let eocd = size - 22;
  while (eocd >= 0 && tail.u32(eocd) !== SIG_EOCD) {
    if (size - eocd > 65_557) throw new NotZip();
    eocd--;
  }
  if (eocd < 0) throw new NotZip();
  if (tail.u16(eocd + 4) !== 0 || tail.u16(eocd + 6) !== 0) throw new NotZip(); // split archives
  let count = tail.u16(eocd + 10);
  let cdSize = tail.u32(eocd + 12);
  let cdOffset = tail.u32(eocd + 16);
  let cdLimit = eocd;
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    const locator = eocd - 20;
    if (locator < tailStart || tail.u32(locator) !== SIG_LOCATOR64) throw new NotZip();
    const eocd64 = tail.u64(locator + 8);
    const record = new Reader(source, 0);
    if (eocd64 + 56 > locator || !(await record.need(eocd64, 56)) || record.u32(eocd64) !== SIG_EOCD64)
      throw new NotZip();
    count = record.u64(eocd64 + 32);
    cdSize = record.u64(eocd64 + 40);
    cdOffset = record.u64(eocd64 + 48);
    cdLimit = eocd64;
  }
  if (count > MAX_ARCHIVE_ENTRIES) return { ok: false, error: 'too-many-files' };
  if (cdOffset + cdSize > cdLimit) throw new NotZip();
  if (cdSize > MAX_DIRECTORY_BYTES) return { ok: false, error: 'too-many-files' };
  const dir = new Reader(source, 0);
  await dir.need(cdOffset, cdSize);
  const u16 = (at: number) => dir.u16(at);
  const u32 = (at: number) => dir.u32(at);
  const u64 = (at: number) => dir.u64(at);

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
    const nameBytes = dir.bytes(at + 46, nameLength);
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
    if (total > maxBytes) return { ok: false, error: 'too-big' };
    const raw = flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes);
    centrals.push({
      entry: { raw, compression, compressedSize, size, dataStart: -1 },
      nameBytes: nameBytes.slice(),
      flags,
      crc,
      local,
    });
    at = next;
  }

  // Each entry's local header must agree with the directory; its bytes (header, data, descriptor)
  // must lie before the directory and overlap no other entry's.
  const locals = new Reader(source, WINDOW);
  const ranges: { start: number; end: number }[] = [];
  for (const c of centrals) {
    const e = c.entry;
    const h = c.local;
    if (h + 30 > cdOffset || !(await locals.need(h, 30)) || locals.u32(h) !== SIG_LOCAL) {
      e.unusable = 'inconsistent';
      continue;
    }
    const flags = locals.u16(h + 6);
    const method = locals.u16(h + 8);
    const localCrc = locals.u32(h + 14);
    const localCompressed = locals.u32(h + 18);
    const localSize = locals.u32(h + 22);
    const nameLength = locals.u16(h + 26);
    const extraLength = locals.u16(h + 28);
    const dataStart = h + 30 + nameLength + extraLength;
    const dataEnd = dataStart + e.compressedSize;
    const described = (flags & 0x8) !== 0;
    const localSizesOk =
      described ||
      (localCrc === c.crc &&
        (localCompressed === e.compressedSize || localCompressed === MAX32) &&
        (localSize === e.size || localSize === MAX32));
    const sameName =
      h + 30 + nameLength <= cdOffset &&
      (await locals.need(h + 30, nameLength)) &&
      sameBytes(locals.bytes(h + 30, nameLength), c.nameBytes);
    if (
      dataEnd > cdOffset ||
      method !== e.compression ||
      (flags & 0x8) !== (c.flags & 0x8) ||
      !localSizesOk ||
      !sameName
    ) {
      e.unusable = 'inconsistent';
      ranges.push({ start: h, end: Math.min(dataStart, cdOffset) });
      continue;
    }
    let end = dataEnd;
    if (described) {
      const wide = e.size >= MAX32 || e.compressedSize >= MAX32;
      const signed = end + 4 <= cdOffset && (await locals.need(end, 4)) && locals.u32(end) === SIG_DESCRIPTOR;
      end += (wide ? 20 : 12) + (signed ? 4 : 0);
      end = Math.min(end, cdOffset);
    }
    ranges.push({ start: h, end });
    if (c.flags & 0x1) e.unusable = 'encrypted';
    // An entry is read whole (inflated, or to hash it): never one larger than this.
    else if (Math.max(e.size, e.compressedSize) > MAX_INFLATED_ENTRY_BYTES) e.unusable = 'too-large';
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

/** Compressed input is read from a Blob in blocks of this size. */
const INPUT_BLOCK = 1024 * 1024;

/**
 * The entry's bytes, or null when they cannot be had: unusable headers, an unknown compression,
 * damaged deflate data, or an output that differs from the declared size. Deflated data is fed to the
 * streaming inflater in small pieces, so it stops at most a few KiB past the declared size (a piece of
 * n bytes never inflates to more than 1032·n); from a Blob, it is read in blocks of 1 MiB.
 */
export async function inflateEntry(
  zip: Uint8Array | ZipSource,
  entry: ZipEntry,
  meter?: InflateMeter,
): Promise<Uint8Array | null> {
  const source = zip instanceof Uint8Array ? zipSource(zip) : zip;
  if (entry.unusable || entry.dataStart < 0) return null;
  const dataEnd = entry.dataStart + entry.compressedSize;
  if (dataEnd > source.size) return null;
  if (entry.compression === 0) {
    if (entry.size !== entry.compressedSize) return null;
    const data = await source.read(entry.dataStart, dataEnd);
    return data.length === entry.size ? (zip instanceof Uint8Array ? data.slice() : data) : null;
  }
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
    let blockStart = entry.dataStart;
    do {
      const data = await source.read(
        blockStart,
        zip instanceof Uint8Array ? dataEnd : Math.min(dataEnd, blockStart + INPUT_BLOCK),
      );
      if (data.length === 0) return null;
      const last = blockStart + data.length >= dataEnd;
      let at = 0;
      do {
        // Enough input to fill what is left, never much more: remaining / 1032, from 16 B to 64 KiB.
        const piece = Math.min(
          65_536,
          Math.max(16, Math.floor((entry.size - written) / MAX_DEFLATE_RATIO) + 1),
        );
        const end = Math.min(at + piece, data.length);
        inflater.push(data.subarray(at, end), last && end === data.length);
        at = end;
      } while (at < data.length);
      blockStart += data.length;
    } while (blockStart < dataEnd);
  } catch {
    return null;
  }
  return written === entry.size ? out : null;
}
