/**
 * The ZIP writer (utils/archive/zip-write.ts): CRC-32 against its check value, ZIP64 records as
 * APPNOTE 4.5.3 lays them out (golden bytes), read back by Python's zipfile and Info-ZIP `unzip -t`,
 * and offsets past 4 GiB read back by our own reader from a Blob (never read whole).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildArchiveBlob, readArchive } from '@/utils/archive';
import { ZipWriter, crc32 } from '@/utils/archive/zip-write';
import { readZipDirectory, type ZipSource } from '@/utils/archive/zip';
import { input, sha256, utf8 } from './fixtures';

const STYLE = {
  dosTime: (12 << 11) | (30 << 5),
  dosDate: (46 << 9) | (11 << 5) | 26,
  unixSeconds: 1_795_678_200,
};
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('crc32', () => {
  it('gives the check value of CRC-32/ISO-HDLC and continues across pieces', () => {
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const data = new Uint8Array(100_003).map((_, i) => (i * 131) % 256);
    let c = 0;
    for (let at = 0; at < data.length; at += 4099) c = crc32(data.subarray(at, at + 4099), c);
    expect(c).toBe(crc32(data));
    // The same as fflate's own (in the local header zipSync writes, offset 14).
    const fflate = zipSync({ 'a.bin': [data, { level: 0 }] });
    expect(new DataView(fflate.buffer).getUint32(14, true)).toBe(crc32(data));
  });
});

async function bytesOf(blob: Blob) {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('ZIP64 records', () => {
  it('writes the golden bytes of one stored entry with every ZIP64 field (APPNOTE 4.5.3, 4.3.14)', async () => {
    const w = new ZipWriter(STYLE, { forceZip64: true });
    const data = utf8('hi\n');
    w.add('a', data, { method: 0, crc: crc32(data), size: 3 });
    const zip = await bytesOf(w.finish());
    const local =
      '504b0304' +
      '2d00' +
      '0008' +
      '0000' +
      'c063' +
      '7a5d' +
      hex(le32(crc32(data))) +
      'ffffffff' +
      'ffffffff' +
      '0100' +
      '1d00' +
      '61' +
      '0100' +
      '1000' +
      '0300000000000000' +
      '0300000000000000' + // ZIP64: size, compressed size
      '5554' +
      '0500' +
      '01' +
      hex(le32(STYLE.unixSeconds)) +
      '68690a';
    const central =
      '504b0102' +
      '2d03' +
      '2d00' +
      '0008' +
      '0000' +
      'c063' +
      '7a5d' +
      hex(le32(crc32(data))) +
      'ffffffff' +
      'ffffffff' +
      '0100' +
      '2500' +
      '0000' +
      '0000' +
      '0000' +
      '0000a481' +
      'ffffffff' +
      '61' +
      '0100' +
      '1800' +
      '0300000000000000' +
      '0300000000000000' +
      '0000000000000000' + // size, csize, offset
      '5554' +
      '0500' +
      '01' +
      hex(le32(STYLE.unixSeconds));
    const cdStart = local.length / 2;
    const cdSize = central.length / 2;
    const eocd64 =
      '504b0606' +
      '2c00000000000000' +
      '2d03' +
      '2d00' +
      '00000000' +
      '00000000' +
      '0100000000000000' +
      '0100000000000000' +
      hex(le64(cdSize)) +
      hex(le64(cdStart));
    const locator = '504b0607' + '00000000' + hex(le64(cdStart + cdSize)) + '01000000';
    const end = '504b0506' + '0000' + '0000' + 'ffff' + 'ffff' + 'ffffffff' + 'ffffffff' + '0000';
    expect(hex(zip)).toBe(local + central + eocd64 + locator + end);
  });

  it('is read by Python zipfile and unzip -t, and by our reader, the same as without ZIP64', async () => {
    const plain = await buildArchiveBlob(input());
    const wide = await buildArchiveBlob(input(), { forceZip64: true });
    const dir = mkdtempSync(join(tmpdir(), 'shagym-zip64-'));
    try {
      const path = join(dir, 'a.zip');
      writeFileSync(path, await bytesOf(wide.blob));
      const py = spawnSync(
        'python3',
        [
          '-c',
          'import sys, zipfile, hashlib\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nfor i in z.infolist(): print(hashlib.sha256(z.read(i)).hexdigest(), i.filename)',
          path,
        ],
        { encoding: 'utf8' },
      );
      expect(py.status, py.stderr).toBe(0);
      const plainFiles = unzipSync(await bytesOf(plain.blob));
      expect(py.stdout.trim().split('\n')).toEqual(
        Object.entries(plainFiles).map(([name, bytes]) => `${sha256(bytes)} ${name}`),
      );
      const t = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
      expect(t.status, t.stdout + t.stderr).toBe(0);
      expect(t.stdout).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const a = await readArchive(await bytesOf(plain.blob));
    const b = await readArchive(wide.blob);
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(b.cases).toEqual(a.cases);
    expect(b.problems).toEqual(a.problems);
    expect(b.evidence.map((e) => e.meta)).toEqual(a.evidence.map((e) => e.meta));
  });

  it('puts offsets past 4 GiB in ZIP64 fields, read back from a source that is read in slices, never whole', async () => {
    // 9 stored entries of 512 MiB, each a Blob of one 64 MiB buffer eight times (referenced, not copied).
    const piece = new Blob([new Uint8Array(64 * 1024 * 1024)]);
    const part = new Blob(Array.from({ length: 8 }, () => piece));
    const w = new ZipWriter(STYLE);
    for (let i = 0; i < 9; i++) w.add(`big/${i}.bin`, part, { method: 0, crc: 0x12345678, size: part.size });
    const text = utf8('after 4 GiB\n');
    const deflated = deflateSync(text);
    w.add('big/last.txt', deflated, { method: 8, crc: crc32(text), size: text.length });
    // Node's Blob stops at 4 GiB: the reader is given the parts as one source instead.
    const parts = w.finishParts();
    const size = parts.reduce((n, p) => n + (p instanceof Blob ? p.size : p.length), 0);
    expect(size).toBeGreaterThan(2 ** 32 + 2 ** 28);
    let read = 0;
    const counted: ZipSource = {
      size,
      read: async (start, end) => {
        end = Math.min(end, size);
        read += end - start;
        const out = new Uint8Array(end - start);
        let at = 0;
        for (const p of parts) {
          const n = p instanceof Blob ? p.size : p.length;
          const from = Math.max(start, at);
          const to = Math.min(end, at + n);
          if (from < to) {
            const bytes =
              p instanceof Blob
                ? new Uint8Array(await p.slice(from - at, to - at).arrayBuffer())
                : p.subarray(from - at, to - at);
            out.set(bytes, from - start);
          }
          at += n;
        }
        return out;
      },
      slice: () => {
        throw new Error('not used');
      },
    };
    const directory = await readZipDirectory(counted);
    if (!directory.ok) throw new Error(directory.error);
    expect(directory.entries.map((e) => e.raw)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `big/${i}.bin`),
      'big/last.txt',
    ]);
    const last = directory.entries[9]!;
    expect(last.dataStart).toBeGreaterThan(2 ** 32);
    expect(last.unusable).toBeUndefined();
    expect(read).toBeLessThan(2 * 1024 * 1024);
  }, 60_000);
});

function le32(n: number) {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0, true);
  return b;
}
function le64(n: number) {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setUint32(0, n % 2 ** 32, true);
  new DataView(b.buffer).setUint32(4, Math.floor(n / 2 ** 32), true);
  return b;
}
