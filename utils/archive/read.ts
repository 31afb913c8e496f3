import { caseSchema, type Case } from '../cases/schema';
import { sha256 as sha256Stream } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { crc32, sha256Hex } from '../evidence/hash';
import { evidenceSchema } from '../evidence/schema';
import { TEXT_KINDS } from '../letters/types';
import { parseChecksums } from './checksums';
import {
  ARCHIVE_VERSION,
  CASES_DIR,
  CHECKSUMS_FILE,
  MANIFEST_FILE,
  MAX_CASE_JSON_BYTES,
  MAX_CHECKSUMS_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_THUMBNAIL_BYTES,
  README_FILE,
  REPORT_FILE,
  manifestCasePictureSchema,
  manifestCaseSchema,
  manifestEvidencePathSchema,
  manifestPreviewSchema,
  manifestHeadSchema,
  manifestSchema,
  type ArchiveErrorCode,
  type ArchiveEvidence,
  type ArchiveImage,
  type ArchivePicture,
  type ArchiveProblem,
  type ThumbnailMime,
  type ArchiveProblemCode,
  type ReadArchiveResult,
} from './format';
import { isSafeRelativePath } from './names';
import {
  inflateEntry,
  readZipDirectory,
  zipSource,
  type InflateMeter,
  type ZipEntry,
  type ZipSource,
} from './zip';

/** A ZIP entry as its central directory declares it (nothing inflated yet). */
interface Entry {
  /** The name as stored. */
  raw: string;
  /** NFC, without a trailing '/' for directories. */
  name: string;
  dir: boolean;
  compression: number;
  /** Declared size uncompressed. */
  size: number;
  zip: ZipEntry;
}

/** macOS Finder adds this folder when it zips; it never counts as a top folder. */
const MACOS_METADATA = '__MACOSX';

/**
 * The entries of a ZIP from its central directory only, parsed once (./zip.ts): refused over
 * MAX_ARCHIVE_ENTRIES or more than `maxBytes` declared in total, or when entries overlap.
 */
async function listEntries(zip: ZipSource, maxBytes?: number): Promise<Entry[] | ArchiveErrorCode> {
  const directory = await readZipDirectory(zip, { maxBytes });
  if (!directory.ok) return directory.error;
  return directory.entries.map((e) => {
    const dir = e.raw.endsWith('/');
    const name = e.raw.normalize('NFC');
    return {
      raw: e.raw,
      name: dir ? name.slice(0, -1) : name,
      dir,
      compression: e.compression,
      size: e.size,
      zip: e,
    };
  });
}

/** Options of readArchive (for the tests and the worker). */
export interface ReadArchiveOptions {
  /** Counts the bytes inflated. */
  meter?: InflateMeter;
  /**
   * The most bytes the entries may declare in total, uncompressed: the space there is to import them
   * into (the archive page passes what the browser's storage has free). Default: no limit.
   */
  maxBytes?: number;
}

/** From a Blob, a stored file larger than this is hashed and then kept as a slice of it, not read. */
const KEEP_AS_SLICE = 256 * 1024;
/**
 * …and one larger than this is hashed as a stream (@noble/hashes; Web Crypto cannot), piece by piece,
 * so that memory stays at a piece, not the file plus Web Crypto's copy of it.
 */
const HASH_AS_STREAM = 32 * 1024 * 1024;
const PIECE = 4 * 1024 * 1024;

/** SHA-256 and CRC-32 of a stored entry of a Blob, read in pieces (the next read while one is hashed). */
async function hashStored(
  source: ZipSource,
  entry: ZipEntry,
): Promise<{ sha256: string; crc: number; size: number } | null> {
  if (entry.unusable || entry.dataStart < 0 || entry.compression !== 0 || entry.size !== entry.compressedSize)
    return null;
  const end = entry.dataStart + entry.size;
  if (end > source.size) return null;
  const hash = sha256Stream.create();
  let crc = 0;
  let at = entry.dataStart;
  let next: Promise<Uint8Array> | null = source.read(at, Math.min(end, at + PIECE));
  while (next) {
    const piece = await next;
    if (piece.length === 0) return null;
    at += piece.length;
    next = at < end ? source.read(at, Math.min(end, at + PIECE)) : null;
    hash.update(piece);
    crc = crc32(piece, crc);
  }
  return { sha256: bytesToHex(hash.digest()), crc, size: entry.size };
}

/** Whether the bytes begin as a picture of this type does (a thumbnail must be what it says it is). */
export function isImageOfType(bytes: Uint8Array, mime: ThumbnailMime): boolean {
  const at = (i: number, ...values: number[]) => values.every((v, k) => bytes[i + k] === v);
  if (mime === 'image/jpeg') return at(0, 0xff, 0xd8, 0xff);
  if (mime === 'image/png') return at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  return at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50); // RIFF....WEBP
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function parseJson(bytes: Uint8Array): unknown {
  const text = decode(bytes);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A hostile name, made fit to show: no control characters, bounded. */
function shown(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD').slice(0, 300);
}

function idOf(item: unknown): string | undefined {
  if (item && typeof item === 'object' && 'id' in item) {
    const id = (item as { id: unknown }).id;
    if (typeof id === 'string') return shown(id).slice(0, 100);
  }
  return undefined;
}

function problem(code: ArchiveProblemCode, path?: string, id?: string): ArchiveProblem {
  const p: ArchiveProblem = { code };
  if (path !== undefined) p.path = path;
  if (id !== undefined) p.id = id;
  return p;
}

/**
 * Reads a Shagym archive, treating it as hostile: the ZIP directory is parsed once and its limits
 * checked before any inflating; overlapping entries refuse the archive; each entry is inflated once and
 * stops as soon as it outgrows its declared size (./zip.ts); unsafe, duplicate and unlisted entries are never used; every file used must match its
 * SHA256SUMS line, and every evidence file the SHA-256 and size recorded when it was added; cases and
 * evidence metadata go through the zod schemas. One bad file never sinks the rest: it is reported in
 * `problems` (codes in ./format.ts) and left out. The whole archive is refused (`ok: false`) only when it
 * cannot be read at all: not a ZIP, over the limits, forged (overlapping entries), no single top folder, no or bad SHA256SUMS or
 * manifest.json, or a newer format version.
 *
 * A Blob (the File the buyer chose) is read in slices: the end, the directory, each local header, then
 * one file at a time (whole, to hash it: at most MAX_INFLATED_ENTRY_BYTES); a large stored evidence file
 * comes back as a slice of the Blob, typed with its MIME, never kept in memory.
 */
export async function readArchive(
  bytes: Uint8Array,
  options?: ReadArchiveOptions,
): Promise<ReadArchiveResult>;
export async function readArchive(
  file: Blob | Uint8Array,
  options?: ReadArchiveOptions,
): Promise<ReadArchiveResult<Uint8Array | Blob>>;
export async function readArchive(
  bytes: Uint8Array | Blob,
  options: ReadArchiveOptions = {},
): Promise<ReadArchiveResult<Uint8Array | Blob>> {
  if (!(bytes instanceof Uint8Array) && !(bytes instanceof Blob)) return { ok: false, error: 'not-a-zip' };
  const source = zipSource(bytes);
  const fromBlob = bytes instanceof Blob;
  const listed = await listEntries(source, options.maxBytes);
  if (typeof listed === 'string') return { ok: false, error: listed };
  const problems: ArchiveProblem[] = [];

  // 1. Safe names only; then the one top folder.
  const safe: Entry[] = [];
  for (const e of listed) {
    if (isSafeRelativePath(e.name)) safe.push(e);
    else problems.push(problem('unsafe-path', shown(e.raw)));
  }
  const tops = new Set<string>();
  for (const e of safe) {
    const slash = e.name.indexOf('/');
    const first = slash === -1 ? (e.dir ? e.name : null) : e.name.slice(0, slash);
    if (first !== null && first !== MACOS_METADATA) tops.add(first);
  }
  // Several top folders, or the folder's contents zipped without the folder (manifest.json at the root).
  if (tops.size > 1 || safe.some((e) => !e.dir && e.name === MANIFEST_FILE))
    return { ok: false, error: 'bad-layout' };
  const top = [...tops][0];
  if (top === undefined) return { ok: false, error: 'no-manifest' };

  // 2. Files inside it, by path relative to it; a path that appears twice is not used at all.
  const byPath = new Map<string, Entry>();
  const duplicates = new Set<string>();
  for (const e of safe) {
    if (e.dir) continue;
    if (!e.name.startsWith(`${top}/`)) {
      problems.push(problem('unlisted-file', e.name));
      continue;
    }
    const rel = e.name.slice(top.length + 1);
    if (byPath.has(rel) || duplicates.has(rel)) {
      byPath.delete(rel);
      duplicates.add(rel);
    } else byPath.set(rel, e);
  }

  const manifestEntry = byPath.get(MANIFEST_FILE);
  if (!manifestEntry)
    return { ok: false, error: duplicates.has(MANIFEST_FILE) ? 'bad-manifest' : 'no-manifest' };
  const sumsEntry = byPath.get(CHECKSUMS_FILE);
  if (!sumsEntry)
    return { ok: false, error: duplicates.has(CHECKSUMS_FILE) ? 'bad-checksums' : 'no-checksums' };
  if (sumsEntry.size > MAX_CHECKSUMS_BYTES) return { ok: false, error: 'bad-checksums' };
  if (manifestEntry.size > MAX_MANIFEST_BYTES) return { ok: false, error: 'bad-manifest' };

  // 3. SHA256SUMS, then manifest.json, which must match its line.
  const { meter } = options;
  const sumsBytes = await inflateEntry(source, sumsEntry.zip, meter);
  const sumsText = sumsBytes ? decode(sumsBytes) : null;
  const parsedSums = sumsText === null ? null : parseChecksums(sumsText);
  if (!parsedSums?.ok) return { ok: false, error: 'bad-checksums' };
  const sums = new Map<string, string>();
  for (const line of parsedSums.lines) {
    if (line.path === CHECKSUMS_FILE) continue;
    if (isSafeRelativePath(line.path)) sums.set(line.path, line.sha256);
    else problems.push(problem('unsafe-path', shown(line.path)));
  }

  const manifestBytes = await inflateEntry(source, manifestEntry.zip, meter);
  if (!manifestBytes || sums.get(MANIFEST_FILE) !== (await sha256Hex(manifestBytes)))
    return { ok: false, error: 'bad-manifest' };
  const manifestJson = parseJson(manifestBytes);
  const manifestHead = manifestHeadSchema.safeParse(manifestJson);
  if (!manifestHead.success) return { ok: false, error: 'bad-manifest' };
  if (manifestHead.data.version > ARCHIVE_VERSION) return { ok: false, error: 'newer-version' };
  const parsedManifest = manifestSchema.safeParse(manifestJson);
  if (!parsedManifest.success) return { ok: false, error: 'bad-manifest' };
  const manifest = parsedManifest.data;

  // 4. Every other listed file that is present: inflate and check against its line.
  /** Files not usable, reported once: with the id of what needed them, or at the end without one. */
  const failures = new Map<string, ArchiveProblemCode>();
  for (const rel of duplicates) failures.set(rel, 'duplicate-path');
  for (const rel of byPath.keys())
    if (rel !== CHECKSUMS_FILE && rel !== MANIFEST_FILE && !sums.has(rel)) failures.set(rel, 'unlisted-file');
  const toInflate = new Map<Entry, string>(); // entry → rel
  for (const rel of sums.keys()) {
    if (rel === MANIFEST_FILE) continue;
    const entry = byPath.get(rel);
    if (!entry) {
      if (!duplicates.has(rel)) failures.set(rel, 'missing-file');
    } else if (entry.compression !== 0 && entry.compression !== 8) failures.set(rel, 'unreadable-file');
    else toInflate.set(entry, rel);
  }
  const verified = new Map<string, { bytes: Uint8Array | Blob; size: number; sha256: string; crc: number }>();
  // Each entry is inflated (or read) once; one that fails is reported once and the others are still
  // read. From a Blob, only one file is in memory at a time: a large stored one is kept as a slice, and
  // a very large one is hashed as a stream.
  for (const [entry, rel] of toInflate) {
    if (fromBlob && entry.compression === 0 && entry.size > HASH_AS_STREAM) {
      const hashed = await hashStored(source, entry.zip);
      if (!hashed) failures.set(rel, 'unreadable-file');
      else if (hashed.sha256 !== sums.get(rel)) failures.set(rel, 'hash-mismatch');
      else
        verified.set(rel, {
          bytes: source.slice(entry.zip.dataStart, entry.zip.dataStart + hashed.size),
          ...hashed,
        });
      continue;
    }
    const data = await inflateEntry(source, entry.zip, meter);
    if (!data) {
      failures.set(rel, 'unreadable-file');
      continue;
    }
    const sha256 = await sha256Hex(data);
    const slice = fromBlob && entry.compression === 0 && data.length > KEEP_AS_SLICE;
    const kept = slice ? source.slice(entry.zip.dataStart, entry.zip.dataStart + data.length) : data;
    if (sha256 === sums.get(rel))
      verified.set(rel, { bytes: kept, size: data.length, sha256, crc: crc32(data) });
    else failures.set(rel, 'hash-mismatch');
  }

  const used = new Set<string>([CHECKSUMS_FILE, MANIFEST_FILE, README_FILE, REPORT_FILE]);
  const reported = new Map<string, ArchiveProblemCode>();
  /** The verified file at `path`, or null after reporting why not (with `id`). */
  const take = (path: string, id: string) => {
    used.add(path);
    const file = verified.get(path);
    if (file) return file;
    const code = failures.get(path) ?? reported.get(path) ?? 'missing-file';
    failures.delete(path);
    reported.set(path, code);
    problems.push(problem(code, path, id));
    return null;
  };

  /**
   * A thumbnail (a preview or a product picture) the manifest names: verified against SHA256SUMS by
   * `take`, at most MAX_THUMBNAIL_BYTES, and a picture of the type it claims; else null after reporting
   * it ('unreadable-file' when only its type or size is wrong). Never a reason to leave out its case or
   * its evidence.
   */
  const thumbnail = async (
    image: { path: string; mime: ThumbnailMime; width: number; height: number },
    id: string,
  ): Promise<ArchiveImage | null> => {
    const path = image.path.normalize('NFC');
    if (!isSafeRelativePath(path)) {
      problems.push(problem('unsafe-path', shown(path), id));
      return null;
    }
    const file = take(path, id);
    if (!file) return null;
    const bytes =
      file.size > MAX_THUMBNAIL_BYTES
        ? null
        : file.bytes instanceof Blob
          ? new Uint8Array(await file.bytes.arrayBuffer())
          : file.bytes;
    if (!bytes || !isImageOfType(bytes, image.mime)) {
      problems.push(problem('unreadable-file', path, id));
      return null;
    }
    return { bytes, mime: image.mime, width: image.width, height: image.height };
  };

  // 5. Cases.
  const cases: Case[] = [];
  const pictures: ArchivePicture[] = [];
  const caseIds = new Set<string>();
  const seenCaseIds = new Set<string>();
  for (const item of manifest.cases) {
    const entry = manifestCaseSchema.safeParse(item);
    if (!entry.success) {
      problems.push(problem('bad-case', undefined, idOf(item)));
      continue;
    }
    const { id, folder } = entry.data;
    if (seenCaseIds.has(id)) {
      problems.push(problem('bad-case', undefined, id));
      continue;
    }
    seenCaseIds.add(id);
    const base = `${CASES_DIR}/${folder}`;
    used.add(`${base}/summary.txt`);
    for (const kind of TEXT_KINDS) used.add(`${base}/letters/${kind}.txt`);
    const path = `${base}/case.json`;
    const file = take(path, id);
    if (!file) continue;
    const parsed =
      file.size > MAX_CASE_JSON_BYTES
        ? null
        : caseSchema.safeParse(
            parseJson(
              file.bytes instanceof Blob ? new Uint8Array(await file.bytes.arrayBuffer()) : file.bytes,
            ),
          );
    if (!parsed?.success || parsed.data.id !== id) {
      problems.push(problem('bad-case', path, id));
      continue;
    }
    cases.push(parsed.data);
    caseIds.add(id);
    if (item && typeof item === 'object' && 'picture' in item) {
      const entry = manifestCasePictureSchema.safeParse(item);
      if (!entry.success) problems.push(problem('unreadable-file', undefined, id));
      else {
        const { evidenceId, sourceUrl, at } = entry.data.picture;
        const image = await thumbnail(entry.data.picture, id);
        if (image) pictures.push({ ...image, caseId: id, evidenceId, sourceUrl, at });
      }
    }
  }

  // 6. Evidence.
  const evidence: ArchiveEvidence<Uint8Array | Blob>[] = [];
  const seenEvidenceIds = new Set<string>();
  for (const item of manifest.evidence) {
    const where = manifestEvidencePathSchema.safeParse(item);
    const meta = evidenceSchema.safeParse(item);
    const path = where.success ? where.data.path.normalize('NFC') : undefined;
    if (
      !meta.success ||
      path === undefined ||
      !isSafeRelativePath(path) ||
      seenEvidenceIds.has(meta.data.id)
    ) {
      problems.push(problem('bad-evidence', path === undefined ? undefined : shown(path), idOf(item)));
      continue;
    }
    seenEvidenceIds.add(meta.data.id);
    const file = take(path, meta.data.id);
    if (!file) continue;
    if (file.sha256 !== meta.data.sha256 || file.size !== meta.data.size) {
      problems.push(problem('hash-mismatch', path, meta.data.id));
      continue;
    }
    if (!caseIds.has(meta.data.caseId)) problems.push(problem('no-case', path, meta.data.id));
    const bytes = file.bytes instanceof Blob ? file.bytes.slice(0, file.size, meta.data.mime) : file.bytes;
    let preview: ArchiveImage | null = null;
    if (item && typeof item === 'object' && 'preview' in item) {
      const entry = manifestPreviewSchema.safeParse(item);
      if (!entry.success) problems.push(problem('unreadable-file', undefined, meta.data.id));
      else preview = await thumbnail(entry.data.preview, meta.data.id);
    }
    // The CRC-32 of the bytes read here, never the manifest's claim (kept for a later export).
    evidence.push({ meta: { ...meta.data, crc32: file.crc }, bytes, ...(preview ? { preview } : {}) });
  }

  // 7. Whatever is left: bad files nobody needed, and good files nobody uses.
  for (const [path, code] of failures) problems.push(problem(code, path));
  for (const path of verified.keys()) if (!used.has(path)) problems.push(problem('unlisted-file', path));

  return {
    ok: true,
    exportedAt: manifest.exportedAtMs,
    appVersion: manifest.appVersion,
    cases,
    evidence,
    pictures,
    problems,
  };
}
