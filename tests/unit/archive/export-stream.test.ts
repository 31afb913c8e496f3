/**
 * The export from the database (utils/archive/io.ts): the archive is a Blob of the stored evidence
 * Blobs; progress counts the evidence bytes read; a cancel midway rejects with the signal's reason and
 * leaves nothing behind (no object URL, no download, no row changed).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportArchive } from '@/utils/archive/io';
import { ShagymDb, putCase } from '@/utils/db';
import { addEvidence } from '@/utils/evidence/store';
import { PHONE_CASE } from './fixtures';

const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);
const MiB = 1024 * 1024;
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let database: ShagymDb;
beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Shagym',
    version: '0.1.0',
  });
  database = new ShagymDb(`test-${crypto.randomUUID()}`);
  await database.open();
});

const video = new Uint8Array(3 * MiB).map((_, i) => (i * 7919) % 251);
const photo = new Uint8Array(200_000).map((_, i) => (i * 31) % 253);

async function seed() {
  await putCase(PHONE_CASE, database);
  await addEvidence(
    {
      caseId: PHONE_CASE.id,
      kind: 'unboxing-video',
      file: new Blob([video], { type: 'video/mp4' }),
      fileName: 'v.mp4',
    },
    NOW - 2000,
    database,
  );
  await addEvidence(
    {
      caseId: PHONE_CASE.id,
      kind: 'photo',
      file: new Blob([photo], { type: 'image/jpeg' }),
      fileName: 'p.jpg',
    },
    NOW - 1000,
    database,
  );
}

async function snapshot() {
  const blobs = await database.evidenceBlobs.toArray();
  return {
    cases: await database.cases.toArray(),
    caseIndex: await database.caseIndex.toArray(),
    evidence: await database.evidence.toArray(),
    blobs: await Promise.all(
      blobs.map(async (b) => ({
        id: b.id,
        sha: sha256(new Uint8Array(await (b.bytes as Blob).arrayBuffer())),
      })),
    ),
    reminders: await database.reminders.toArray(),
  };
}

describe('streamed export', () => {
  it('gives a Blob whose evidence is the stored bytes, with progress up to every evidence byte', async () => {
    await seed();
    // Files added before their CRC-32 was kept are read in pieces (and always when verifying).
    await database.evidence.toCollection().modify((row: { crc32?: number }) => delete row.crc32);
    for (const verify of [true, false]) {
      const seen: [number, number][] = [];
      const out = await exportArchive({ caseId: PHONE_CASE.id }, 'ru', NOW, database, {
        verify,
        chunkBytes: 256 * 1024,
        onProgress: (done, total) => seen.push([done, total]),
      });
      expect(out.blob).toBeInstanceOf(Blob);
      expect(out.changed).toBe(0);
      const files = unzipSync(new Uint8Array(await out.blob.arrayBuffer()));
      const mp4 = Object.keys(files).find((k) => k.endsWith('v.mp4'))!;
      expect(sha256(files[mp4]!)).toBe(sha256(video));
      const total = video.length + photo.length;
      expect(seen[0]).toEqual([0, total]);
      expect(seen.at(-1)).toEqual([total, total]);
      // Pieces of 256 KiB: the 3 MiB video is reported 12 times.
      expect(seen.length).toBeGreaterThan(12);
      for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
    }
  });

  it('flags a stored file whose bytes changed when verifying, and not when only streaming', async () => {
    await seed();
    const [row] = await database.evidence.where('caseId').equals(PHONE_CASE.id).sortBy('capturedAt');
    const changed = video.slice();
    changed[5] = changed[5]! ^ 1;
    await database.evidenceBlobs.put({ id: row!.id, bytes: new Blob([changed], { type: 'video/mp4' }) });
    const verified = await exportArchive('all', 'ru', NOW, database, { verify: true });
    expect(verified.changed).toBe(1);
    // By default the bytes are not read: the CRC-32 kept when the file was added is written, so the
    // changed file fails `unzip -t` (and sha256sum -c) instead.
    const streamed = await exportArchive('all', 'ru', NOW, database);
    expect(streamed.changed).toBe(0);
    const zip = new Uint8Array(await streamed.blob.arrayBuffer());
    const test = spawnSync(
      'python3',
      [
        '-c',
        'import sys, io, zipfile; print(zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())).testzip())',
      ],
      { input: zip, encoding: 'utf8' },
    );
    expect(test.stdout.trim()).toMatch(/v\.mp4$/);
  });

  it('by default reads no evidence byte: the CRC-32 kept when each file was added is written', async () => {
    await seed();
    const read = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const slice = vi.spyOn(Blob.prototype, 'slice');
    const seen: number[] = [];
    const out = await exportArchive({ caseId: PHONE_CASE.id }, 'ru', NOW, database, {
      onProgress: (done) => seen.push(done),
    });
    expect(slice).not.toHaveBeenCalled();
    read.mockRestore();
    slice.mockRestore();
    expect(seen).toEqual([0, video.length, video.length + photo.length]);
    const files = unzipSync(new Uint8Array(await out.blob.arrayBuffer()));
    const mp4 = Object.keys(files).find((k) => k.endsWith('v.mp4'))!;
    expect(sha256(files[mp4]!)).toBe(sha256(video));
  });

  it('cancelled midway: rejects, creates no object URL (so no download) and changes no row', async () => {
    await seed();
    await database.evidence.toCollection().modify((row: { crc32?: number }) => delete row.crc32);
    const before = await snapshot();
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:nope');
    for (const verify of [true, false]) {
      const controller = new AbortController();
      let calls = 0;
      const reading = exportArchive({ caseId: PHONE_CASE.id }, 'ru', NOW, database, {
        verify,
        chunkBytes: 256 * 1024,
        signal: controller.signal,
        onProgress: (done, total) => {
          calls += 1;
          // Midway through the video.
          if (done > MiB && done < total) controller.abort();
        },
      });
      await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
      // It stopped at the piece after the cancel, not at the end.
      expect(calls).toBeLessThan(12);
      expect(calls).toBeGreaterThan(1);
    }
    // A download needs an object URL: none was made.
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
    createObjectURL.mockRestore();
  });
});
