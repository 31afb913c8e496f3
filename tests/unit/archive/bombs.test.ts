/**
 * readArchive against CPU bombs: entries that share (overlap) one deflate stream, an entry that inflates
 * far beyond its declared size, and one corrupt entry among thousands. The work is counted through
 * fflate itself (every inflater, every byte it produces, every whole-directory unzip), never by the
 * clock: timings belong in the benchmark (npm run bench), not in tests.
 */
import { describe, expect, it, vi } from 'vitest';
import { deflateSync } from 'fflate';
import { buildArchive, readArchive, type ReadArchiveResult } from '@/utils/archive';
import {
  TOP,
  handZip,
  input,
  patchEntry,
  rezip,
  sumsFor,
  unzipRelative,
  utf8,
  type HandEntry,
} from './fixtures';

const work = vi.hoisted(() => ({ directoryReads: 0, inflaters: 0, inflated: 0 }));

vi.mock('fflate', async (importOriginal) => {
  const real = await importOriginal<typeof import('fflate')>();
  class Inflate extends real.Inflate {
    constructor(...args: ConstructorParameters<typeof real.Inflate>) {
      super(...args);
      work.inflaters += 1;
      const inner = this.ondata;
      this.ondata = (data, final) => {
        work.inflated += data.length;
        inner.call(this, data, final);
      };
    }
  }
  return {
    ...real,
    Inflate,
    unzipSync: (...args: Parameters<typeof real.unzipSync>) => {
      work.directoryReads += 1;
      return real.unzipSync(...args);
    },
    inflateSync: (...args: Parameters<typeof real.inflateSync>) => {
      const out = real.inflateSync(...args);
      work.inflated += out.length;
      return out;
    },
  };
});

function resetWork() {
  work.directoryReads = 0;
  work.inflaters = 0;
  work.inflated = 0;
}

function ok<B extends Uint8Array | Blob>(result: ReadArchiveResult<B>) {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result;
}

const MiB = 1024 * 1024;
/** 32 MiB of zeros deflate to about 32 KiB. */
const ZEROS = deflateSync(new Uint8Array(32 * MiB), { level: 9 });

/** A real archive's files (stored) plus `extra`, with SHA256SUMS listing the extra names too. */
async function withExtra(extra: HandEntry[]): Promise<Uint8Array> {
  const files = unzipRelative((await buildArchive(input())).bytes);
  delete files.SHA256SUMS;
  const listed: Record<string, Uint8Array> = { ...files };
  for (const e of extra) listed[e.name] = utf8(`not ${e.name}`);
  files.SHA256SUMS = sumsFor(listed);
  const entries: HandEntry[] = Object.entries(files).map(([name, data]) => ({
    name: `${TOP}/${name}`,
    data,
    method: 0,
    size: data.length,
  }));
  for (const e of extra)
    entries.push({
      ...e,
      name: `${TOP}/${e.name}`,
      ...(e.shareWith ? { shareWith: `${TOP}/${e.shareWith}` } : {}),
    });
  return handZip(entries);
}

describe('zip bombs', () => {
  it('refuses entries that overlap (one deflate stream counted many times), before inflating', async () => {
    const bombs: HandEntry[] = [];
    for (let i = 0; i < 24; i++)
      bombs.push({
        name: `cases/bomb-${i}.txt`,
        data: ZEROS,
        method: 8,
        size: 100,
        ...(i > 0 ? { shareWith: 'cases/bomb-0.txt' } : {}),
      });
    const zip = await withExtra(bombs);
    expect(zip.length).toBeLessThan(400_000);
    resetWork();
    expect(await readArchive(zip)).toEqual({ ok: false, error: 'damaged-zip' });
    expect(work.inflaters).toBe(0);
    expect(work.inflated).toBe(0);
    expect(work.directoryReads).toBe(0);
  });

  it('stops inflating an entry as soon as it outgrows its declared size', async () => {
    const zip = await withExtra([{ name: 'cases/bomb.txt', data: ZEROS, method: 8, size: 100 }]);
    resetWork();
    const result = ok(await readArchive(zip));
    expect(result.problems).toEqual([{ code: 'unreadable-file', path: 'cases/bomb.txt' }]);
    expect(result.cases).toHaveLength(2);
    expect(result.evidence).toHaveLength(4);
    // Stored files are copied, not inflated: only the bomb went through the inflater, and only a little.
    expect(work.inflaters).toBe(1);
    expect(work.inflated).toBeLessThan(128 * 1024);
  });

  it('refuses an entry that declares more than deflate can produce, without inflating it', async () => {
    const tiny = deflateSync(utf8('x'.repeat(1000)));
    const zip = await withExtra([{ name: 'cases/liar.txt', data: tiny, method: 8, size: 900 * MiB }]);
    resetWork();
    const result = ok(await readArchive(zip));
    expect(result.problems).toEqual([{ code: 'unreadable-file', path: 'cases/liar.txt' }]);
    expect(work.inflated).toBe(0);
  });

  it('reads 6,000 entries with one corrupt in one pass: the corrupt one reported once, no retries', async () => {
    const files = unzipRelative((await buildArchive(input())).bytes);
    let declared = 0;
    for (let i = 0; i < 6000; i++) {
      const bytes = utf8(`строка ${i}\n`.repeat(20));
      declared += bytes.length;
      files[`spam/${String(i).padStart(5, '0')}.txt`] = bytes;
    }
    const zip = rezip(files, { resum: true });
    const corrupt = 'spam/03000.txt';
    patchEntry(zip, `${TOP}/${corrupt}`, (view, _central, local) => {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      view.setUint8(start, 0xff); // a final block of the reserved type 3: invalid
    });
    resetWork();
    const result = ok(await readArchive(zip));
    const unreadable = result.problems.filter((p) => p.code === 'unreadable-file');
    expect(unreadable).toEqual([{ code: 'unreadable-file', path: corrupt }]);
    expect(result.cases).toHaveLength(2);
    expect(result.evidence).toHaveLength(4);
    // Each entry inflated at most once; never more bytes than declared; the directory never re-read.
    expect(work.directoryReads).toBe(0);
    expect(work.inflaters).toBeLessThanOrEqual(6000 + Object.keys(files).length);
    expect(work.inflated).toBeLessThanOrEqual(declared + 10 * MiB);
    // The other 5,999 are only "listed but part of no case".
    expect(result.problems.filter((p) => p.code === 'unlisted-file')).toHaveLength(5999);
    // No clock here: the work is counted above, and timings belong in the benchmark (npm run bench). The
    // timeout only stops a hang, on a machine as busy as it may be.
  }, 120_000);
});

describe('zip bombs, from a Blob read in slices (a File the buyer chose)', () => {
  it('refuses overlapping entries and stops an outgrowing or lying entry the same way', async () => {
    const bombs: HandEntry[] = [];
    for (let i = 0; i < 24; i++)
      bombs.push({
        name: `cases/bomb-${i}.txt`,
        data: ZEROS,
        method: 8,
        size: 100,
        ...(i > 0 ? { shareWith: 'cases/bomb-0.txt' } : {}),
      });
    const overlapping = new Blob([(await withExtra(bombs)) as BlobPart]);
    resetWork();
    expect(await readArchive(overlapping)).toEqual({ ok: false, error: 'damaged-zip' });
    expect(work.inflated).toBe(0);

    const tiny = deflateSync(utf8('x'.repeat(1000)));
    const zip = await withExtra([
      { name: 'cases/bomb.txt', data: ZEROS, method: 8, size: 100 },
      { name: 'cases/liar.txt', data: tiny, method: 8, size: 900 * MiB },
    ]);
    resetWork();
    const result = ok(await readArchive(new Blob([zip as BlobPart])));
    expect(result.problems).toEqual([
      { code: 'unreadable-file', path: 'cases/bomb.txt' },
      { code: 'unreadable-file', path: 'cases/liar.txt' },
    ]);
    expect(result.cases).toHaveLength(2);
    expect(result.evidence).toHaveLength(4);
    expect(work.inflaters).toBe(1);
    expect(work.inflated).toBeLessThan(128 * 1024);
  });
});
