/**
 * A ZIP writer that never holds the archive (pure; Blob is all it needs, in browsers as in Node). Every
 * entry is given whole — its bytes, or a Blob with its CRC-32 already computed by the caller — so each
 * local header is written with its sizes and CRC (no data descriptors), and the archive is the Blob
 * of headers and entry data in order, then the central directory (APPNOTE 6.3.10, 4.3). A Blob held by
 * the browser on disk (evidence in IndexedDB) goes into the archive as a reference, never copied into
 * JS memory.
 *
 * ZIP64 (APPNOTE 4.3.14–4.3.16, 4.5.3): an entry whose size or local-header offset does not fit 32
 * bits gets the 0x0001 extra field (local: both sizes; central: the fields set to 0xFFFFFFFF, in the
 * order size, compressed size, offset); an archive with 65,535 entries or more, or whose directory
 * starts or ends past 4 GiB, gets the ZIP64 end record and its locator before the classic end record.
 * `forceZip64` writes every one of these for any size (the golden tests read them back with Python's
 * zipfile and Info-ZIP unzip).
 */

const MAX32 = 0xffffffff;
const MAX16 = 0xffff;

export { crc32 } from '../evidence/hash';

/** What every entry shares: its time and its Unix attributes. */
export interface ZipEntryStyle {
  /** MS-DOS time and date words (local wall time of the archive). */
  dosTime: number;
  dosDate: number;
  /** The 0x5455 "extended timestamp" value: modification time, seconds since 1970, UTC. */
  unixSeconds: number;
}

export interface ZipWriterOptions {
  /** Write the ZIP64 records even where 32 bits suffice (tests). */
  forceZip64?: boolean;
}

export type ZipData = Uint8Array | Blob;

interface Written {
  name: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
  compressedSize: number;
  offset: number;
}

const encoder = new TextEncoder();

class Bytes {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  private at = 0;
  constructor(length: number) {
    this.bytes = new Uint8Array(length);
    this.view = new DataView(this.bytes.buffer);
  }
  u16(v: number) {
    this.view.setUint16(this.at, v, true);
    this.at += 2;
    return this;
  }
  u32(v: number) {
    this.view.setUint32(this.at, v >>> 0, true);
    this.at += 4;
    return this;
  }
  u64(v: number) {
    this.view.setUint32(this.at, v % 2 ** 32, true);
    this.view.setUint32(this.at + 4, Math.floor(v / 2 ** 32), true);
    this.at += 8;
    return this;
  }
  raw(b: Uint8Array) {
    this.bytes.set(b, this.at);
    this.at += b.length;
    return this;
  }
  done(): Uint8Array {
    if (this.at !== this.bytes.length) throw new Error(`zip: wrote ${this.at} of ${this.bytes.length}`);
    return this.bytes;
  }
}

/** The ZIP as a list of parts: headers (small arrays) and entry data (arrays or Blobs, as given). */
export class ZipWriter {
  private readonly parts: ZipData[] = [];
  private readonly written: Written[] = [];
  private offset = 0;
  private readonly force: boolean;

  constructor(
    private readonly style: ZipEntryStyle,
    options: ZipWriterOptions = {},
  ) {
    this.force = options.forceZip64 ?? false;
  }

  /** Bytes written so far. */
  get length(): number {
    return this.offset;
  }

  /**
   * Adds one file. `data` is what is stored (already deflated when `method` is 8); `crc` and `size`
   * are those of the file itself (uncompressed).
   */
  add(name: string, data: ZipData, entry: { method: 0 | 8; crc: number; size: number }): void {
    const nameBytes = encoder.encode(name);
    if (nameBytes.length > MAX16) throw new RangeError(`zip: name too long: ${name.slice(0, 80)}`);
    const compressedSize = data instanceof Blob ? data.size : data.length;
    if (entry.method === 0 && compressedSize !== entry.size) throw new RangeError('zip: stored size differs');
    const wideSizes = this.force || entry.size >= MAX32 || compressedSize >= MAX32;
    const extraLength = 9 + (wideSizes ? 20 : 0);
    const header = new Bytes(30 + nameBytes.length + extraLength)
      .u32(0x04034b50)
      .u16(wideSizes ? 45 : 20) // version needed: 4.5 for ZIP64, else 2.0
      .u16(0x0800) // names in UTF-8
      .u16(entry.method)
      .u16(this.style.dosTime)
      .u16(this.style.dosDate)
      .u32(entry.crc)
      .u32(wideSizes ? MAX32 : compressedSize)
      .u32(wideSizes ? MAX32 : entry.size)
      .u16(nameBytes.length)
      .u16(extraLength)
      .raw(nameBytes);
    if (wideSizes) header.u16(0x0001).u16(16).u64(entry.size).u64(compressedSize);
    header
      .u16(0x5455)
      .u16(5)
      .raw(new Uint8Array([1]))
      .u32(this.style.unixSeconds);
    const head = header.done();
    this.written.push({
      name: nameBytes,
      method: entry.method,
      crc: entry.crc,
      size: entry.size,
      compressedSize,
      offset: this.offset,
    });
    this.parts.push(head, data);
    this.offset += head.length + compressedSize;
  }

  /** The archive as one Blob (its parts, referenced); the writer is done after this. */
  finish(type = 'application/zip'): Blob {
    return new Blob(this.finishParts() as BlobPart[], { type });
  }

  /** Writes the central directory and end records; every part of the archive, in order. */
  finishParts(): ZipData[] {
    const cdStart = this.offset;
    for (const w of this.written) {
      const wideSize = this.force || w.size >= MAX32;
      const wideCompressed = this.force || w.compressedSize >= MAX32;
      const wideOffset = this.force || w.offset >= MAX32;
      const zip64Length = (wideSize ? 8 : 0) + (wideCompressed ? 8 : 0) + (wideOffset ? 8 : 0);
      const zip64 = zip64Length > 0;
      const extraLength = 9 + (zip64 ? 4 + zip64Length : 0);
      const central = new Bytes(46 + w.name.length + extraLength)
        .u32(0x02014b50)
        .u16((3 << 8) | (zip64 ? 45 : 20)) // made by Unix, spec version
        .u16(zip64 ? 45 : 20)
        .u16(0x0800)
        .u16(w.method)
        .u16(this.style.dosTime)
        .u16(this.style.dosDate)
        .u32(w.crc)
        .u32(wideCompressed ? MAX32 : w.compressedSize)
        .u32(wideSize ? MAX32 : w.size)
        .u16(w.name.length)
        .u16(extraLength)
        .u16(0) // comment
        .u16(0) // disk
        .u16(0) // internal attributes
        .u32((0o100644 * 0x10000) >>> 0) // Unix regular file, rw-r--r--
        .u32(wideOffset ? MAX32 : w.offset)
        .raw(w.name);
      if (zip64) {
        central.u16(0x0001).u16(zip64Length);
        if (wideSize) central.u64(w.size);
        if (wideCompressed) central.u64(w.compressedSize);
        if (wideOffset) central.u64(w.offset);
      }
      // Central 0x5455 carries only the modification time as well (APPNOTE 4.6.x, Info-ZIP extra).
      central
        .u16(0x5455)
        .u16(5)
        .raw(new Uint8Array([1]))
        .u32(this.style.unixSeconds);
      const bytes = central.done();
      this.parts.push(bytes);
      this.offset += bytes.length;
    }
    const cdSize = this.offset - cdStart;
    const count = this.written.length;
    const zip64End =
      this.force || count >= MAX16 || cdStart >= MAX32 || cdSize >= MAX32 || this.offset >= MAX32;
    if (zip64End) {
      const eocd64At = this.offset;
      const record = new Bytes(56 + 20)
        .u32(0x06064b50)
        .u64(44) // size of the rest of this record
        .u16((3 << 8) | 45)
        .u16(45)
        .u32(0)
        .u32(0)
        .u64(count)
        .u64(count)
        .u64(cdSize)
        .u64(cdStart)
        // locator
        .u32(0x07064b50)
        .u32(0)
        .u64(eocd64At)
        .u32(1)
        .done();
      this.parts.push(record);
      this.offset += record.length;
    }
    const end = new Bytes(22)
      .u32(0x06054b50)
      .u16(0)
      .u16(0)
      .u16(zip64End ? MAX16 : count)
      .u16(zip64End ? MAX16 : count)
      .u32(zip64End ? MAX32 : cdSize)
      .u32(zip64End ? MAX32 : cdStart)
      .u16(0)
      .done();
    this.parts.push(end);
    this.offset += end.length;
    return this.parts;
  }
}
