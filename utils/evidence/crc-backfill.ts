/**
 * CRC-32s for evidence stored before they were kept (issue 12). An export writes a file into its ZIP
 * unread when its CRC-32 is known (meta.crc32); without one it reads the whole file during the export
 * (about a quarter of the speed: `node tests/bench/run.mjs --only=archive --archive-no-crc`). So, once,
 * in the background after start-up or an update, each missing CRC-32 is computed over the stored Blob
 * as a stream (one file at a time, one piece in memory) and recorded through the evidence module's write
 * path (recordCrc32, ./store.ts), which changes that one field only. An export meanwhile still works: it
 * computes what is missing itself.
 */
import { db, type ShagymDb } from '../db';
import { crc32 } from './hash';
import { storedEvidenceSchema } from './schema';
import { evidenceBytes, recordCrc32 } from './store';

/** The CRC-32 of a Blob, read as a stream: only the piece being summed is in memory. */
export async function crc32OfBlob(blob: Blob, signal?: AbortSignal): Promise<number> {
  const reader = blob.stream().getReader();
  let crc = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason ?? new DOMException('stopped', 'AbortError');
      const { done, value } = await reader.read();
      if (done) return crc;
      crc = crc32(value, crc);
    }
  } finally {
    reader.releaseLock();
  }
}

export interface BackfillOutcome {
  /** CRC-32s computed and recorded. */
  filled: number;
  /** Rows left as they are: no stored bytes, bytes of another size than recorded, or a row that does not read. */
  skipped: number;
}

/**
 * Computes and records every missing CRC-32, one row at a time (each in its own transaction, so a worker
 * stopped midway keeps what it did and the next start-up goes on). Never throws for one bad row.
 */
export async function backfillCrc32(
  database: ShagymDb = db,
  options: { signal?: AbortSignal } = {},
): Promise<BackfillOutcome> {
  const outcome: BackfillOutcome = { filled: 0, skipped: 0 };
  const ids = (await database.evidence
    .filter((row) => typeof (row as { crc32?: unknown }).crc32 !== 'number')
    .primaryKeys()) as string[];
  for (const id of ids) {
    if (options.signal?.aborted) break;
    const row = storedEvidenceSchema.safeParse(await database.evidence.get(id));
    const bytes = row.success ? await evidenceBytes(id, database) : null;
    if (!row.success || !bytes || bytes.size !== row.data.size) {
      outcome.skipped += 1;
      continue;
    }
    const crc = await crc32OfBlob(bytes, options.signal);
    if (await recordCrc32(id, bytes.size, crc, database)) outcome.filled += 1;
    else outcome.skipped += 1;
  }
  return outcome;
}

let running: Promise<BackfillOutcome> | null = null;

/** backfillCrc32 once at a time (start-up and an update may both ask); errors are logged, not thrown. */
export function backfillCrc32Once(database: ShagymDb = db): Promise<BackfillOutcome | null> {
  running ??= backfillCrc32(database).finally(() => {
    running = null;
  });
  return running.catch((error: unknown) => {
    console.warn('CRC-32 backfill stopped', error);
    return null;
  });
}
