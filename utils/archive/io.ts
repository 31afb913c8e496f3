/**
 * The archive and the database (glue around the pure module in this folder): what goes into an export,
 * and how an import is written — in one transaction, then the reminders are recomputed.
 */
import { browser } from 'wxt/browser';
import { caseSchema, type Case } from '../cases/schema';
import { todayInKz } from '../deadlines/time-zone';
import { db, parseCaseRows, parseRows, type ShagymDb } from '../db';
import { evidenceSchema, storedEvidenceSchema } from '../evidence/schema';
import type { Lang } from '../i18n/languages';
import { send } from '../messaging/client';
import { clearShell } from '../popup-shell/storage';
import {
  buildArchive,
  planImport,
  readArchive,
  type ArchiveEvidence,
  type ImportPlan,
  type ReadArchiveResult,
} from './index';

/** One case (its id) or every saved case, with their evidence, as a ZIP. */
export async function exportArchive(
  which: { caseId: string } | 'all',
  lang: Lang,
  now: number = Date.now(),
  database: ShagymDb = db,
): Promise<{ bytes: Uint8Array; fileName: string; changed: number }> {
  const rows = which === 'all' ? await database.cases.toArray() : [await database.cases.get(which.caseId)];
  const cases: Case[] = parseCaseRows(rows.filter(Boolean));
  const ids = cases.map((c) => c.id);
  const metas = parseRows(
    'evidence',
    await database.evidence.where('caseId').anyOf(ids).toArray(),
    storedEvidenceSchema,
  );
  const evidence: ArchiveEvidence[] = [];
  // One file at a time: the archive holds every byte anyway, but not twice.
  for (const meta of metas) {
    const row = await database.evidenceBlobs.get(meta.id);
    if (row?.bytes instanceof Blob)
      evidence.push({ meta, bytes: new Uint8Array(await row.bytes.arrayBuffer()) });
  }
  const { bytes, fileName, problems } = await buildArchive({
    exportedAt: now,
    appVersion: browser.runtime.getManifest().version,
    lang,
    today: todayInKz(now),
    cases,
    evidence,
  });
  // Files whose bytes no longer match the hash taken when they were added: exported, and flagged.
  return { bytes, fileName, changed: problems.filter((p) => p.code === 'hash-mismatch').length };
}

export type ImportPreview =
  | { ok: false; error: Extract<ReadArchiveResult, { ok: false }>['error'] }
  | {
      ok: true;
      read: Extract<ReadArchiveResult, { ok: true }>;
      plan: ImportPlan;
    };

/** Reads an archive and plans what importing it would change; writes nothing. */
export async function previewImport(bytes: Uint8Array, database: ShagymDb = db): Promise<ImportPreview> {
  const read = await readArchive(bytes);
  if (!read.ok) return { ok: false, error: read.error };
  const existing = {
    cases: parseCaseRows(await database.cases.toArray()),
    evidence: parseRows('evidence', await database.evidence.toArray(), storedEvidenceSchema),
  };
  return { ok: true, read, plan: planImport(existing, { cases: read.cases, evidence: read.evidence }) };
}

/** Writes a planned import; returns the ids of the cases written. */
export async function applyImport(plan: ImportPlan, database: ShagymDb = db): Promise<string[]> {
  const cases = [...plan.addCases, ...plan.replaceCases];
  await database.transaction('rw', [database.cases, database.evidence, database.evidenceBlobs], async () => {
    if (cases.length) await database.cases.bulkPut(cases.map((c) => caseSchema.parse(c)));
    const importedAt = Date.now();
    for (const { meta, bytes } of plan.addEvidence) {
      // capturedAt is what the archive claims; importedAt is what this device saw.
      await database.evidence.put(evidenceSchema.parse({ ...meta, importedAt }));
      await database.evidenceBlobs.put({
        id: meta.id,
        bytes: new Blob([bytes as BlobPart], { type: meta.mime }),
      });
    }
  });
  const ids = cases.map((c) => c.id);
  clearShell();
  // Reminders are recomputed by the background, in batches its message accepts.
  if (database === db)
    for (let i = 0; i < ids.length; i += 1000)
      await send('ui:cases-changed', { caseIds: ids.slice(i, i + 1000) }).catch(() => undefined);
  return ids;
}
