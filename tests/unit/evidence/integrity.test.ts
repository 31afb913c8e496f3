/**
 * Issue 11, parts 3–6, in IndexedDB (fake-indexeddb): previews stored beside the originals, the
 * product's picture, duplicates refused, removals logged in the case's timeline through saveCase, a
 * file that would not fit refused before writing, and a disk that fills up mid-write leaving nothing
 * half-saved (measured for the fault tally).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { canUndo, correctEvent, historyOf, undoEvent } from '@/utils/cases/lifecycle';
import { newCase } from '@/utils/cases/create';
import { deleteCases, restoreDeleted, saveCase } from '@/utils/cases/store';
import { ShagymDb, getCase, putCase } from '@/utils/db';
import { sha256Hex } from '@/utils/evidence/hash';
import { casePicture, keepPictureFrom } from '@/utils/evidence/picture';
import type { MadePreview, PreviewMaker } from '@/utils/evidence/preview';
import {
  EvidenceError,
  addEvidence,
  ensurePreview,
  evidencePreview,
  listCaseEvidence,
  removeEvidence,
  type EvidenceDeps,
} from '@/utils/evidence/store';
import { compareSnapshots, snapshotDatabase } from '../../faults/db-snapshot';
import { recordTally } from '../../faults/vitest-setup';

const T0 = 1_795_000_000_000; // 2026-11-18
const order = {
  orderNumber: '612345678',
  productCode: '121207970',
  productTitle: 'Рашгард черный',
  productUrl: null,
  sellerName: 'ShoрKZ',
  merchantId: '30079314',
  price: 2810,
  orderDate: '2026-11-10',
  receivedDate: '2026-11-15',
};

/** A preview maker standing in for the browser's canvas: a fixed small JPEG, counted. */
function fakeMaker(): PreviewMaker & { calls: number } {
  const maker = (async (_file: Blob, mime: string): Promise<MadePreview | null> => {
    maker.calls++;
    if (!/^(image|video)\//.test(mime)) return null;
    return {
      bytes: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' }),
      width: 320,
      height: 180,
      media: { width: 1920, height: 1080, durationMs: mime.startsWith('video/') ? 7_400 : null },
    };
  }) as PreviewMaker & { calls: number };
  maker.calls = 0;
  return maker;
}

let database: ShagymDb;
let caseId: string;
let deps: EvidenceDeps & { makePreview: ReturnType<typeof fakeMaker> };
beforeEach(async () => {
  database = new ShagymDb(`integrity-${crypto.randomUUID()}`);
  await database.open();
  caseId = (
    await putCase(
      newCase({ order, problem: 'poor-quality', remedy: 'refund', description: '' }, T0),
      database,
    )
  ).id;
  deps = { makePreview: fakeMaker() };
});

const photo = (n = 1) => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, n])], { type: 'image/jpeg' });

describe('previews (part 4)', () => {
  it('are stored beside the original, never replacing it, with what was measured', async () => {
    const file = photo();
    const meta = await addEvidence(
      { caseId, kind: 'photo', file, fileName: 'шов.jpg' },
      T0 + 1,
      database,
      deps,
    );
    expect(meta.media).toEqual({ width: 1920, height: 1080, durationMs: null });
    const preview = await evidencePreview(meta.id, database);
    expect(preview).toMatchObject({ id: meta.id, mime: 'image/jpeg', width: 320, height: 180 });
    // The original's bytes are the file's, untouched.
    const original = await database.evidenceBlobs.get(meta.id);
    expect(await sha256Hex(original!.bytes)).toBe(await sha256Hex(file));
    expect(meta.sha256).toBe(await sha256Hex(file));
  });

  it('a video keeps its length in its metadata', async () => {
    const video = new Blob([new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70])], { type: 'video/mp4' });
    const meta = await addEvidence(
      { caseId, kind: 'unboxing-video', file: video, fileName: 'распаковка.mp4' },
      T0 + 1,
      database,
      deps,
    );
    expect(meta.media?.durationMs).toBe(7_400);
    expect((await listCaseEvidence(caseId, database))[0]!.media?.durationMs).toBe(7_400);
  });

  it('are made once: for older files when first needed, then read back', async () => {
    const meta = await addEvidence(
      { caseId, kind: 'receipt', file: photo(2), fileName: 'чек.jpg' },
      T0 + 1,
      database,
      { makePreview: null },
    );
    expect(await evidencePreview(meta.id, database)).toBeNull();
    const maker = fakeMaker();
    expect(await ensurePreview(meta, database, maker)).toMatchObject({ width: 320 });
    expect(await ensurePreview(meta, database, maker)).toMatchObject({ width: 320 });
    expect(maker.calls).toBe(1);
    // What the maker measured joins the metadata of a file that lacked it.
    expect((await listCaseEvidence(caseId, database))[0]!.media).toEqual({
      width: 1920,
      height: 1080,
      durationMs: null,
    });
  });

  it('none for a type without one', async () => {
    const meta = await addEvidence(
      { caseId, kind: 'other', file: new Blob(['текст'], { type: 'text/plain' }), fileName: 'a.txt' },
      T0 + 1,
      database,
      deps,
    );
    expect(await evidencePreview(meta.id, database)).toBeNull();
    expect(await ensurePreview(meta, database, deps.makePreview)).toBeNull();
  });
});

describe('the product picture (part 3)', () => {
  it('the first listing picture, screenshot or photo becomes it; the buyer may pick another', async () => {
    await addEvidence(
      { caseId, kind: 'receipt', file: photo(1), fileName: 'чек.jpg' },
      T0 + 1,
      database,
      deps,
    );
    expect(await casePicture(caseId, database)).toBeNull();
    const first = await addEvidence(
      { caseId, kind: 'photo', file: photo(2), fileName: 'a.jpg' },
      T0 + 2,
      database,
      deps,
    );
    expect(await casePicture(caseId, database)).toMatchObject({ caseId, evidenceId: first.id, width: 320 });
    const second = await addEvidence(
      { caseId, kind: 'photo', file: photo(3), fileName: 'b.jpg' },
      T0 + 3,
      database,
      deps,
    );
    expect((await casePicture(caseId, database))?.evidenceId).toBe(first.id);
    expect(await keepPictureFrom(second, database)).toBe(true);
    expect((await casePicture(caseId, database))?.evidenceId).toBe(second.id);
    // Removing the file it was drawn from removes the picture too.
    await removeEvidence(second, database, T0 + 4);
    expect(await casePicture(caseId, database)).toBeNull();
  });
});

describe('duplicates (part 5)', () => {
  it('the same bytes twice in one case are refused, with the file that has them; another case may hold them', async () => {
    const first = await addEvidence(
      { caseId, kind: 'photo', file: photo(), fileName: 'шов.jpg' },
      T0 + 1,
      database,
      deps,
    );
    const before = await snapshotDatabase(database.name);
    const again = addEvidence(
      { caseId, kind: 'receipt', file: photo(), fileName: 'копия.jpg' },
      T0 + 2,
      database,
      deps,
    );
    await expect(again).rejects.toBeInstanceOf(EvidenceError);
    await expect(again).rejects.toMatchObject({ code: 'duplicate', detail: { existing: { id: first.id } } });
    expect(compareSnapshots(before, await snapshotDatabase(database.name))).toEqual({
      lost: [],
      halfWritten: [],
      count: 0,
    });
    expect(await database.evidence.count()).toBe(1);

    const other = (
      await putCase(newCase({ order, problem: 'other', remedy: null, description: '' }, T0), database)
    ).id;
    await expect(
      addEvidence(
        { caseId: other, kind: 'photo', file: photo(), fileName: 'шов.jpg' },
        T0 + 3,
        database,
        deps,
      ),
    ).resolves.toMatchObject({ caseId: other, sha256: first.sha256 });
  });
});

describe('removals logged in the timeline (part 5)', () => {
  it('what, its hash, when: in the same transaction as the removal, through saveCase', async () => {
    const meta = await addEvidence(
      { caseId, kind: 'photo', file: photo(), fileName: 'шов.jpg' },
      T0 + 60_000,
      database,
      deps,
    );
    const caseBefore = (await getCase(caseId, database))!;
    await removeEvidence(meta, database, T0 + 120_000);
    expect(await database.evidence.get(meta.id)).toBeUndefined();
    expect(await database.evidenceBlobs.get(meta.id)).toBeUndefined();
    expect(await database.evidencePreviews.get(meta.id)).toBeUndefined();
    const after = (await getCase(caseId, database))!;
    const event = after.timeline.at(-1)!;
    expect(event).toMatchObject({
      kind: 'evidence-removed',
      at: T0 + 120_000,
      note: `шов.jpg · SHA-256 ${meta.sha256}`,
      evidence: {
        id: meta.id,
        fileName: 'шов.jpg',
        kind: 'photo',
        size: meta.size,
        sha256: meta.sha256,
        capturedAt: T0 + 60_000,
      },
    });
    // Nothing else of the case changed; the index row follows (saveCase wrote it).
    expect({ ...after, timeline: caseBefore.timeline, updatedAt: 0 }).toEqual({
      ...caseBefore,
      updatedAt: 0,
    });
    expect((await database.caseIndex.get(caseId))?.updatedAt).toBe(after.updatedAt);
    // A record, not a statement: it cannot be undone or corrected, and stays out of the letters' history.
    expect(canUndo(event)).toBe(false);
    expect(undoEvent(after, event.id, T0 + 130_000).timeline.at(-1)).toEqual(event);
    expect(correctEvent(after, event.id, { note: 'x' }, T0 + 130_000).timeline.at(-1)).toEqual(event);
    expect(historyOf(after).map((h) => h.kind)).not.toContain('evidence-removed');
    expect(after.status).toBe(caseBefore.status);
  });

  it('an editor holding an older copy of the case keeps the log when it saves (merge)', async () => {
    const meta = await addEvidence(
      { caseId, kind: 'photo', file: photo(), fileName: 'a.jpg' },
      T0 + 1,
      database,
      deps,
    );
    const editorBase = (await getCase(caseId, database))!;
    await removeEvidence(meta, database, T0 + 2);
    const edited = { ...editorBase, description: 'Шов разошёлся', updatedAt: T0 + 3 };
    const saved = await saveCase(edited, editorBase, database);
    expect(saved.merged).toBe(true);
    expect(saved.case.description).toBe('Шов разошёлся');
    expect(saved.case.timeline.map((e) => e.kind)).toContain('evidence-removed');
  });

  it('a failed log write removes nothing', async () => {
    const meta = await addEvidence(
      { caseId, kind: 'photo', file: photo(), fileName: 'a.jpg' },
      T0 + 1,
      database,
      deps,
    );
    const before = await snapshotDatabase(database.name);
    // The case index refuses the write (as a full disk would): the transaction is undone.
    database.caseIndex.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    database.caseIndex.hook('updating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(removeEvidence(meta, database, T0 + 2)).rejects.toBeTruthy();
    const report = compareSnapshots(before, await snapshotDatabase(database.name));
    recordTally({
      kind: 'fault',
      klass: 'disk-full',
      name: 'removing a file when the log of its removal cannot be written',
      dataLost: report.count,
      measured: true,
    });
    expect(report).toEqual({ lost: [], halfWritten: [], count: 0 });
  });

  it('deleting a case takes its previews and picture, and undo puts them back', async () => {
    const meta = await addEvidence(
      { caseId, kind: 'photo', file: photo(), fileName: 'a.jpg' },
      T0 + 1,
      database,
      deps,
    );
    const removed = await deleteCases([caseId], database);
    expect(await database.evidencePreviews.count()).toBe(0);
    expect(await database.casePictures.count()).toBe(0);
    await restoreDeleted(removed, database);
    expect(await evidencePreview(meta.id, database)).not.toBeNull();
    expect(await casePicture(caseId, database)).not.toBeNull();
  });
});

describe('storage that does not lose things (part 6)', () => {
  it('a file that would not fit is refused before anything is read or written', async () => {
    const before = await snapshotDatabase(database.name);
    let read = false;
    const file = photo();
    const big = Object.assign(file, {
      arrayBuffer: () => {
        read = true;
        return Blob.prototype.arrayBuffer.call(file);
      },
    });
    const refused = addEvidence({ caseId, kind: 'photo', file: big, fileName: 'big.jpg' }, T0 + 1, database, {
      ...deps,
      estimate: async () => ({ usage: 100 * 1024 * 1024 - 100 * 1024, quota: 100 * 1024 * 1024 }),
    });
    await expect(refused).rejects.toMatchObject({ code: 'wont-fit', detail: { free: 100 * 1024 } });
    expect(read).toBe(false);
    expect(compareSnapshots(before, await snapshotDatabase(database.name)).count).toBe(0);
  });

  it('QuotaExceeded mid-write leaves nothing half-saved and the case row untouched', async () => {
    await addEvidence(
      { caseId, kind: 'photo', file: photo(1), fileName: 'first.jpg' },
      T0 + 1,
      database,
      deps,
    );
    const before = await snapshotDatabase(database.name);
    // The disk fills up after the metadata was written, while the bytes are: an injected failure.
    let injected = 0;
    database.evidenceBlobs.hook('creating', () => {
      injected++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const kept = new Set<string>();
    let askedToKeep = 0;
    const write = addEvidence(
      { caseId, kind: 'photo', file: photo(2), fileName: 'second.jpg' },
      T0 + 2,
      database,
      {
        ...deps,
        keepData: async () => {
          askedToKeep++;
          kept.add('x');
        },
      },
    );
    await expect(write).rejects.toMatchObject({ code: 'no-space' });
    expect(injected).toBe(1);
    const after = await snapshotDatabase(database.name);
    const report = compareSnapshots(before, after);
    recordTally({
      kind: 'fault',
      klass: 'disk-full',
      name: 'QuotaExceeded while a file is written',
      dataLost: report.count,
      measured: true,
    });
    expect(report).toEqual({ lost: [], halfWritten: [], count: 0 });
    // Not a single new row anywhere: no metadata, bytes, preview or picture of the failed file.
    for (const table of Object.keys(after!.tables))
      expect(Object.keys(after!.tables[table]!), table).toEqual(Object.keys(before!.tables[table]!));
    expect(askedToKeep).toBe(0);
  });

  it('asks the browser to keep the data once evidence is stored', async () => {
    let asked = 0;
    await addEvidence({ caseId, kind: 'photo', file: photo(), fileName: 'a.jpg' }, T0 + 1, database, {
      ...deps,
      keepData: async () => void asked++,
    });
    expect(asked).toBe(1);
  });
});
