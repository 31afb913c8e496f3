/** readArchiveInWorker: answers with the worker's result, and stops a worker that runs too long. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArchiveReadTimeout, readArchiveInWorker } from '@/utils/archive/read-in-worker';

const workers = vi.hoisted(() => ({ answer: undefined as unknown, made: [] as { terminated: boolean }[] }));

vi.mock('@/utils/archive/read.worker.ts?worker', () => ({
  default: class {
    terminated = false;
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: ((event: { message: string }) => void) | null = null;
    constructor() {
      workers.made.push(this);
    }
    postMessage() {
      const answer = workers.answer;
      if (answer !== undefined) setTimeout(() => this.onmessage?.({ data: answer }), 10);
    }
    terminate() {
      this.terminated = true;
    }
  },
}));

afterEach(() => {
  vi.useRealTimers();
  workers.made.length = 0;
});

describe('readArchiveInWorker', () => {
  it('gives the result the worker answers, then ends the worker', async () => {
    workers.answer = { result: { ok: false, error: 'not-a-zip' } };
    await expect(readArchiveInWorker(new Uint8Array(4))).resolves.toEqual({ ok: false, error: 'not-a-zip' });
    expect(workers.made.map((w) => w.terminated)).toEqual([true]);
  });

  it('stops a worker that runs past the time limit, with a clear error', async () => {
    vi.useFakeTimers();
    workers.answer = undefined;
    const reading = readArchiveInWorker(new Uint8Array(4), 5000);
    const settled = expect(reading).rejects.toBeInstanceOf(ArchiveReadTimeout);
    await vi.advanceTimersByTimeAsync(5001);
    await settled;
    await expect(reading).rejects.toMatchObject({ seconds: 5 });
    expect(workers.made.map((w) => w.terminated)).toEqual([true]);
  });
});

describe('readTimeLimit', () => {
  it('is the fixed limit for a small file and grows with a large one (hashed whole: tens of MB/s)', async () => {
    const { READ_TIME_LIMIT_MS, readTimeLimit } = await import('@/utils/archive/read-in-worker');
    expect(readTimeLimit(10_000)).toBe(READ_TIME_LIMIT_MS + 2);
    expect(readTimeLimit(300_000_000)).toBe(READ_TIME_LIMIT_MS + 60_000);
  });
});
