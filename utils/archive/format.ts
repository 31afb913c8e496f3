import { z } from '../zod';
import type { Case } from '../cases/schema';
import type { Evidence } from '../evidence/schema';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { epochMs, isoDate } from '../validation';

/**
 * The Shagym archive: one case (or all cases) with its evidence, as a ZIP that anyone can check with
 * `sha256sum -c SHA256SUMS`, print, and import back into the extension. Pure (no browser APIs besides
 * Web Crypto): builds and reads in Node for the unit tests as in the extension's pages.
 *
 * Layout (one top folder, so unzipping gives one directory):
 *
 *   shagym-<YYYY-MM-DD>/                  date of exportedAt in Kazakhstan
 *     SHA256SUMS                          "<sha256>  <path>\n" for every other file, sorted by path
 *     README.txt                          how to verify and print (ru, kk, en)
 *     report.html                         the case file to read, print or save as PDF (./report.ts)
 *     manifest.json                       ArchiveManifest
 *     cases/<folder>/case.json            the Case as stored
 *     cases/<folder>/summary.txt          printable summary in the chosen language
 *     cases/<folder>/letters/<kind>.txt   each text whose facts are complete
 *     cases/<folder>/evidence/<NN>-<name> the evidence bytes
 *     other-evidence/<NN>-<name>          evidence whose case was not exported (kept, never lost)
 *     thumbnails/cases/<folder>/<NN>-<name>.jpg  the preview Shagym drew of that evidence (a video's first
 *                                         frame, a picture made small): for the report, not evidence
 *     thumbnails/cases/<folder>/product.jpg      the case's product picture (casePictures)
 *     thumbnails/other-evidence/<NN>-<name>.jpg  previews of other-evidence/
 *
 * Thumbnails came after version 1 without changing it: their manifest fields are optional, an archive
 * without them reads as before, and an older Shagym reads a newer archive (ignoring them as unlisted).
 */

export const ARCHIVE_FORMAT = 'shagym-archive';
export const ARCHIVE_VERSION = 1;

/** A hostile archive is refused before anything is inflated when it has more entries than this… */
export const MAX_ARCHIVE_ENTRIES = 20_000;
/**
 * …or when its entries declare more bytes in total, uncompressed, than the space the reader is given
 * (`maxBytes`: the archive page passes what the browser's storage has free). Without one, this bound
 * (2^53 − 1: no limit but the disk; the export has none).
 */
export const MAX_ARCHIVE_BYTES = Number.MAX_SAFE_INTEGER;
/**
 * An entry is read whole (inflated, or to hash it), so one that declares more than this is never read
 * ('unreadable-file'). Evidence is at most 256 MiB (MAX_EVIDENCE_BYTES of utils/evidence/store.ts).
 */
export const MAX_INFLATED_ENTRY_BYTES = 512 * 1024 * 1024;
/** manifest.json larger than this is not read ('bad-manifest'). */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/** SHA256SUMS larger than this is not read ('bad-checksums'). */
export const MAX_CHECKSUMS_BYTES = 4 * 1024 * 1024;
/** case.json larger than this is not read ('bad-case'). */
export const MAX_CASE_JSON_BYTES = 4 * 1024 * 1024;

export const CHECKSUMS_FILE = 'SHA256SUMS';
export const MANIFEST_FILE = 'manifest.json';
export const README_FILE = 'README.txt';
export const REPORT_FILE = 'report.html';
export const CASES_DIR = 'cases';
export const ORPHAN_EVIDENCE_DIR = 'other-evidence';
export const THUMBNAILS_DIR = 'thumbnails';

/** The types Shagym draws previews and product pictures in (utils/evidence/preview.ts). */
export const THUMBNAIL_MIMES = ['image/jpeg', 'image/webp', 'image/png'] as const;
export type ThumbnailMime = (typeof THUMBNAIL_MIMES)[number];
/** The longest side of a preview (PREVIEW_MAX of utils/evidence/preview.ts). */
export const THUMBNAIL_MAX = 320;
/** A thumbnail larger than this is not read back. */
export const MAX_THUMBNAIL_BYTES = 2 * 1024 * 1024;

/** A small picture Shagym drew: a piece of evidence's preview, or a case's product picture. */
export interface ArchiveImage<B extends Uint8Array | Blob = Uint8Array> {
  bytes: B;
  mime: ThumbnailMime;
  width: number;
  height: number;
}

/** A case's product picture (the `casePictures` row, its bytes in thumbnails/). */
export interface ArchivePicture<B extends Uint8Array | Blob = Uint8Array> extends ArchiveImage<B> {
  caseId: string;
  /** The evidence it was drawn from; null for a picture kept another way. */
  evidenceId: string | null;
  sourceUrl: string | null;
  /** When it was chosen, epoch ms. */
  at: number;
}

export interface ArchiveEvidence<B extends Uint8Array | Blob = Uint8Array> {
  meta: Evidence;
  /**
   * The file's bytes: in memory, or a Blob (the stored evidence when exporting; a slice of the archive
   * file when importing one), read only as it is streamed.
   */
  bytes: B;
  /** Its preview (evidencePreviews), written under thumbnails/ and read back; absent: none. */
  preview?: ArchiveImage<B> | null;
}

/** Evidence in memory or as a Blob. */
export type AnyArchiveEvidence = ArchiveEvidence<Uint8Array | Blob>;

export interface ArchiveInput {
  /** When the export was made, epoch ms; also the fixed time of every ZIP entry. */
  exportedAt: number;
  appVersion: string;
  /** The language of summary.txt and the letters (README.txt is always ru, kk, en). */
  lang: Lang;
  /** 'YYYY-MM-DD' in Kazakhstan: the day deadlines are counted against and the letters are dated. */
  today: string;
  cases: Case[];
  evidence: AnyArchiveEvidence[];
  /** The product pictures of these cases (at most one per case; others are left out). */
  pictures?: ArchivePicture<Uint8Array | Blob>[];
}

/**
 * Why readArchive refused the whole file (`{ ok: false, error }`). Nothing is imported.
 * - 'not-a-zip'       the file is not a ZIP archive (or its directory is unreadable).
 * - 'too-many-files'  more than MAX_ARCHIVE_ENTRIES entries (checked before anything is inflated).
 * - 'too-big'         the entries declare more than the space given (`maxBytes`) uncompressed in total
 *                     (checked before anything is inflated).
 * - 'damaged-zip'     the ZIP's structure is forged: entries whose bytes overlap (one compressed stream
 *                     counted as many files, as zip bombs do). Checked before anything is inflated.
 * - 'bad-layout'      the files are not inside one top folder: there are several, or manifest.json
 *                     lies at the root (the folder's contents were zipped without the folder).
 * - 'no-manifest'     no `<top folder>/manifest.json`: not a Shagym archive.
 * - 'no-checksums'    no `<top folder>/SHA256SUMS`: nothing in the archive can be verified.
 * - 'bad-checksums'   SHA256SUMS is not readable: too big, not UTF-8, a line that is not
 *                     "<64 hex>  <path>", or the same path with two different hashes.
 * - 'bad-manifest'    manifest.json is not listed in SHA256SUMS, does not match its hash, cannot be
 *                     decompressed, is not JSON, or is not a Shagym manifest of a known shape.
 * - 'newer-version'   made by a newer Shagym (manifest version above ARCHIVE_VERSION): update the
 *                     extension, then import again.
 */
export const ARCHIVE_ERROR_CODES = [
  'not-a-zip',
  'too-many-files',
  'too-big',
  'damaged-zip',
  'bad-layout',
  'no-manifest',
  'no-checksums',
  'bad-checksums',
  'bad-manifest',
  'newer-version',
] as const;
export type ArchiveErrorCode = (typeof ARCHIVE_ERROR_CODES)[number];

/**
 * Something readArchive left out (or flagged) while importing the rest. `path` is relative to the top
 * folder (or the raw entry name when the entry lies outside it); `id` is the case or evidence id when
 * the problem concerns one. Every bad file gives exactly one problem.
 * - 'unsafe-path'     an entry (or a SHA256SUMS line) with an absolute path, a '.' or '..' segment, a
 *                     backslash, a ':' or a control character: never read.
 * - 'duplicate-path'  the same path appears twice in the archive: neither copy is used.
 * - 'unlisted-file'   a file not listed in SHA256SUMS, outside the top folder, or listed but not part
 *                     of any case in the manifest: ignored.
 * - 'missing-file'    listed in SHA256SUMS or referenced by the manifest, but not in the archive.
 * - 'unreadable-file' the entry could not be decompressed (damaged data, unknown compression, a local
 *                     header that disagrees with the directory, or more or fewer bytes than declared:
 *                     inflating stops as soon as the declared size is exceeded).
 * - 'hash-mismatch'   the file's SHA-256 differs from its SHA256SUMS line, or (with `id`) an evidence
 *                     file differs from the SHA-256 or size recorded when it was added: not used.
 * - 'bad-case'        a case is skipped: its manifest entry or case.json is malformed, fails the case
 *                     schema, its id differs from the manifest's, or the id appears twice.
 * - 'bad-evidence'    an evidence entry of the manifest is skipped: it fails the evidence schema, its
 *                     path is unsafe, or its id appears twice.
 * - 'no-case'         evidence whose case is not among the cases read from the archive. It is still
 *                     returned: planImport adds it when the buyer already has that case.
 */
export const ARCHIVE_PROBLEM_CODES = [
  'unsafe-path',
  'duplicate-path',
  'unlisted-file',
  'missing-file',
  'unreadable-file',
  'hash-mismatch',
  'bad-case',
  'bad-evidence',
  'no-case',
] as const;
export type ArchiveProblemCode = (typeof ARCHIVE_PROBLEM_CODES)[number];

export type ArchiveProblem = { code: ArchiveProblemCode; path?: string; id?: string };

export type ReadArchiveResult<B extends Uint8Array | Blob = Uint8Array> =
  | {
      ok: true;
      exportedAt: number;
      appVersion: string;
      cases: Case[];
      evidence: ArchiveEvidence<B>[];
      /** Product pictures of the cases read (each checked against SHA256SUMS and its type). */
      pictures: ArchivePicture<B>[];
      problems: ArchiveProblem[];
    }
  | { ok: false; error: ArchiveErrorCode };

/** The archive as a Blob of its parts (evidence referenced, never copied): see buildArchiveBlob. */
export interface BuiltArchiveBlob {
  blob: Blob;
  fileName: string;
  files: string[];
  problems: ArchiveProblem[];
}

export interface BuiltArchive {
  bytes: Uint8Array;
  /** `shagym-<orderNumber>-<date>.zip` for one case with an order number, else `shagym-<date>.zip`. */
  fileName: string;
  /** Every entry of the ZIP (with the top folder), in the order written. */
  files: string[];
  /**
   * Evidence whose bytes differ from the SHA-256 or size recorded when it was added ('hash-mismatch',
   * with its id and path). Such a file is still exported (and flagged in summary.txt) but will not be
   * imported back.
   */
  problems: ArchiveProblem[];
}

/** Why buildArchive refused: the archive would be one that readArchive refuses. */
export class ArchiveBuildError extends Error {
  override readonly name = 'ArchiveBuildError';
  constructor(
    readonly code: 'too-many-files' | 'too-big',
    message: string,
  ) {
    super(message);
  }
}

/** A case in the manifest: its id and its folder under cases/. */
export interface ManifestCase {
  id: string;
  folder: string;
  /** Its product picture, when it has one. */
  picture?: ManifestPicture;
}

/** Where a thumbnail is and what it is. */
export interface ManifestImage {
  path: string;
  mime: ThumbnailMime;
  width: number;
  height: number;
}

export interface ManifestPicture extends ManifestImage {
  evidenceId: string | null;
  sourceUrl: string | null;
  at: number;
}

/**
 * An evidence entry in the manifest: the stored metadata plus where its bytes are. `capture` (issue 11)
 * is written only for captures, so archives of files the buyer added read as before.
 */
export type ManifestEvidence = Omit<Evidence, 'capture' | 'media'> & {
  capture?: Evidence['capture'];
  /** A picture's or video's size and a video's length (issue 11), written only when measured. */
  media?: Evidence['media'];
  path: string;
  /** Its preview under thumbnails/, when it has one. */
  preview?: ManifestImage;
};

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  exportedAtMs: number;
  appVersion: string;
  lang: Lang;
  today: string;
  cases: ManifestCase[];
  evidence: ManifestEvidence[];
}

/** The first look at manifest.json: is it ours, and which version? */
export const manifestHeadSchema = z.looseObject({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.number().int().min(1),
});

/**
 * manifest.json of a version this code reads. Cases and evidence are checked one by one afterwards
 * (one bad entry never sinks the rest).
 */
export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.number().int().min(1).max(ARCHIVE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  exportedAtMs: epochMs,
  appVersion: z.string().max(100),
  lang: z.enum(LANGUAGES).optional(),
  today: isoDate.optional(),
  cases: z.array(z.unknown()).max(MAX_ARCHIVE_ENTRIES),
  evidence: z.array(z.unknown()).max(MAX_ARCHIVE_ENTRIES),
});

/** A folder name under cases/: one safe path segment. */
const folderSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[\p{L}\p{M}\p{Nd}._ -]+$/u)
  .refine((s) => s !== '.' && s !== '..', 'folder');

const manifestImageSchema = z.object({
  path: z.string().min(1).max(1000),
  mime: z.enum(THUMBNAIL_MIMES),
  width: z.number().int().min(1).max(THUMBNAIL_MAX),
  height: z.number().int().min(1).max(THUMBNAIL_MAX),
});
export const manifestPreviewSchema = z.object({ preview: manifestImageSchema });
export const manifestPictureSchema = manifestImageSchema.extend({
  evidenceId: z.uuid().nullable(),
  sourceUrl: z.string().max(2000).nullable(),
  at: epochMs,
});

export const manifestCaseSchema = z.object({ id: z.uuid(), folder: folderSchema });
/** A case entry's picture, read apart: a bad one loses the picture, never the case. */
export const manifestCasePictureSchema = z.object({ picture: manifestPictureSchema });
export const manifestEvidencePathSchema = z.object({ path: z.string().min(1).max(1000) });
