/**
 * Reads an archive off the page's main thread: receives the ZIP (a File, read in slices, or bytes
 * transferred) and the space there is to import into, answers with
 * readArchive's result (evidence bytes transferred back) or with the error it threw. The page
 * terminates this worker when it runs past its time limit (./read-in-worker.ts).
 */
import { readArchive } from './read';
import type { ReadArchiveResult } from './format';

export type ReadWorkerAnswer = { result: ReadArchiveResult<Uint8Array | Blob> } | { error: string };
export interface ReadWorkerRequest {
  file: Blob | Uint8Array;
  maxBytes?: number;
}

self.onmessage = async (event: MessageEvent<ReadWorkerRequest>) => {
  let answer: ReadWorkerAnswer;
  const transfer = new Set<ArrayBuffer>();
  try {
    const { file, maxBytes } = event.data;
    const result = await readArchive(file, { maxBytes });
    if (result.ok)
      for (const e of result.evidence)
        if (e.bytes instanceof Uint8Array && e.bytes.buffer instanceof ArrayBuffer)
          transfer.add(e.bytes.buffer);
    answer = { result };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer, { transfer: [...transfer] });
};
