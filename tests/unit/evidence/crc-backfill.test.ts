/**
 * The CRC-32 backfill (issue 12): evidence stored before CRC-32s were kept gets them once, computed as
 * a stream over the stored Blob and written through the evidence module's write path, no other field
 * changed; rows that already have one, lost their bytes or were removed meanwhile are left alone; and
 * an export afterwards writes the file unread (its CRC-32 known).
 */
import { crc32 as zlibCrc32 } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildArchiveBlob } from '@/utils/archive';
import { newCase } from '@/utils/cases/create';
import { ShagymDb, putCase } from '@/utils/db';
import { backfillCrc32, crc32OfBlob } from '@/utils/evidence/crc-backfill';
import { addEvidence, listCaseEvidence, recordCrc32 } from '@/utils/evidence/store';

const T0 = 1_795_000_000_000;
const NO_DEPS = { makePreview: null, estimate: async () => null, keepData: async () => undefined };

let database: ShagymDb;
let caseId: string;
beforeEach(async () => {
  database = new ShagymDb(`crc-${crypto.randomUUID()}`);
  await database.open();
  const c = await putCase(
    newCase(
      {
        order: {
          orderNumber: '612345678',
          productCode: null,
          productTitle: 'Чайник',
          productUrl: null,
          sellerName: null,
          merchantId: null,
          price: null,
          orderDate: '2026-11-10',
          receivedDate: '2026-11-15',
        },
        problem: 'poor-quality',
        remedy: 'refund',
        description: '',
      },
      T0,
    ),
    database,
  );
  caseId = c.id;
});

const bytesOf = (n: number, seed: number) => new Uint8Array(n).map((_, i) => (i * 31 + seed) & 0xff);

/** Stores a file as a version without CRC-32s did: the same row, without the field. */
async function storedBeforeCrc(n: number, seed: number) {
  const bytes = bytesOf(n, seed);
  const meta = await addEvidence(
    { caseId, kind: 'photo', file: new Blob([bytes], { type: 'image/jpeg' }), fileName: `f${seed}.jpg` },
    T0 + seed,
    database,
    NO_DEPS,
  );
  const { crc32: _dropped, ...old } = meta;
  await database.evidence.put(old);
  return { meta: old, bytes };
}

describe('crc32OfBlob', () => {
  it('gives what zlib gives for the whole file, read as a stream', async () => {
    for (const n of [0, 1, 7, 65_536 + 3, 3_000_001]) {
      const bytes = bytesOf(n, n);
      expect(await crc32OfBlob(new Blob([bytes]))).toBe(zlibCrc32(bytes));
    }
  });
});

describe('backfillCrc32', () => {
  it('records each missing CRC-32 once, changing no other field, and leaves the rest as they are', async () => {
    const a = await storedBeforeCrc(2_500_000, 1);
    const b = await storedBeforeCrc(10_000, 2);
    const kept = await addEvidence(
      { caseId, kind: 'photo', file: new Blob([bytesOf(500, 3)]), fileName: 'new.jpg' },
      T0 + 3,
      database,
      NO_DEPS,
    );
    const lost = await storedBeforeCrc(800, 4);
    await database.evidenceBlobs.delete(lost.meta.id);
    const before = new Map((await database.evidence.toArray()).map((r) => [r.id, r]));

    expect(await backfillCrc32(database)).toEqual({ filled: 2, skipped: 1 });
    const after = new Map((await database.evidence.toArray()).map((r) => [r.id, r]));
    expect(after.get(a.meta.id)).toEqual({ ...before.get(a.meta.id), crc32: zlibCrc32(a.bytes) });
    expect(after.get(b.meta.id)).toEqual({ ...before.get(b.meta.id), crc32: zlibCrc32(b.bytes) });
    expect(after.get(kept.id)).toEqual(before.get(kept.id));
    expect(after.get(lost.meta.id)).toEqual(before.get(lost.meta.id));

    // Once: nothing left to do but the row without bytes.
    expect(await backfillCrc32(database)).toEqual({ filled: 0, skipped: 1 });
  });

  it('never writes a CRC-32 over one already there, for a removed row, or for bytes of another size', async () => {
    const a = await storedBeforeCrc(1000, 5);
    expect(await recordCrc32(a.meta.id, 999, 123, database)).toBe(false);
    expect(await recordCrc32(crypto.randomUUID(), 1000, 123, database)).toBe(false);
    expect(await recordCrc32(a.meta.id, 1000, 123, database)).toBe(true);
    expect(await recordCrc32(a.meta.id, 1000, 456, database)).toBe(false);
    expect((await database.evidence.get(a.meta.id))?.crc32).toBe(123);
  });

  it('makes the next export write the file without reading it', async () => {
    await storedBeforeCrc(300_000, 6);
    const exportReads = async () => {
      const [meta] = await listCaseEvidence(caseId, database);
      const stored = (await database.evidenceBlobs.get(meta!.id))!.bytes;
      let reads = 0;
      // The same bytes, counting every read of them.
      const counting = new Proxy(stored, {
        get(target, prop) {
          if (prop === 'arrayBuffer' || prop === 'stream' || prop === 'slice') reads += 1;
          const v = Reflect.get(target, prop, target) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
      await buildArchiveBlob(
        {
          exportedAt: T0 + 10_000,
          appVersion: '0.1.0',
          lang: 'ru',
          today: '2026-11-18',
          cases: [],
          evidence: [{ meta: meta!, bytes: counting }],
        },
        { verify: false },
      );
      return reads;
    };
    expect(await exportReads()).toBeGreaterThan(0);
    await backfillCrc32(database);
    expect(await exportReads()).toBe(0);
  });
});
