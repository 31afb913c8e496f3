/**
 * Issue 11, parts 4 and 6, pure pieces with golden figures: the preview's size and what gets one, a
 * video's length as players show it, and the storage figures and the pre-check of a write.
 */
import { describe, expect, it } from 'vitest';
import {
  PREVIEW_MAX,
  formatDuration,
  previewRowSchema,
  previewSize,
  previewSourceOf,
} from '@/utils/evidence/preview';
import {
  STORAGE_MARGIN_BYTES,
  askToKeepData,
  fitsInStorage,
  readStorage,
  storageFigures,
} from '@/utils/storage/space';

describe('previewSize', () => {
  it.each([
    // [width, height] → preview, the longer side at most 320, never enlarged
    [[1920, 1080], { width: 320, height: 180 }],
    [[1080, 1920], { width: 180, height: 320 }],
    [[1280, 10_000], { width: 41, height: 320 }],
    [[320, 320], { width: 320, height: 320 }],
    [[100, 50], { width: 100, height: 50 }],
    [[5000, 2], { width: 320, height: 1 }],
    [[4032, 3024], { width: 320, height: 240 }],
  ] as const)('%j → %j', ([w, h], expected) => {
    expect(previewSize(w, h)).toEqual(expected);
  });

  it('refuses sizes that are not sizes', () => {
    for (const [w, h] of [
      [0, 10],
      [10, -1],
      [Number.NaN, 10],
      [Number.POSITIVE_INFINITY, 10],
    ])
      expect(() => previewSize(w!, h!)).toThrow(RangeError);
  });
});

describe('previewSourceOf', () => {
  it('previews pictures and video, opens HTML in the sandbox, nothing else', () => {
    expect(
      Object.fromEntries(
        [
          'image/png',
          'image/jpeg',
          'image/webp',
          'image/svg+xml',
          'video/mp4',
          'video/webm',
          'text/html',
          'text/plain',
          'application/pdf',
        ].map((m) => [m, previewSourceOf(m)]),
      ),
    ).toEqual({
      'image/png': 'image',
      'image/jpeg': 'image',
      'image/webp': 'image',
      // SVG can carry script: no preview drawn from it.
      'image/svg+xml': null,
      'video/mp4': 'video',
      'video/webm': 'video',
      'text/html': 'page',
      'text/plain': null,
      'application/pdf': null,
    });
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [7_400, '0:07'],
    [65_000, '1:05'],
    [600_000, '10:00'],
    [3_723_000, '1:02:03'],
    [-5, '0:00'],
  ])('%d ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('stored previews are read as untrusted', () => {
  it('accepts a preview row and refuses oversized or foreign ones', () => {
    const ok = {
      id: crypto.randomUUID(),
      bytes: new Blob(['x']),
      mime: 'image/jpeg',
      width: 320,
      height: 180,
    };
    expect(previewRowSchema.safeParse(ok).success).toBe(true);
    expect(previewRowSchema.safeParse({ ...ok, width: PREVIEW_MAX + 1 }).success).toBe(false);
    expect(previewRowSchema.safeParse({ ...ok, mime: 'text/html' }).success).toBe(false);
    expect(previewRowSchema.safeParse({ ...ok, bytes: 'data:image/png;base64,' }).success).toBe(false);
  });
});

describe('storage figures', () => {
  const MiB = 1024 * 1024;
  it('used, free and the share used', () => {
    expect(storageFigures({ usage: 25 * MiB, quota: 100 * MiB })).toEqual({
      used: 25 * MiB,
      free: 75 * MiB,
      quota: 100 * MiB,
      percent: 25,
    });
    expect(storageFigures({ usage: 0, quota: 1000 })).toEqual({
      used: 0,
      free: 1000,
      quota: 1000,
      percent: 0,
    });
    // Padded estimates can report more used than the quota: capped, never a negative free space.
    expect(storageFigures({ usage: 150, quota: 100 })).toEqual({
      used: 100,
      free: 0,
      quota: 100,
      percent: 100,
    });
  });

  it('no figures from a browser that gives none', () => {
    expect(storageFigures(null)).toBeNull();
    expect(storageFigures({})).toBeNull();
    expect(storageFigures({ usage: 10, quota: 0 })).toBeNull();
    expect(storageFigures({ usage: 10, quota: Number.NaN })).toBeNull();
  });

  it('a file fits when its size and the margin are free', () => {
    const quota = 100 * MiB;
    const usage = 90 * MiB; // 10 MiB free
    expect(fitsInStorage(6 * MiB, { usage, quota })).toEqual({ fits: true });
    expect(fitsInStorage(10 * MiB - STORAGE_MARGIN_BYTES, { usage, quota })).toEqual({ fits: true });
    expect(fitsInStorage(10 * MiB - STORAGE_MARGIN_BYTES + 1, { usage, quota })).toEqual({
      fits: false,
      need: 10 * MiB + 1,
      free: 10 * MiB,
    });
    // Without figures the write is tried (and fails cleanly if it must).
    expect(fitsInStorage(10 ** 12, null)).toEqual({ fits: true });
  });

  it('reads the state and asks to keep the data once, never throwing', async () => {
    let asked = 0;
    let kept = false;
    const storage = {
      estimate: async () => ({ usage: 2048, quota: 4096 }),
      persisted: async () => kept,
      persist: async () => {
        asked++;
        kept = true;
        return true;
      },
    };
    expect(await readStorage(storage)).toEqual({
      figures: { used: 2048, free: 2048, quota: 4096, percent: 50 },
      persistence: 'not-kept',
    });
    expect(await askToKeepData(storage)).toBe('kept');
    expect(await askToKeepData(storage)).toBe('kept');
    expect(asked).toBe(1);
    expect(await readStorage(storage)).toMatchObject({ persistence: 'kept' });
    const broken = {
      estimate: () => Promise.reject(new Error('x')),
      persisted: () => Promise.reject(new Error('x')),
    };
    expect(await readStorage(broken)).toEqual({ figures: null, persistence: 'unknown' });
    expect(await askToKeepData(broken)).toBe('unknown');
    expect(await askToKeepData(undefined)).toBe('unknown');
  });
});
