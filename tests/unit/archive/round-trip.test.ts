/**
 * Restore is exact (issue 12, item 4), through the database: export → delete everything → import gives
 * back the same cases (timelines included), the same evidence metadata, bytes and hashes, and — once
 * the background recomputes them after the import's announcement — the same reminders; importing the
 * same archive again adds nothing. And an archive written by an older Shagym (tests/fixtures/archive,
 * made by the code of commit 898d766) imports.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildArchive, readArchive } from '@/utils/archive';
import { applyImport, exportArchive, previewImport } from '@/utils/archive/io';
import { db, listReminders, putCase } from '@/utils/db';
import { addEvidence } from '@/utils/evidence/store';
import { recomputeCases } from '@/utils/reminders/scheduler';
import { KETTLE_CASE, PHONE_CASE, PHONE_PHOTO, PHONE_VIDEO, WASHER_CASE, input } from './fixtures';

const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const V1 = join(import.meta.dirname, '..', '..', 'fixtures', 'archive', 'shagym-v1-898d766.zip');
const TABLES = [
  'cases',
  'caseIndex',
  'evidence',
  'evidenceBlobs',
  'evidencePreviews',
  'casePictures',
  'reminders',
  'reminderMeta',
] as const;

const hashOf = async (blob: unknown) => sha256(new Uint8Array(await (blob as Blob).arrayBuffer()));

/** A preview maker standing in for the browser's (Node draws nothing): a small JPEG per file. */
const drawn = (mime: string): Uint8Array =>
  new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode(`frame of ${mime}`)]);
const FAKE_DEPS = {
  makePreview: async (file: Blob, mime: string) =>
    /^(image|video)\//.test(mime)
      ? {
          bytes: new Blob([drawn(`${mime} ${file.size}`) as BlobPart], { type: 'image/jpeg' }),
          width: 320,
          height: 180,
          media: { width: 1280, height: 720, durationMs: mime.startsWith('video/') ? 7000 : null },
        }
      : null,
  estimate: async () => null,
  keepData: async () => undefined,
};

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Shagym',
    version: '0.1.0',
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await db.delete();
  await db.open();
});

async function everything() {
  const blobs = await db.evidenceBlobs.toArray();
  return {
    cases: (await db.cases.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1)),
    evidence: (await db.evidence.toArray())
      .map(({ importedAt: _, ...rest }) => rest)
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    bytes: Object.fromEntries(
      await Promise.all(
        blobs.map(
          async (b) => [b.id, sha256(new Uint8Array(await (b.bytes as Blob).arrayBuffer()))] as const,
        ),
      ),
    ),
    reminders: (await listReminders()).sort((a, b) => (a.id < b.id ? -1 : 1)),
    previews: Object.fromEntries(
      await Promise.all(
        (await db.evidencePreviews.toArray()).map(
          async ({ bytes, ...rest }) => [rest.id, { ...rest, bytes: await hashOf(bytes) }] as const,
        ),
      ),
    ),
    pictures: Object.fromEntries(
      await Promise.all(
        (await db.casePictures.toArray()).map(
          async ({ bytes, ...rest }) => [rest.caseId, { ...rest, bytes: await hashOf(bytes) }] as const,
        ),
      ),
    ),
  };
}

async function wipe() {
  for (const t of TABLES) await db.table(t).clear();
}

async function importAll(file: Blob | Uint8Array) {
  const preview = await previewImport(file, db, undefined, NOW);
  if (!preview.ok) throw new Error(preview.error);
  return { preview, outcome: await applyImport(preview.plan, db) };
}

describe('round trip through the database', () => {
  it('export → delete everything → import gives back the same cases, evidence bytes, hashes, thumbnails, product pictures and reminders', async () => {
    for (const c of [PHONE_CASE, WASHER_CASE, KETTLE_CASE]) await putCase(c);
    const files = [
      { caseId: PHONE_CASE.id, kind: 'photo', mime: 'image/jpeg', name: 'фото.jpg', size: 70_000 },
      {
        caseId: PHONE_CASE.id,
        kind: 'unboxing-video',
        mime: 'video/mp4',
        name: 'видео.mp4',
        size: 1_500_000,
      },
      { caseId: PHONE_CASE.id, kind: 'receipt', mime: 'application/pdf', name: 'чек.pdf', size: 20_000 },
      { caseId: WASHER_CASE.id, kind: 'listing-snapshot', mime: 'text/html', name: 'бет.html', size: 9_000 },
    ] as const;
    let n = 0;
    for (const f of files) {
      n += 1;
      const bytes = new Uint8Array(f.size).map((_, i) => (i * (n * 2 + 1) + n) % 256);
      await addEvidence(
        { caseId: f.caseId, kind: f.kind, file: new Blob([bytes], { type: f.mime }), fileName: f.name },
        NOW - 10_000 + n,
        db,
        FAKE_DEPS,
      );
    }
    await recomputeCases([PHONE_CASE.id, WASHER_CASE.id, KETTLE_CASE.id], NOW);
    const before = await everything();
    expect(before.reminders.length).toBeGreaterThan(0);
    expect(Object.keys(before.bytes)).toHaveLength(4);
    // The photo's and the video's previews; the phone's picture is its first photo's.
    expect(Object.keys(before.previews)).toHaveLength(2);
    expect(Object.keys(before.pictures)).toEqual([PHONE_CASE.id]);

    const { blob } = await exportArchive('all', 'ru', NOW, db);
    const names = Object.keys(unzipSync(new Uint8Array(await blob.arrayBuffer())));
    expect(names.filter((n) => n.includes('/thumbnails/')).sort()).toEqual([
      'shagym-2026-11-28/thumbnails/cases/612345678-3f2b8c1e/01-фото.jpg.jpg',
      'shagym-2026-11-28/thumbnails/cases/612345678-3f2b8c1e/02-видео.mp4.jpg',
      'shagym-2026-11-28/thumbnails/cases/612345678-3f2b8c1e/product.jpg',
    ]);
    await wipe();
    expect((await everything()).cases).toEqual([]);

    // The archive page hands the worker the File itself: read in slices.
    const file = new Blob([blob], { type: 'application/zip' });
    const { outcome } = await importAll(file);
    expect(outcome.caseIds.sort()).toEqual([PHONE_CASE.id, WASHER_CASE.id, KETTLE_CASE.id].sort());
    expect(outcome.addedEvidence).toBe(4);
    // What the background does on the import's announcement.
    await recomputeCases(outcome.caseIds, NOW);
    const after = await everything();
    expect(after).toEqual(before);
    for (const e of await db.evidence.toArray()) expect(e.importedAt).not.toBeNull();

    // The same archive again: nothing to add, nothing changed.
    const again = await previewImport(file, db, undefined, NOW);
    if (!again.ok) throw new Error(again.error);
    expect(again.plan.addCases).toEqual([]);
    expect(again.plan.replaceCases).toEqual([]);
    expect(again.plan.addEvidence).toEqual([]);
    expect(again.plan.skippedEvidence.map((s) => s.reason)).toEqual(Array(4).fill('already-there'));
    const outcome2 = await applyImport(again.plan, db);
    expect(outcome2).toMatchObject({ caseIds: [], addedEvidence: 0 });
    expect(await everything()).toEqual(after);
  });
});

describe('an archive from an older Shagym (v1, commit 898d766)', () => {
  const zip = new Uint8Array(readFileSync(V1));
  const listed = Object.fromEntries(
    strFromU8(unzipSync(zip)['shagym-2026-11-26/SHA256SUMS']!)
      .trim()
      .split('\n')
      .map((l) => [l.slice(66), l.slice(0, 64)]),
  );

  it('is read whole: its three cases, its three files with the hashes of its SHA256SUMS', async () => {
    for (const source of [zip, new Blob([zip])]) {
      const read = await readArchive(source);
      if (!read.ok) throw new Error(read.error);
      expect(read.problems).toEqual([]);
      expect(read.cases.map((c) => c.id).sort()).toEqual(
        [PHONE_CASE.id, WASHER_CASE.id, KETTLE_CASE.id].sort(),
      );
      expect(read.evidence).toHaveLength(3);
      for (const e of read.evidence) {
        const path = Object.keys(listed).find((p) => p.endsWith(e.meta.fileName))!;
        expect(e.meta.sha256).toBe(listed[path]);
        const data = e.bytes instanceof Blob ? new Uint8Array(await e.bytes.arrayBuffer()) : e.bytes;
        expect(sha256(data)).toBe(e.meta.sha256);
        // Fields that archive did not have take their defaults.
        expect(e.meta.capture).toBeNull();
      }
    }
  });

  it('imports into an empty database, and a second time adds nothing', async () => {
    const { outcome } = await importAll(new Blob([zip]));
    expect(outcome.caseIds).toHaveLength(3);
    expect(outcome.addedEvidence).toBe(3);
    const stored = await everything();
    expect(Object.values(stored.bytes).sort()).toEqual(
      Object.entries(listed)
        .filter(([p]) => p.includes('/evidence/'))
        .map(([, h]) => h)
        .sort(),
    );
    const again = await previewImport(new Blob([zip]), db, undefined, NOW);
    if (!again.ok) throw new Error(again.error);
    expect(again.plan.addCases.length + again.plan.replaceCases.length + again.plan.addEvidence.length).toBe(
      0,
    );
  });
});

describe('thumbnails read back from an archive', () => {
  it('a thumbnail that is not the picture it claims to be is left out, reported, and its evidence still imported', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 9, 9]);
    const built = await buildArchive(
      input({
        cases: [PHONE_CASE],
        evidence: [
          { ...PHONE_PHOTO, preview: { bytes: jpeg, mime: 'image/jpeg', width: 10, height: 10 } },
          // Claims JPEG, holds a PNG.
          { ...PHONE_VIDEO, preview: { bytes: png, mime: 'image/jpeg', width: 10, height: 10 } },
        ],
        pictures: [
          {
            caseId: PHONE_CASE.id,
            bytes: png,
            mime: 'image/png',
            width: 10,
            height: 10,
            evidenceId: null,
            sourceUrl: null,
            at: NOW,
          },
        ],
      }),
    );
    const read = await readArchive(built.bytes);
    if (!read.ok) throw new Error(read.error);
    expect(read.evidence).toHaveLength(2);
    const byId = new Map(read.evidence.map((e) => [e.meta.id, e]));
    expect(byId.get(PHONE_PHOTO.meta.id)?.preview?.bytes).toEqual(jpeg);
    expect(byId.get(PHONE_VIDEO.meta.id)?.preview).toBeUndefined();
    expect(read.problems).toEqual([
      {
        code: 'unreadable-file',
        path: 'thumbnails/cases/612345678-3f2b8c1e/02-Видео распаковки.mp4.jpg',
        id: PHONE_VIDEO.meta.id,
      },
    ]);
    expect(read.pictures).toEqual([
      expect.objectContaining({ caseId: PHONE_CASE.id, mime: 'image/png', bytes: png }),
    ]);
  });
});
