/**
 * Evidence in IndexedDB (fake-indexeddb): hashed with SHA-256 and timestamped when added, bytes apart
 * from metadata, noted on the case's timeline; verification catches changed bytes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { newCase } from '@/utils/cases/create';
import { ShagymDb, getCase, putCase } from '@/utils/db';
import { formatBytes } from '@/utils/evidence/format';
import { sha256Hex } from '@/utils/evidence/hash';
import {
  EvidenceError,
  MAX_EVIDENCE_BYTES,
  addEvidence,
  evidenceBytes,
  listCaseEvidence,
  removeEvidence,
  verifyEvidence,
} from '@/utils/evidence/store';

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

let database: ShagymDb;
let caseId: string;
beforeEach(async () => {
  database = new ShagymDb(`evidence-${crypto.randomUUID()}`);
  await database.open();
  const c = await putCase(
    newCase({ order, problem: 'poor-quality', remedy: 'refund', description: 'Шов разошёлся' }, T0),
    database,
  );
  caseId = c.id;
});

describe('sha256Hex', () => {
  it('prints what sha256sum prints', async () => {
    // FIPS 180-2 test vectors.
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex(new Blob([]))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await sha256Hex(new TextEncoder().encode('abc').buffer)).toMatch(/^ba7816bf/);
  });
});

describe('addEvidence', () => {
  it('hashes, timestamps and stores a file, leaving the case row alone', async () => {
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], { type: 'image/jpeg' });
    const meta = await addEvidence(
      { caseId, kind: 'photo', file: photo, fileName: 'шов.jpg' },
      T0 + 60_000,
      database,
    );
    expect(meta).toMatchObject({
      caseId,
      kind: 'photo',
      fileName: 'шов.jpg',
      mime: 'image/jpeg',
      size: 7,
      sha256: await sha256Hex(photo),
      capturedAt: T0 + 60_000,
      sourceUrl: null,
    });
    expect(await listCaseEvidence(caseId, database)).toEqual([meta]);
    const bytes = await evidenceBytes(meta.id, database);
    expect(new Uint8Array(await bytes!.arrayBuffer())).toEqual(
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    );
    // The panel may hold a newer draft of the case: evidence never writes the case row.
    const c = (await getCase(caseId, database))!;
    expect(c.updatedAt).toBe(T0);
    expect(c.timeline.map((e) => e.kind)).toEqual(['created']);
  });

  it('keeps an unknown or odd type as application/octet-stream, and a blank name as "file"', async () => {
    const meta = await addEvidence(
      { caseId, kind: 'other', file: new Blob(['x'], { type: 'text/html; charset=utf-8' }), fileName: '  ' },
      T0,
      database,
    );
    expect(meta).toMatchObject({ mime: 'application/octet-stream', fileName: 'file' });
  });

  it('refuses empty and oversized files and unknown cases, and writes nothing then', async () => {
    await expect(
      addEvidence({ caseId, kind: 'photo', file: new Blob([]), fileName: 'a.jpg' }, T0, database),
    ).rejects.toMatchObject({ code: 'empty' });
    const huge = { size: MAX_EVIDENCE_BYTES + 1, type: 'video/mp4' } as Blob;
    await expect(
      addEvidence({ caseId, kind: 'unboxing-video', file: huge, fileName: 'v.mp4' }, T0, database),
    ).rejects.toBeInstanceOf(EvidenceError);
    await expect(
      addEvidence(
        { caseId: crypto.randomUUID(), kind: 'photo', file: new Blob(['x']), fileName: 'a.jpg' },
        T0,
        database,
      ),
    ).rejects.toMatchObject({ code: 'no-case' });
    expect(await database.evidence.count()).toBe(0);
    expect(await database.evidenceBlobs.count()).toBe(0);
  });
});

describe('verify, list, remove', () => {
  it('verification fails once the stored bytes change', async () => {
    const meta = await addEvidence(
      {
        caseId,
        kind: 'receipt',
        file: new Blob(['чек 2810 ₸'], { type: 'text/plain' }),
        fileName: 'чек.txt',
      },
      T0,
      database,
    );
    expect(await verifyEvidence(meta, database)).toBe(true);
    await database.evidenceBlobs.put({ id: meta.id, bytes: new Blob(['чек 2800 ₸']) });
    expect(await verifyEvidence(meta, database)).toBe(false);
    await database.evidenceBlobs.delete(meta.id);
    expect(await verifyEvidence(meta, database)).toBe(false);
  });

  it('lists oldest first, skipping a damaged row; removing deletes metadata and bytes', async () => {
    const later = await addEvidence(
      { caseId, kind: 'photo', file: new Blob(['2']), fileName: '2.jpg' },
      T0 + 2000,
      database,
    );
    const earlier = await addEvidence(
      { caseId, kind: 'chat-screenshot', file: new Blob(['1']), fileName: '1.png' },
      T0 + 1000,
      database,
    );
    await database.evidence.put({ id: 'broken', caseId } as never);
    expect((await listCaseEvidence(caseId, database)).map((e) => e.fileName)).toEqual(['1.png', '2.jpg']);

    await removeEvidence(later, database);
    expect((await listCaseEvidence(caseId, database)).map((e) => e.id)).toEqual([earlier.id]);
    expect(await evidenceBytes(later.id, database)).toBeNull();
    expect(await evidenceBytes(earlier.id, database)).not.toBeNull();
  });
});

describe('formatBytes', () => {
  it('reads as people write sizes, per language', () => {
    expect(formatBytes(812, 'ru')).toBe('812\u00A0Б');
    expect(formatBytes(1536, 'ru')).toBe('1,5\u00A0КБ');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5\u00A0MB');
    expect(formatBytes(1.25 * 1024 ** 3, 'en')).toBe('1.3\u00A0GB');
    expect(formatBytes(1536, 'kk')).toBe('1,5\u00A0КБ');
  });
});
