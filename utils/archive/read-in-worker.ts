import type { ReadArchiveResult } from './format';
import type { ReadWorkerAnswer, ReadWorkerRequest } from './read.worker';
// Vite bundles the worker as its own file of the extension (same origin, allowed by the default CSP).
import ReadWorker from './read.worker.ts?worker';

/** How long reading an archive may take before the worker is stopped… */
export const READ_TIME_LIMIT_MS = 90_000;
/**
 * …plus this per byte of the file: a large archive is hashed whole (tens of MB/s on a busy machine),
 * so its time grows with its size; a small hostile one still meets the fixed limit.
 */
export const READ_TIME_PER_BYTE_MS = 1000 / 5_000_000;

/** The time limit for reading a file of `size` bytes. */
export function readTimeLimit(size: number): number {
  return READ_TIME_LIMIT_MS + Math.ceil(size * READ_TIME_PER_BYTE_MS);
}

/** Reading the archive ran past its time limit and was stopped. */
export class ArchiveReadTimeout extends Error {
  override readonly name = 'ArchiveReadTimeout';
  constructor(readonly seconds: number) {
    super(`reading the archive took more than ${seconds} s`);
  }
}

/**
 * readArchive in a Web Worker, so that a hostile archive can never freeze the page, and stopped after
 * `limitMs` (rejects with ArchiveReadTimeout). A File is read there in slices (its evidence comes back
 * as slices of it, never read into this page); bytes are transferred: unusable here afterwards.
 * `maxBytes`: the space there is to import into (readArchive's option).
 */
export function readArchiveInWorker(
  file: Blob | Uint8Array,
  limitMs: number = READ_TIME_LIMIT_MS,
  maxBytes?: number,
): Promise<ReadArchiveResult<Uint8Array | Blob>> {
  return new Promise((resolve, reject) => {
    const worker = new ReadWorker();
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    const timer = setTimeout(() => {
      finish();
      reject(new ArchiveReadTimeout(Math.round(limitMs / 1000)));
    }, limitMs);
    worker.onmessage = (event: MessageEvent<ReadWorkerAnswer>) => {
      finish();
      if ('result' in event.data) resolve(event.data.result);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the archive reader stopped'));
    };
    const request: ReadWorkerRequest = { file, maxBytes };
    worker.postMessage(
      request,
      file instanceof Uint8Array && file.buffer instanceof ArrayBuffer ? [file.buffer] : [],
    );
  });
}
