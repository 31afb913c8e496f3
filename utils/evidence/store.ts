/**
 * Proof kept with a case: each file is hashed (SHA-256) and timestamped when it is added, and its bytes
 * are stored apart from its metadata (the `evidenceBlobs` table), so lists never load them. The case row
 * itself is not written here: the panel may hold a newer draft of it, and the case page shows the
 * evidence on the timeline from this table.
 */
import { recordEvidenceRemoved } from '../cases/lifecycle';
import { readCaseRow } from '../cases/repair';
import { saveCase } from '../cases/store';
import { caseFileTables, db, parseRows, storageProblem, type CasePictureRow, type ShagymDb } from '../db';
import { askToKeepData, fitsInStorage, readEstimate, type StorageEstimateLike } from '../storage/space';
import { readCameraFacts } from './exif';
import { crc32, sha256Hex } from './hash';
import { makePreview as browserPreview } from './make-preview';
import {
  PREVIEW_MIME,
  previewRowSchema,
  previewSourceOf,
  type PreviewMaker,
  type PreviewRow,
} from './preview';
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

/**
 * Why a file was not stored. 'no-space': the write itself ran out of room (nothing was written);
 * 'wont-fit': the estimate said before writing that it would not fit (`need` and `free` say by how
 * much); 'duplicate': the same bytes (SHA-256) are already evidence of this case (`existing`).
 */
export type EvidenceErrorCode = 'too-big' | 'empty' | 'no-case' | 'no-space' | 'wont-fit' | 'duplicate';

export class EvidenceError extends Error {
  constructor(
    readonly code: EvidenceErrorCode,
    message: string,
    readonly detail: { existing?: Evidence; need?: number; free?: number } = {},
  ) {
    super(message);
  }
}

/** What addEvidence uses from the browser; tests pass their own. */
export interface EvidenceDeps {
  /** Draws the preview (null: none is made). */
  makePreview?: PreviewMaker | null;
  /** The storage estimate for the pre-check (null: no figures, no pre-check). */
  estimate?: () => Promise<StorageEstimateLike | null>;
  /** Asks the browser to keep the data once evidence exists. */
  keepData?: () => Promise<unknown>;
}

const BROWSER_DEPS: Required<EvidenceDeps> = {
  makePreview: browserPreview,
  estimate: () => readEstimate(),
  keepData: () => askToKeepData(),
};

/** Kinds whose picture may stand for the product when the case has none yet (the first one added). */
const PRODUCT_PICTURE_KINDS: readonly EvidenceKind[] = ['listing-snapshot', 'screenshot', 'photo'];

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
 * Checks the file fits (the storage estimate, before anything is read or written), hashes it, draws its
 * preview, then writes its metadata, its bytes and its preview in one transaction: all or nothing. The
 * same bytes already in this case are refused ('duplicate'), as is a file the estimate says will not fit
 * ('wont-fit'); a disk or quota too full for the write fails as 'no-space' (nothing was written, the
 * case row untouched). The first picture of the listing, a screenshot or a photo becomes the product's
 * picture when the case has none. Then the browser is asked to keep the data (persist()).
 */
export async function addEvidence(
  input: AddEvidenceInput,
  now: number = Date.now(),
  database: ShagymDb = db,
  deps: EvidenceDeps = BROWSER_DEPS,
): Promise<Evidence> {
  const { makePreview = null, estimate, keepData } = deps;
  if (input.file.size === 0) throw new EvidenceError('empty', `${input.fileName}: empty file`);
  if (input.file.size > MAX_EVIDENCE_BYTES)
    throw new EvidenceError('too-big', `${input.fileName}: larger than ${MAX_EVIDENCE_BYTES} bytes`);
  const fit = fitsInStorage(input.file.size, estimate ? await estimate() : null);
  if (!fit.fits)
    throw new EvidenceError(
      'wont-fit',
      `${input.fileName}: needs ${fit.need} bytes, ${fit.free} bytes free`,
      { need: fit.need, free: fit.free },
    );
  const bytes = await input.file.arrayBuffer();
  const sha256 = await sha256Hex(bytes);
  const mime = MIME.test(input.file.type) ? input.file.type : 'application/octet-stream';
  const { takenAt, camera } = await readCameraFacts(bytes, mime);
  const made = makePreview ? await makePreview(input.file, mime).catch(() => null) : null;
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
    media: made?.media ?? null,
  });
  const preview: PreviewRow | null = made
    ? previewRowSchema.parse({
        id: meta.id,
        bytes: made.bytes,
        mime: PREVIEW_MIME,
        width: made.width,
        height: made.height,
      })
    : null;
  // Hashed before the transaction: IndexedDB commits a transaction that waits on anything else.
  const picture =
    preview && PRODUCT_PICTURE_KINDS.includes(meta.kind) ? await pictureRow(meta, preview, now) : null;
  try {
    await database.transaction(
      'rw',
      [
        database.cases,
        database.evidence,
        database.evidenceBlobs,
        database.evidencePreviews,
        database.casePictures,
      ],
      async () => {
        const row = await database.cases.get(input.caseId);
        if (!row || !readCaseRow(row).ok) throw new EvidenceError('no-case', `No case ${input.caseId}`);
        const same = parseRows(
          'evidence',
          await database.evidence.where('[caseId+sha256]').equals([input.caseId, sha256]).toArray(),
          storedEvidenceSchema,
        )[0];
        if (same)
          throw new EvidenceError(
            'duplicate',
            `${input.fileName}: already in this case as ${same.fileName}`,
            {
              existing: same,
            },
          );
        await database.evidence.put(meta);
        await database.evidenceBlobs.put({ id: meta.id, bytes: input.file });
        if (preview) {
          await database.evidencePreviews.put(preview);
          if (picture && !(await database.casePictures.get(meta.caseId)))
            await database.casePictures.put(picture);
        }
      },
    );
  } catch (error) {
    if (storageProblem(error) === 'no-space')
      throw new EvidenceError('no-space', `${input.fileName}: not enough space to store it`);
    throw error;
  }
  if (keepData) void keepData().catch(() => undefined);
  return meta;
}

async function pictureRow(meta: Evidence, preview: PreviewRow, now: number): Promise<CasePictureRow> {
  return {
    caseId: meta.caseId,
    bytes: preview.bytes,
    mime: preview.mime,
    width: preview.width,
    height: preview.height,
    evidenceId: meta.id,
    sourceUrl: meta.sourceUrl,
    sha256: await sha256Hex(preview.bytes),
    at: now,
  };
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

/**
 * Records the CRC-32 of a file stored before CRC-32s were kept (./crc-backfill.ts): that field only, and
 * only while the row is still there without one and its stored bytes still have `size` bytes. True
 * when it was written.
 */
export async function recordCrc32(
  id: string,
  size: number,
  crc: number,
  database: ShagymDb = db,
): Promise<boolean> {
  if (!Number.isInteger(crc) || crc < 0 || crc > 0xffffffff) throw new RangeError(`crc32: ${crc}`);
  return database.transaction('rw', [database.evidence, database.evidenceBlobs], async () => {
    const row = (await database.evidence.get(id)) as { size?: unknown; crc32?: unknown } | undefined;
    const blob = await database.evidenceBlobs.get(id);
    if (!row || typeof row.crc32 === 'number' || row.size !== size) return false;
    if (!(blob?.bytes instanceof Blob) || blob.bytes.size !== size) return false;
    return (await database.evidence.update(id, { crc32: crc })) === 1;
  });
}

/** Whether the stored bytes still hash to what was recorded when the file was added. */
export async function verifyEvidence(meta: Evidence, database: ShagymDb = db): Promise<boolean> {
  const bytes = await evidenceBytes(meta.id, database);
  return bytes !== null && bytes.size === meta.size && (await sha256Hex(bytes)) === meta.sha256;
}

/**
 * Removes a file — its metadata, its bytes, its preview, and the product picture drawn from it — and
 * logs the removal in the case's timeline (name, kind, size, SHA-256, when it was added; as Hunchly
 * does), through saveCase, in the same transaction: the file is gone only if the log is written. A case
 * that cannot be read keeps its row as it is (the file is still removed).
 */
export async function removeEvidence(
  meta: Evidence,
  database: ShagymDb = db,
  now: number = Date.now(),
): Promise<void> {
  await database.transaction('rw', caseFileTables(database), async () => {
    const row = await database.evidence.get(meta.id);
    if (!row) return;
    const stored = parseRows('evidence', [row], storedEvidenceSchema)[0] ?? meta;
    await database.evidence.delete(meta.id);
    await database.evidenceBlobs.delete(meta.id);
    await database.evidencePreviews.delete(meta.id);
    const picture = await database.casePictures.get(stored.caseId);
    if (picture?.evidenceId === meta.id) await database.casePictures.delete(stored.caseId);
    const caseRow = await database.cases.get(stored.caseId);
    const read = caseRow === undefined ? null : readCaseRow(caseRow);
    if (read?.ok) await saveCase(recordEvidenceRemoved(read.case, stored, now), read.case, database);
  });
}

/** A stored preview, or null when there is none or its row does not read. */
export async function evidencePreview(id: string, database: ShagymDb = db): Promise<PreviewRow | null> {
  const row = await database.evidencePreviews.get(id);
  return row ? (parseRows('evidencePreviews', [row], previewRowSchema)[0] ?? null) : null;
}

/**
 * The preview of a picture or video, made now and stored if it was never made (a file stored before
 * version 5, or imported from an archive); null for a type without one. Made once: a stored preview is
 * returned as it is.
 */
export async function ensurePreview(
  meta: Evidence,
  database: ShagymDb = db,
  makePreview: PreviewMaker = browserPreview,
): Promise<PreviewRow | null> {
  const stored = await evidencePreview(meta.id, database);
  if (stored) return stored;
  const source = previewSourceOf(meta.mime);
  if (source !== 'image' && source !== 'video') return null;
  const bytes = await evidenceBytes(meta.id, database);
  if (!bytes) return null;
  const made = await makePreview(bytes, meta.mime).catch(() => null);
  if (!made) return null;
  const row = previewRowSchema.parse({
    id: meta.id,
    bytes: made.bytes,
    mime: PREVIEW_MIME,
    width: made.width,
    height: made.height,
  });
  try {
    await database.transaction('rw', [database.evidence, database.evidencePreviews], async () => {
      // Only for a file still there; its metadata gains what the maker measured, if it lacked it.
      const current = await database.evidence.get(meta.id);
      if (!current) return;
      await database.evidencePreviews.put(row);
      if (!(current as { media?: unknown }).media)
        await database.evidence.update(meta.id, { media: made.media });
    });
  } catch {
    // No room for a preview: the list shows the file without one.
  }
  return row;
}
