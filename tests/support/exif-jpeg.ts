/**
 * A tiny JPEG carrying an EXIF block, written byte by byte (TIFF little-endian, IFD0 with Make, Model
 * and the Exif IFD pointer; the Exif IFD with DateTimeOriginal and OffsetTimeOriginal), as a camera
 * writes it. For tests of utils/evidence/exif.ts: no image library needed, every byte visible here.
 */
interface Tag {
  tag: number;
  /** ASCII (type 2) or LONG (type 4). */
  value: string | number;
}

function ifd(tags: Tag[], start: number): { bytes: number[]; next: number } {
  // 2 (count) + 12 per entry + 4 (next IFD offset), then the ASCII values that do not fit in 4 bytes.
  const head = 2 + tags.length * 12 + 4;
  const out: number[] = [];
  const data: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  out.push(...u16(tags.length));
  for (const { tag, value } of [...tags].sort((a, b) => a.tag - b.tag)) {
    if (typeof value === 'number') {
      out.push(...u16(tag), ...u16(4), ...u32(1), ...u32(value));
    } else {
      const ascii = [...Buffer.from(value, 'latin1'), 0];
      out.push(...u16(tag), ...u16(2), ...u32(ascii.length));
      if (ascii.length <= 4) out.push(...ascii, ...Array(4 - ascii.length).fill(0));
      else {
        out.push(...u32(start + head + data.length));
        data.push(...ascii);
        if (data.length % 2) data.push(0);
      }
    }
  }
  out.push(...u32(0));
  return { bytes: [...out, ...data], next: start + head + data.length };
}

export function jpegWithExif(facts: {
  make?: string;
  model?: string;
  dateTimeOriginal?: string;
  offsetTimeOriginal?: string;
}): Uint8Array {
  const exifTags: Tag[] = [];
  if (facts.dateTimeOriginal) exifTags.push({ tag: 0x9003, value: facts.dateTimeOriginal });
  if (facts.offsetTimeOriginal) exifTags.push({ tag: 0x9011, value: facts.offsetTimeOriginal });
  const ifd0Tags: Tag[] = [];
  if (facts.make) ifd0Tags.push({ tag: 0x010f, value: facts.make });
  if (facts.model) ifd0Tags.push({ tag: 0x0110, value: facts.model });
  // First pass to learn where the Exif IFD goes (right after IFD0 and its data).
  const probe = ifd([...ifd0Tags, { tag: 0x8769, value: 0 }], 8);
  const zeroth = ifd([...ifd0Tags, { tag: 0x8769, value: probe.next }], 8);
  const exif = ifd(exifTags, probe.next);
  const tiff = [0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, ...zeroth.bytes, ...exif.bytes];
  const app1 = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  const length = app1.length + 2;
  return new Uint8Array([
    0xff,
    0xd8, // SOI
    0xff,
    0xe1,
    (length >> 8) & 0xff,
    length & 0xff,
    ...app1, // APP1 Exif
    0xff,
    0xd9, // EOI
  ]);
}
