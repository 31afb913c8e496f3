/**
 * The archive and the database (glue around the pure module in this folder): what goes into an export,
 * and how an import is written — in one transaction, then the reminders are recomputed.
 */
import { browser } from 'wxt/browser';
import { caseSchema, type Case } from '../cases/schema';
import { todayInKz } from '../deadlines/time-zone';
import {
  caseFileTables,
  db,
  parseCaseRows,
  parseRows,
  type BadRow,
  type CasePictureRow,
  type ShagymDb,
} from '../db';
import { evidenceSchema, storedEvidenceSchema } from '../evidence/schema';
import { sha256Hex } from '../evidence/hash';
import { casePictureSchema, casePicturesOf } from '../evidence/picture';
import { previewRowSchema } from '../evidence/preview';
import { evidenceBytes, evidencePreview, listEvidenceOfCases } from '../evidence/store';
import type { Lang } from '../i18n/languages';
import { announceCasesChanged } from '../cases/changes';
import { writeCaseRows } from '../cases/store';
import {
  buildArchiveBlob,
  caseFingerprint,
  planImport,
  readArchive,
  type AnyArchiveEvidence,
  type ArchivePicture,
  type BuildOptions,
  type ThumbnailMime,
  type ImportPlan,
  type ReadArchiveResult,
  type SkipReason,
} from './index';

/**
 * One case (its id) or every saved case, with their evidence, as a ZIP Blob assembled from the stored
 * evidence Blobs (never copied into memory: utils/archive/zip-write.ts). Writes nothing anywhere:
 * cancelling (`options.signal`) leaves nothing behind. `options.onProgress` gets the evidence bytes read.
 */
export async function exportArchive(
  which: { caseId: string } | 'all',
  lang: Lang,
  now: number = Date.now(),
  database: ShagymDb = db,
  options: BuildOptions = {},
): Promise<{ blob: Blob; fileName: string; changed: number }> {
  const rows = which === 'all' ? await database.cases.toArray() : [await database.cases.get(which.caseId)];
  const cases: Case[] = parseCaseRows(rows.filter(Boolean));
  const metas = await listEvidenceOfCases(
    cases.map((c) => c.id),
    database,
  );
  const evidence: AnyArchiveEvidence[] = [];
  for (const meta of metas) {
    const bytes = await evidenceBytes(meta.id, database);
    // Its stored preview goes under thumbnails/ (one that was never made is not made here).
    const preview = await evidencePreview(meta.id, database);
    if (bytes)
      evidence.push({
        meta,
        bytes,
        ...(preview
          ? {
              preview: {
                bytes: preview.bytes,
                mime: preview.mime as ThumbnailMime,
                width: preview.width,
                height: preview.height,
              },
            }
          : {}),
      });
  }
  const pictures: ArchivePicture<Blob>[] = [
    ...(
      await casePicturesOf(
        cases.map((c) => c.id),
        database,
      )
    ).values(),
  ].map((p) => ({
    caseId: p.caseId,
    bytes: p.bytes,
    mime: p.mime as ThumbnailMime,
    width: p.width,
    height: p.height,
    evidenceId: p.evidenceId,
    sourceUrl: p.sourceUrl,
    at: p.at,
  }));
  const { blob, fileName, problems } = await buildArchiveBlob(
    {
      exportedAt: now,
      appVersion: browser.runtime.getManifest().version,
      lang,
      today: todayInKz(now),
      cases,
      evidence,
      pictures,
    },
    options,
  );
  // Files whose bytes no longer match the hash taken when they were added: exported, and flagged.
  return { blob, fileName, changed: problems.filter((p) => p.code === 'hash-mismatch').length };
}

/** What is saved now: cases, pieces of evidence and their bytes (the archive page's "what an export holds"). */
export async function savedTotals(
  database: ShagymDb = db,
): Promise<{ cases: number; evidence: number; bytes: number }> {
  const ids = (await database.cases.toCollection().primaryKeys()) as string[];
  const evidence = await listEvidenceOfCases(ids, database);
  return { cases: ids.length, evidence: evidence.length, bytes: evidence.reduce((n, e) => n + e.size, 0) };
}

export type ImportPreview =
  | { ok: false; error: Extract<ReadArchiveResult, { ok: false }>['error'] }
  | {
      ok: true;
      read: Extract<ReadArchiveResult<Uint8Array | Blob>, { ok: true }>;
      plan: ImportPlan;
    };

/** Reads the archive (by default here; the archive page passes its worker). */
export type ArchiveReader = (file: Uint8Array | Blob) => Promise<ReadArchiveResult<Uint8Array | Blob>>;

/**
 * What the database holds (stored dates out of range repaired on read, as everywhere), with the ids of
 * rows this version cannot read: they count as present and are never overwritten.
 */
async function existingData(database: ShagymDb) {
  const unreadableCaseIds: string[] = [];
  const unreadableEvidenceIds: string[] = [];
  const collect = (into: string[]) => (bad: BadRow) => {
    if (typeof bad.id === 'string') into.push(bad.id);
  };
  return {
    cases: parseCaseRows(await database.cases.toArray(), collect(unreadableCaseIds)),
    evidence: parseRows(
      'evidence',
      await database.evidence.toArray(),
      storedEvidenceSchema,
      collect(unreadableEvidenceIds),
    ),
    unreadableCaseIds,
    unreadableEvidenceIds,
  };
}

/** Reads an archive and plans what importing it would change; writes nothing. */
export async function previewImport(
  bytes: Uint8Array | Blob,
  database: ShagymDb = db,
  read: ArchiveReader = (file) => readArchive(file),
  now: number = Date.now(),
): Promise<ImportPreview> {
  const result = await read(bytes);
  if (!result.ok) return { ok: false, error: result.error };
  const plan = planImport(
    await existingData(database),
    { cases: result.cases, evidence: result.evidence, pictures: result.pictures },
    now,
  );
  return { ok: true, read: result, plan };
}

/** What applyImport did. */
export interface ImportOutcome {
  /** Ids of the cases written (added or updated). */
  caseIds: string[];
  /** How many evidence files were added. */
  addedEvidence: number;
  /** Ids of the cases left as they are because they changed between the preview and the import. */
  changedSincePreview: string[];
  /** Evidence of the plan not added after all (it appeared, or its case went, since the preview). */
  skippedEvidence: { id: string; reason: SkipReason }[];
}

/**
 * Writes a planned import. Every decision is checked again inside the write transaction against the
 * rows as they are then: a case to add is added only if still absent, a case to update only if it is
 * still exactly the one the preview saw (else the buyer's is kept: 'changed since preview'), evidence
 * only if its id is still free and its case is there.
 */
export async function applyImport(plan: ImportPlan, database: ShagymDb = db): Promise<ImportOutcome> {
  const outcome: ImportOutcome = {
    caseIds: [],
    addedEvidence: 0,
    changedSincePreview: [],
    skippedEvidence: [],
  };
  // Hashed before the transaction: IndexedDB commits a transaction that waits on anything else.
  const pictureRows: CasePictureRow[] = [];
  for (const p of plan.addPictures) {
    const bytes = new Blob([p.bytes as BlobPart], { type: p.mime });
    const row = casePictureSchema.safeParse({
      caseId: p.caseId,
      bytes,
      mime: p.mime,
      width: p.width,
      height: p.height,
      evidenceId: p.evidenceId,
      sourceUrl: p.sourceUrl,
      sha256: await sha256Hex(bytes),
      at: p.at,
    });
    // A picture whose source this version does not accept is left out, never the case.
    if (row.success) pictureRows.push(row.data);
  }
  await database.transaction('rw', caseFileTables(database), async () => {
    const write: Case[] = [];
    const addRows = await database.cases.bulkGet(plan.addCases.map((c) => c.id));
    plan.addCases.forEach((c, i) => {
      if (addRows[i] === undefined) write.push(c);
      else outcome.changedSincePreview.push(c.id);
    });
    const replaceRows = await database.cases.bulkGet(plan.replaceCases.map((c) => c.id));
    plan.replaceCases.forEach((c, i) => {
      const now = caseSchema.safeParse(replaceRows[i]);
      if (now.success && caseFingerprint(now.data) === plan.basis[c.id]) write.push(c);
      else outcome.changedSincePreview.push(c.id);
    });
    // Through the one door for case rows: each written with its index row (utils/cases/store.ts).
    await writeCaseRows(
      write.map((c) => caseSchema.parse(c)),
      database,
    );
    outcome.caseIds = write.map((c) => c.id);

    const evidenceIds = plan.addEvidence.map((e) => e.meta.id);
    const taken = new Set<string>([
      ...((await database.evidence.where(':id').anyOf(evidenceIds).primaryKeys()) as string[]),
      ...((await database.evidenceBlobs.where(':id').anyOf(evidenceIds).primaryKeys()) as string[]),
    ]);
    const caseIds = [...new Set(plan.addEvidence.map((e) => e.meta.caseId))];
    const present = new Set((await database.cases.where(':id').anyOf(caseIds).primaryKeys()) as string[]);
    // capturedAt is what the archive claims; importedAt is what this device saw.
    const importedAt = Date.now();
    for (const { meta, bytes, preview } of plan.addEvidence) {
      if (taken.has(meta.id)) {
        outcome.skippedEvidence.push({ id: meta.id, reason: 'changed-since-preview' });
        continue;
      }
      if (!present.has(meta.caseId)) {
        outcome.skippedEvidence.push({ id: meta.id, reason: 'no-case' });
        continue;
      }
      taken.add(meta.id);
      await database.evidence.put(evidenceSchema.parse({ ...meta, importedAt }));
      await database.evidenceBlobs.put({
        id: meta.id,
        bytes: new Blob([bytes as BlobPart], { type: meta.mime }),
      });
      if (preview) {
        const row = previewRowSchema.safeParse({
          id: meta.id,
          bytes: new Blob([preview.bytes as BlobPart], { type: preview.mime }),
          mime: preview.mime,
          width: preview.width,
          height: preview.height,
        });
        if (row.success) await database.evidencePreviews.put(row.data);
      }
      outcome.addedEvidence += 1;
    }
    // The product pictures of the cases written, where the case has none (the buyer's own is kept).
    const writtenIds = new Set(outcome.caseIds);
    for (const row of pictureRows)
      if (writtenIds.has(row.caseId) && !(await database.casePictures.get(row.caseId)))
        await database.casePictures.put(row);
  });
  // Reminders, the badge and the popup's cache follow the announcement (utils/cases/changes.ts).
  if (database === db) await announceCasesChanged(outcome.caseIds);
  return outcome;
}
