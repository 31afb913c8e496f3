/**
 * What "data lost" means in the fault tally (tests/faults/tally.ts), measured: every row of every table
 * is read before the fault and after it, in whatever runs the database (fake-indexeddb in vitest, the
 * extension's own pages in Chromium and Firefox), and compared.
 *
 * - lost: a row that was there before and is gone or different after (except rows the test names as
 *   meant to change);
 * - half-written: evidence metadata without its bytes or bytes without metadata.
 */

/** Table → JSON of the key → JSON of the row (a Blob as its size, type and SHA-256). */
export interface DbSnapshot {
  version: number;
  tables: Record<string, Record<string, string>>;
}

/**
 * Reads the whole database. Self-contained (no imports, no closures): it is passed as is to
 * `page.evaluate` in Chromium (Playwright) and Firefox (puppeteer over BiDi). Null when there is no
 * database (none is created).
 */
export async function snapshotDatabase(name: string): Promise<DbSnapshot | null> {
  const idb = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
  });
  if (!idb) return null;
  const names = Array.from(idb.objectStoreNames);
  const raw: Record<string, [unknown, unknown][]> = {};
  if (names.length)
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(names, 'readonly');
      for (const table of names) {
        const keys = tx.objectStore(table).getAllKeys();
        const values = tx.objectStore(table).getAll();
        values.onsuccess = () => {
          raw[table] = (keys.result as unknown[]).map((k, i) => [k, (values.result as unknown[])[i]]);
        };
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  const version = idb.version;
  idb.close();
  const hex = (buf: ArrayBuffer) =>
    Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
  const plain = async (value: unknown): Promise<unknown> => {
    if (value instanceof Blob)
      return {
        blob: value.size,
        type: value.type,
        sha256: hex(await crypto.subtle.digest('SHA-256', await value.arrayBuffer())),
      };
    if (Array.isArray(value)) return Promise.all(value.map(plain));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = await plain(v);
      return out;
    }
    return value;
  };
  const tables: Record<string, Record<string, string>> = {};
  for (const table of names) {
    tables[table] = {};
    for (const [key, value] of raw[table] ?? [])
      tables[table][JSON.stringify(key)] = JSON.stringify(await plain(value));
  }
  return { version, tables };
}

export interface LossReport {
  /** `table key: gone|changed` for every row lost. */
  lost: string[];
  /** `table key` of evidence rows without bytes, bytes without metadata. */
  halfWritten: string[];
  /** lost + half-written: what the tally counts as data lost. */
  count: number;
}

/**
 * Compares two snapshots. `mayChange`: `table:id` of rows the operation is meant to change (a case the
 * buyer edits); everything else saved before must be there, byte for byte, after.
 */
export function compareSnapshots(
  before: DbSnapshot | null,
  after: DbSnapshot | null,
  { mayChange = [] }: { mayChange?: readonly string[] } = {},
): LossReport {
  const lost: string[] = [];
  const allowed = new Set(mayChange);
  for (const [table, rows] of Object.entries(before?.tables ?? {})) {
    for (const [key, value] of Object.entries(rows)) {
      const now = after?.tables[table]?.[key];
      if (now === undefined) lost.push(`${table} ${key}: gone`);
      else if (now !== value && !allowed.has(`${table}:${JSON.parse(key) as string}`))
        lost.push(`${table} ${key}: changed`);
    }
  }
  const halfWritten: string[] = [];
  const meta = after?.tables.evidence ?? {};
  const blobs = after?.tables.evidenceBlobs ?? {};
  for (const key of Object.keys(meta)) if (!(key in blobs)) halfWritten.push(`evidence ${key}: no bytes`);
  for (const key of Object.keys(blobs))
    if (!(key in meta)) halfWritten.push(`evidenceBlobs ${key}: no metadata`);
  return { lost, halfWritten, count: lost.length + halfWritten.length };
}
