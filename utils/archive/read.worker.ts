/**
 * Reads an archive off the page's main thread: receives the ZIP's bytes (transferred), answers with
 * readArchive's result (evidence bytes transferred back) or with the error it threw. The page
 * terminates this worker when it runs past its time limit (./read-in-worker.ts).
 */
import { readArchive } from './read';
import type { ReadArchiveResult } from './format';

export type ReadWorkerAnswer = { result: ReadArchiveResult } | { error: string };

self.onmessage = async (event: MessageEvent<Uint8Array>) => {
  let answer: ReadWorkerAnswer;
  const transfer = new Set<ArrayBuffer>();
  try {
    const result = await readArchive(event.data);
    if (result.ok)
      for (const e of result.evidence)
        if (e.bytes.buffer instanceof ArrayBuffer) transfer.add(e.bytes.buffer);
    answer = { result };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer, { transfer: [...transfer] });
};
