/**
 * Proof kept with a case: each file is hashed (SHA-256) and timestamped when it is added, and its bytes
 * are stored apart from its metadata (the `evidenceBlobs` table), so lists never load them. The case row
 * itself is not written here: the panel may hold a newer draft of it, and the case page shows the
 * evidence on the timeline from this table.
 */
import { readCaseRow } from '../cases/repair';
import { db, parseRows, storageProblem, type ShagymDb } from '../db';
import { readCameraFacts } from './exif';
import { crc32, sha256Hex } from './hash';
import {
  evidenceSchema,
  storedEvidenceSchema,
  type CaptureMeta,
  type Evidence,
  type EvidenceKind,
} from './schema';

/**
 * A file larger than this is refused: a few minutes of unboxing video fit. (An export streams the files
 * and has no size limit; an import reads one file at a time whole to hash it: utils/archive.)
 */
export const MAX_EVIDENCE_BYTES = 256 * 1024 * 1024;
const MIME = /^[a-z]+\/[a-z0-9.+-]+$/i;

export class EvidenceError extends Error {
  constructor(
    readonly code: 'too-big' | 'empty' | 'no-case' | 'no-space',
    message: string,
  ) {
    super(message);
  }
}

export interface AddEvidenceInput {
  caseId: string;
  kind: EvidenceKind;
  file: Blob;
  fileName: string;
  /** Where it was captured (a kaspi.kz page), if anywhere. */
  sourceUrl?: string | null;
  note?: string;
  /** For a capture made by Shagym: how, where and when (issue 11). */
  capture?: CaptureMeta | null;
}

/**
 * Hashes the file, then writes its metadata and its bytes in one transaction: both or neither. A disk
 * or quota too full for them fails as EvidenceError 'no-space' (nothing was written).
 */
export async function addEvidence(
  input: AddEvidenceInput,
  now: number = Date.now(),
  database: ShagymDb = db,
): Promise<Evidence> {
  if (input.file.size === 0) throw new EvidenceError('empty', `${input.fileName}: empty file`);
  if (input.file.size > MAX_EVIDENCE_BYTES)
    throw new EvidenceError('too-big', `${input.fileName}: larger than ${MAX_EVIDENCE_BYTES} bytes`);
  const bytes = await input.file.arrayBuffer();
  const sha256 = await sha256Hex(bytes);
  const mime = MIME.test(input.file.type) ? input.file.type : 'application/octet-stream';
  const { takenAt, camera } = await readCameraFacts(bytes, mime);
  const meta = evidenceSchema.parse({
    id: crypto.randomUUID(),
    caseId: input.caseId,
    kind: input.kind,
    fileName: input.fileName.trim() || 'file',
    mime,
    size: input.file.size,
    sha256,
    capturedAt: now,
    sourceUrl: input.sourceUrl ?? null,
    note: input.note ?? '',
    takenAt,
    camera,
    capture: input.capture ?? null,
    crc32: crc32(new Uint8Array(bytes)),
  });
  try {
    await database.transaction(
      'rw',
      [database.cases, database.evidence, database.evidenceBlobs],
      async () => {
        const row = await database.cases.get(input.caseId);
        if (!row || !readCaseRow(row).ok) throw new EvidenceError('no-case', `No case ${input.caseId}`);
        await database.evidence.put(meta);
        await database.evidenceBlobs.put({ id: meta.id, bytes: input.file });
      },
    );
  } catch (error) {
    if (storageProblem(error) === 'no-space')
      throw new EvidenceError('no-space', `${input.fileName}: not enough space to store it`);
    throw error;
  }
  return meta;
}

/** Every piece of evidence of a case, oldest first; a bad row is reported and skipped. */
export async function listCaseEvidence(caseId: string, database: ShagymDb = db): Promise<Evidence[]> {
  const rows = await database.evidence.where('caseId').equals(caseId).toArray();
  return parseRows('evidence', rows, storedEvidenceSchema).sort((a, b) => a.capturedAt - b.capturedAt);
}

/** Every piece of evidence of these cases (the export's list), in no particular order; bad rows skipped. */
export async function listEvidenceOfCases(
  caseIds: readonly string[],
  database: ShagymDb = db,
): Promise<Evidence[]> {
  if (caseIds.length === 0) return [];
  const rows = await database.evidence
    .where('caseId')
    .anyOf([...caseIds])
    .toArray();
  return parseRows('evidence', rows, storedEvidenceSchema);
}

/** The stored bytes, or null when they are missing or not a Blob. */
export async function evidenceBytes(id: string, database: ShagymDb = db): Promise<Blob | null> {
  const row = await database.evidenceBlobs.get(id);
  return row && row.bytes instanceof Blob ? row.bytes : null;
}

/** Whether the stored bytes still hash to what was recorded when the file was added. */
export async function verifyEvidence(meta: Evidence, database: ShagymDb = db): Promise<boolean> {
  const bytes = await evidenceBytes(meta.id, database);
  return bytes !== null && bytes.size === meta.size && (await sha256Hex(bytes)) === meta.sha256;
}

/** Removes a file: its metadata and its bytes. */
export async function removeEvidence(meta: Evidence, database: ShagymDb = db): Promise<void> {
  await database.transaction('rw', [database.evidence, database.evidenceBlobs], async () => {
    await database.evidence.delete(meta.id);
    await database.evidenceBlobs.delete(meta.id);
  });
}
