import Dexie, { type EntityTable } from 'dexie';
import type { z } from 'zod';
import { caseSchema, type Case, type CaseInput } from './cases/schema';
import { compactForSave, readCaseRow } from './cases/repair';
import { storedEvidenceSchema, type Evidence } from './evidence/schema';
import type { PreviewRow } from './evidence/preview';
import { DB_NAME } from './db-name';
import { RETIRED_DEADLINE_KINDS } from './deadlines/rules';
import { reminderMetaSchema, reminderSchema, type Reminder, type ReminderMeta } from './reminders/schema';
import { caseSummarySchema, summaryOf, type CaseSummary } from './cases/summary';
import { todayInKz } from './deadlines/time-zone';

/**
 * The one IndexedDB database of the extension (origin chrome-extension:// or moz-extension://).
 * Every table and its indexes are declared here, with a version per change of schema.
 * Rows read back are untrusted: they go through zod (see `parseRows`).
 */
export { DB_NAME };

interface EvidenceBlobRow {
  id: string;
  bytes: Blob;
}

/** The product's main picture kept with a case (v5, issue 11): small bytes of our own, never a remote URL. */
export interface CasePictureRow {
  caseId: string;
  bytes: Blob;
  mime: string;
  width: number;
  height: number;
  /** The evidence it was drawn from, when it was; null for a picture kept another way. */
  evidenceId: string | null;
  /** Where the picture was on kaspi.kz (og:image), when known. */
  sourceUrl: string | null;
  /** SHA-256 of the stored bytes. */
  sha256: string;
  at: number;
}

export class ShagymDb extends Dexie {
  cases!: EntityTable<CaseInput, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  /** Bytes kept apart so that listing evidence never loads them. */
  evidenceBlobs!: EntityTable<EvidenceBlobRow, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  /** Per case: from which `updatedAt` its reminders were computed (v3, issue 13). */
  reminderMeta!: EntityTable<ReminderMeta, 'caseId'>;
  /** One small summary per case (v4, issue 10): written with the case, read by the popup and the badge. */
  caseIndex!: EntityTable<CaseSummary, 'id'>;
  /** Small previews of pictures, screenshots and videos, under the evidence's id (v5, issue 11). */
  evidencePreviews!: EntityTable<PreviewRow, 'id'>;
  /** The product's main picture per case (v5, issue 11). */
  casePictures!: EntityTable<CasePictureRow, 'caseId'>;

  constructor(name = DB_NAME) {
    const factory = globalThis.indexedDB as IDBFactory | undefined;
    // Without IndexedDB (a Node script reading the declared versions) there is nothing to open.
    super(name, factory ? { indexedDB: refusingNewer(factory), IDBKeyRange: globalThis.IDBKeyRange } : {});
    this.version(1).stores({
      cases: 'id, updatedAt, status, order.orderNumber',
      evidence: 'id, caseId, capturedAt',
      evidenceBlobs: 'id',
      reminders: 'id, caseId, nextAt',
    });
    // v2 (issue 9): the "card refund, 90 days" deadline was not a marketplace rule; its reminders go,
    // so that none fires again. Cases keep every field (new ones have defaults).
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('reminders')
          .filter((r: { kind?: unknown }) => RETIRED_DEADLINE_KINDS.includes(String(r.kind)))
          .delete(),
      );
    // v3 (issue 13): when each case's reminders were computed. Empty after the upgrade: every case is
    // recomputed once at the next reconcile (planning keeps the stages already notified).
    this.version(3).stores({ reminderMeta: 'caseId' });
    // v4 (issue 10): the case index, built here from the rows there are (a row that cannot be read has
    // no summary: the popup's full listing reports it, as before).
    this.version(4)
      .stores({ caseIndex: 'id, rank, bucket, orderNumber, writtenAt' })
      .upgrade(async (tx) => {
        const now = Date.now();
        const today = todayInKz(now);
        const rows: unknown[] = await tx.table('cases').toArray();
        const summaries: CaseSummary[] = [];
        for (const row of rows) {
          const read = readCaseRow(row);
          if (read.ok) summaries.push(summaryOf(read.case, today, now));
        }
        await tx.table('caseIndex').bulkPut(summaries);
      });
    // v5 (issue 11): previews beside the originals (made once, when first listed, for files stored
    // before), the product's picture per case, and evidence found by its hash within a case (duplicates
    // are refused). Nothing to convert: existing rows are kept as they are.
    this.version(5).stores({
      evidence: 'id, caseId, capturedAt, [caseId+sha256]',
      evidencePreviews: 'id',
      casePictures: 'caseId',
    });
    // v6 (issue 10): the case index by day and by status, so that the popup's first screen (a plain
    // script, utils/popup-shell) checks with two counts that every row's rank is of today and counts each
    // status filter without reading the rows. Indexes only: every row is kept as it is.
    this.version(6).stores({ caseIndex: 'id, rank, bucket, orderNumber, writtenAt, computedOn, status' });
    // v7 (issue 10): the case index by `updatedAt` too, so that the first screen checks the most recently
    // updated case against the most recently updated index row with two parallel seeks. Index only.
    this.version(7).stores({
      caseIndex: 'id, rank, bucket, orderNumber, writtenAt, computedOn, status, updatedAt',
    });
    // v8 (issue 10): the case index in the popup's order, `[rank+newestFirst+id]` (newestFirst is
    // -updatedAt), so that the first screen reads exactly the rows it shows. Each row gets the field
    // here (a row without it would be left out of that index).
    this.version(8)
      .stores({
        caseIndex:
          'id, rank, bucket, orderNumber, writtenAt, computedOn, status, updatedAt, [rank+newestFirst+id]',
      })
      .upgrade((tx) =>
        tx
          .table('caseIndex')
          .toCollection()
          .modify((row: { updatedAt?: unknown; newestFirst?: unknown }) => {
            if (typeof row.updatedAt === 'number') row.newestFirst = -row.updatedAt;
          }),
      );
  }
}

/**
 * A database written by a newer Shagym (a higher version) is never opened (issue 13). Dexie 4, when the
 * stored version is higher than the declared one, opens it anyway without a version, reads rows of a
 * shape this version does not know (an unreadable case is then overwritten by a save, its reminders
 * dropped) and, where the newer schema lacks a table or index of ours, adds it and raises the version
 * itself. Its only version-less open is that retry: here it asks for version 1 instead, which fails with
 * the same VersionError and changes nothing, so the open fails (`storageProblem` says 'newer-database').
 */
function refusingNewer(factory: IDBFactory): IDBFactory {
  return new Proxy(factory, {
    get(target, prop) {
      if (prop === 'open') return (name: string, version?: number) => target.open(name, version ?? 1);
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export const db = new ShagymDb();

/**
 * The tables of a case and its files: the case, its index row, the evidence with its bytes and
 * previews, the product's picture. A write that keeps a case and its files consistent (import, undo of
 * a delete, removing a file) spans all of them; a delete adds the reminders.
 */
export function caseFileTables(database: ShagymDb) {
  return [
    database.cases,
    database.caseIndex,
    database.evidence,
    database.evidenceBlobs,
    database.evidencePreviews,
    database.casePictures,
  ];
}

/** What went wrong with the storage itself, for a message in the buyer's language; null for anything else. */
export type StorageProblem = 'newer-database' | 'no-space';

/**
 * Recognises a database written by a newer version (VersionError) and a full disk or quota
 * (QuotaExceededError), also when Dexie wraps them (a failed open as DatabaseClosed, a write whose
 * transaction was aborted as AbortError: their `inner`).
 */
export function storageProblem(error: unknown): StorageProblem | null {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 8; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'VersionError') return 'newer-database';
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'no-space';
    const next = e as { inner?: unknown; cause?: unknown };
    e = next.inner ?? next.cause;
  }
  return null;
}

/** Opens the database (once per context) and tells whether it is one this version must not touch. */
export async function databaseProblem(database: ShagymDb = db): Promise<'newer-database' | null> {
  try {
    await database.open();
    return null;
  } catch (error) {
    return storageProblem(error) === 'newer-database' ? 'newer-database' : null;
  }
}

export interface BadRow {
  table: string;
  id: unknown;
  error: string;
}

/** Parses rows one by one; a bad row is reported and skipped, never a crash. */
export function parseRows<T>(
  table: string,
  rows: unknown[],
  schema: z.ZodType<T>,
  onBad: (bad: BadRow) => void = reportBadRow,
): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else
      onBad({
        table,
        id: row && typeof row === 'object' && 'id' in row ? (row as { id: unknown }).id : undefined,
        error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
  }
  return out;
}

/**
 * Case rows, one by one: a row that fits is taken as is, a row with an out-of-range date is taken with
 * that date cleared (utils/cases/repair.ts: `caseRepairs` says which), anything else is reported and
 * skipped. Never a crash, and never a case lost over one typo.
 */
export function parseCaseRows(rows: unknown[], onBad: (bad: BadRow) => void = reportBadRow): Case[] {
  const out: Case[] = [];
  for (const row of rows) {
    const read = readCaseRow(row);
    if (read.ok) out.push(read.case);
    else
      onBad({
        table: 'cases',
        id: row && typeof row === 'object' && 'id' in row ? (row as { id: unknown }).id : undefined,
        error: read.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
  }
  return out;
}

export function reportBadRow(bad: BadRow): void {
  console.warn(`[shagym] skipped a bad row in ${bad.table} (id ${String(bad.id)}): ${bad.error}`);
}

export async function listCases(database: ShagymDb = db): Promise<Case[]> {
  return parseCaseRows(await database.cases.toArray());
}

export async function getCase(id: string, database: ShagymDb = db): Promise<Case | null> {
  const row = await database.cases.get(id);
  if (!row) return null;
  return parseCaseRows([row])[0] ?? null;
}

/**
 * Validates and writes a case; throws a readable error when it does not fit the schema. A timeline over
 * its maximum is compacted first (oldest minor events out), so adding an event never makes a case
 * unsaveable.
 */
export async function putCase(value: CaseInput, database: ShagymDb = db): Promise<Case> {
  const parsed = caseSchema.parse(compactForSave(value));
  await database.cases.put(parsed);
  return parsed;
}

export async function listEvidence(caseId: string, database: ShagymDb = db): Promise<Evidence[]> {
  return parseRows(
    'evidence',
    await database.evidence.where('caseId').equals(caseId).toArray(),
    storedEvidenceSchema,
  );
}

export async function listReminders(database: ShagymDb = db): Promise<Reminder[]> {
  return parseRows('reminders', await database.reminders.toArray(), reminderSchema);
}

export async function listRemindersForCase(caseId: string, database: ShagymDb = db): Promise<Reminder[]> {
  return parseRows(
    'reminders',
    await database.reminders.where('caseId').equals(caseId).toArray(),
    reminderSchema,
  );
}

export async function listCaseIndex(database: ShagymDb = db): Promise<CaseSummary[]> {
  return parseRows('caseIndex', await database.caseIndex.toArray(), caseSummarySchema);
}

export async function listReminderMeta(database: ShagymDb = db): Promise<ReminderMeta[]> {
  return parseRows('reminderMeta', await database.reminderMeta.toArray(), reminderMetaSchema);
}
