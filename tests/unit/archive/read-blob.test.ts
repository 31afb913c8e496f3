/**
 * readArchive of a Blob (the File the buyer chose): the same result as of its bytes, read in slices
 * never larger than the largest file, and large stored evidence given back as a slice of the file
 * (never copied into memory to be kept).
 */
import { describe, expect, it } from 'vitest';
import { buildArchive, readArchive } from '@/utils/archive';
import { PHONE_CASE, WASHER_CASE, evidence, input, sha256 } from './fixtures';

class CountingBlob extends Blob {
  largestSlice = 0;
  override slice(start?: number, end?: number, type?: string): Blob {
    const s = super.slice(start, end, type);
    this.largestSlice = Math.max(this.largestSlice, s.size);
    return s;
  }
}

describe('readArchive of a Blob', () => {
  it('gives what reading its bytes gives; big stored files come back as slices', async () => {
    const video = evidence(PHONE_CASE.id, 'видео.mp4', {
      kind: 'unboxing-video',
      mime: 'video/mp4',
      size: 3_000_000,
    });
    const photo = evidence(PHONE_CASE.id, 'фото.jpg', { size: 50_000 });
    const chat = evidence(WASHER_CASE.id, 'чат.png', {
      kind: 'chat-screenshot',
      mime: 'image/png',
      size: 9000,
    });
    const { bytes } = await buildArchive(
      input({ cases: [PHONE_CASE, WASHER_CASE], evidence: [video, photo, chat] }),
    );
    const file = new CountingBlob([bytes as BlobPart], { type: 'application/zip' });
    const fromBytes = await readArchive(bytes);
    const fromBlob = await readArchive(file);
    if (!fromBytes.ok || !fromBlob.ok) throw new Error('refused');
    expect(fromBlob.cases).toEqual(fromBytes.cases);
    expect(fromBlob.problems).toEqual(fromBytes.problems);
    expect(fromBlob.evidence.map((e) => e.meta)).toEqual(fromBytes.evidence.map((e) => e.meta));
    for (const e of fromBlob.evidence) {
      const data = e.bytes instanceof Blob ? new Uint8Array(await e.bytes.arrayBuffer()) : e.bytes;
      expect(sha256(data)).toBe(e.meta.sha256);
    }
    const big = fromBlob.evidence.find((e) => e.meta.id === video.meta.id)!;
    expect(big.bytes).toBeInstanceOf(Blob);
    expect((big.bytes as Blob).type).toBe('video/mp4');
    // Never the whole archive at once: at most the largest file (plus its header).
    expect(file.largestSlice).toBeLessThan(video.bytes.length + 1024);
    expect(file.largestSlice).toBeLessThan(file.size);
  });

  it('refuses a Blob that is not a ZIP, and an empty one', async () => {
    expect(await readArchive(new Blob(['not a zip at all']))).toEqual({ ok: false, error: 'not-a-zip' });
    expect(await readArchive(new Blob([]))).toEqual({ ok: false, error: 'not-a-zip' });
  });
});
