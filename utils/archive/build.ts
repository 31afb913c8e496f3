import { deflateSync } from 'fflate';
import type { Case } from '../cases/schema';
import { perCase } from '../cases/deadlines';
import { letterInputOf } from '../cases/letter-input';
import { kzUtcOffsetMinutes } from '../deadlines/time-zone';
import { sha256Hex } from '../evidence/hash';
import type { Evidence } from '../evidence/schema';
import type { Lang } from '../i18n/languages';
import { buildText, missingFacts } from '../letters/build';
import { parseIsoDate } from '../letters/format';
import { TEXT_KINDS } from '../letters/types';
import { epochMs } from '../validation';
import { formatChecksums } from './checksums';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  ArchiveBuildError,
  CASES_DIR,
  CHECKSUMS_FILE,
  MANIFEST_FILE,
  MAX_ARCHIVE_ENTRIES,
  ORPHAN_EVIDENCE_DIR,
  README_FILE,
  REPORT_FILE,
  THUMBNAILS_DIR,
  type AnyArchiveEvidence,
  type ArchiveImage,
  type ArchivePicture,
  type ArchiveInput,
  type ArchiveManifest,
  type ArchiveProblem,
  type BuiltArchive,
  type BuiltArchiveBlob,
  type ManifestCase,
  type ManifestEvidence,
  type ManifestImage,
  type ThumbnailMime,
} from './format';
import { relativeUrl } from './html';
import { archiveFileName, archiveTopFolder, caseFolderName, filePrefix, safeFileName } from './names';
import { reportHtml, reportImage, type ReportEvidence, type ReportSection } from './report';
import { ARCHIVE_STRINGS, readmeText } from './strings';
import { caseSummary, formatKzDateTime } from './summary';
import { crc32, ZipWriter } from './zip-write';

const encoder = new TextEncoder();

/** UTF-8, LF line ends, one final newline. */
export function textFile(text: string): Uint8Array {
  const lf = text.replace(/\r\n?/g, '\n');
  return encoder.encode(lf.endsWith('\n') ? lf : `${lf}\n`);
}

/** Evidence of these types is deflated; anything else (JPEG, PNG, MP4, PDF…) is already compressed and stored. */
const COMPRESSIBLE_MIME =
  /^(?:text\/|application\/(?:json|xml|xhtml\+xml)|image\/(?:svg\+xml|bmp)|message\/rfc822)/i;

interface PlannedFile {
  /** Relative to the top folder. */
  path: string;
  /** The bytes, or (evidence) the Blob as stored: put into the archive as it is, never copied. */
  bytes: Uint8Array | Blob;
  compress: boolean;
  /** Known already (evidence is read once). */
  sha256?: string;
  crc?: number;
}

/** How an export runs (the archive page's progress bar and Cancel; the bench's choices). */
export interface BuildOptions {
  /** Stops the export between two pieces read (rejects with the signal's reason, an AbortError). */
  signal?: AbortSignal;
  /** Evidence bytes read so far, of `total` (every evidence file's size). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Read each evidence file and check it against the SHA-256 recorded when it was added (off by
   * default: the bench's figures in README.md — hashing 300 MB costs several times reading it, as Web
   * Crypto cannot hash a stream; it is also what `sha256sum -c`, the import and the case page's check
   * do). Verifying reads each file whole, one at a time (memory ≈ the largest file). Without it, a file
   * whose CRC-32 was kept when it was added (meta.crc32) is not read at all; an older one is read in
   * `chunkBytes` pieces for its CRC-32 only; SHA256SUMS lists the recorded hashes, and a file whose
   * size changed is still flagged.
   */
  verify?: boolean;
  /** Size of the pieces read when not verifying (default 4 MiB). */
  chunkBytes?: number;
  /** ZIP64 records for every entry (tests). */
  forceZip64?: boolean;
}

function aborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The export was cancelled', 'AbortError');
}

/**
 * Reads an evidence file once: its CRC-32, and its SHA-256 when verifying (else the recorded one).
 * `progress(n)` after each piece read.
 */
async function scan(
  data: Uint8Array | Blob,
  recorded: { sha256: string; crc32?: number },
  options: BuildOptions,
  progress: (n: number) => void,
): Promise<{ crc: number; sha256: string }> {
  const { signal } = options;
  aborted(signal);
  if (data instanceof Uint8Array) {
    progress(data.length);
    return { crc: crc32(data), sha256: await sha256Hex(data) };
  }
  const verify = options.verify === true;
  if (!verify && recorded.crc32 !== undefined) {
    // Known since it was added: the Blob goes into the archive unread.
    progress(data.size);
    return { crc: recorded.crc32, sha256: recorded.sha256 };
  }
  const step = options.chunkBytes ?? 4 * 1024 * 1024;
  // Verifying keeps the whole file (one at a time) for Web Crypto; else only the piece being summed.
  const whole = verify ? new Uint8Array(data.size) : null;
  let crc = 0;
  let at = 0;
  // The next piece is being read (by the browser, off this thread) while this one is summed.
  let next: Promise<ArrayBuffer> | null = data.size > 0 ? data.slice(0, step).arrayBuffer() : null;
  while (next) {
    const piece = new Uint8Array(await next);
    aborted(signal);
    if (piece.length === 0 || at + piece.length > data.size) throw new Error('evidence: short read');
    whole?.set(piece, at);
    at += piece.length;
    next = at < data.size ? data.slice(at, at + step).arrayBuffer() : null;
    crc = crc32(piece, crc);
    progress(piece.length);
  }
  return { crc, sha256: whole ? await sha256Hex(whole) : recorded.sha256 };
}

/** The order of evidence in a folder, the report and the case page's print. */
export const byCaptureThenId = (a: { meta: Evidence }, b: { meta: Evidence }) =>
  a.meta.capturedAt - b.meta.capturedAt || compare(a.meta.id, b.meta.id);
const byCreationThenId = (a: Case, b: Case) => a.createdAt - b.createdAt || compare(a.id, b.id);

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const THUMBNAIL_EXTENSION: Readonly<Record<ThumbnailMime, string>> = {
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/png': 'png',
};

/** Where the preview of the evidence file at `evidencePath` goes: thumbnails/<same path>.<ext>. */
export function thumbnailPath(evidencePath: string, mime: ThumbnailMime): string {
  const parent = evidencePath.replace(/\/evidence\/([^/]+)$/, '/$1');
  return `${THUMBNAILS_DIR}/${parent}.${THUMBNAIL_EXTENSION[mime]}`;
}

/** Where a case's product picture goes. */
export function pictureThumbnailPath(caseFolder: string, mime: ThumbnailMime): string {
  return `${THUMBNAILS_DIR}/${CASES_DIR}/${caseFolder}/product.${THUMBNAIL_EXTENSION[mime]}`;
}

/** The ready texts of a case whose facts are complete, in TEXT_KINDS order ([] when they cannot be built). */
export function caseLetters(c: Case, today: string, evidence: readonly Evidence[], lang: Lang) {
  // A case whose texts cannot be built (a date out of range) is exported without them, not the
  // whole archive refused: case.json and summary.txt still carry everything the buyer entered.
  return perCase(
    c,
    'export letters',
    () => {
      const letterInput = letterInputOf(c, today, [...evidence]);
      return TEXT_KINDS.filter((kind) => missingFacts(kind, letterInput).length === 0).map((kind) => ({
        kind,
        text: buildText(kind, letterInput, lang),
      }));
    },
    [],
  );
}

function imageOf(image: ArchiveImage<Uint8Array | Blob>, path: string): ManifestImage {
  return { path, mime: image.mime, width: image.width, height: image.height };
}

/** The manifest entry of an evidence: its metadata in schema order, then its path. */
function manifestEvidence(m: Evidence, path: string): ManifestEvidence {
  return {
    id: m.id,
    caseId: m.caseId,
    kind: m.kind,
    fileName: m.fileName,
    mime: m.mime,
    size: m.size,
    sha256: m.sha256,
    capturedAt: m.capturedAt,
    importedAt: m.importedAt,
    sourceUrl: m.sourceUrl,
    note: m.note,
    takenAt: m.takenAt,
    camera: m.camera,
    ...(m.capture ? { capture: m.capture } : {}),
    ...(m.media ? { media: m.media } : {}),
    path,
  };
}

/**
 * The ZIP of `input.cases` with their evidence (layout in ./format.ts). Deterministic: the same input
 * gives the same bytes (entries in a fixed order, every entry dated `exportedAt` in Kazakhstan time,
 * whatever the machine's time zone). Evidence whose case is not among `input.cases` is kept under
 * other-evidence/. Evidence whose bytes differ from its recorded SHA-256 is exported and flagged
 * (`problems`, and in summary.txt) when verifying (the default). Media is stored, text deflated; ZIP64
 * where sizes or offsets need it; no limit on the total size (./zip-write.ts). In memory: the whole
 * archive (for tests and small exports); buildArchiveBlob is the streamed form.
 * @throws ArchiveBuildError when the archive would have more than MAX_ARCHIVE_ENTRIES entries
 *   (readArchive would refuse it).
 * @throws DOMException AbortError (the signal's reason) when `options.signal` is aborted.
 * @throws RangeError on a duplicate case or evidence id, a `today` that is not a date, or an
 *   `exportedAt` outside 2000–2100.
 */
export async function buildArchive(input: ArchiveInput, options: BuildOptions = {}): Promise<BuiltArchive> {
  const built = await buildArchiveBlob(input, options);
  return {
    bytes: new Uint8Array(await built.blob.arrayBuffer()),
    fileName: built.fileName,
    files: built.files,
    problems: built.problems,
  };
}

/**
 * buildArchive as a Blob assembled from its parts: evidence Blobs are referenced, not copied, so the
 * archive is never in memory (./zip-write.ts). What buildArchive returns is this Blob's bytes.
 */
export async function buildArchiveBlob(
  input: ArchiveInput,
  options: BuildOptions = {},
): Promise<BuiltArchiveBlob> {
  parseIsoDate(input.today);
  if (!epochMs.safeParse(input.exportedAt).success) throw new RangeError(`exportedAt: ${input.exportedAt}`);
  const { lang, today } = input;
  const appVersion = input.appVersion.slice(0, 100);

  const cases = [...input.cases].sort(byCreationThenId);
  const caseIds = new Set<string>();
  for (const c of cases) {
    if (caseIds.has(c.id)) throw new RangeError(`duplicate case id ${c.id}`);
    caseIds.add(c.id);
  }
  const byCase = new Map<string | null, AnyArchiveEvidence[]>();
  const evidenceIds = new Set<string>();
  let evidenceBytes = 0;
  for (const ev of input.evidence) {
    if (evidenceIds.has(ev.meta.id)) throw new RangeError(`duplicate evidence id ${ev.meta.id}`);
    evidenceIds.add(ev.meta.id);
    evidenceBytes += sizeOf(ev.bytes);
    const key = caseIds.has(ev.meta.caseId) ? ev.meta.caseId : null;
    const list = byCase.get(key);
    if (list) list.push(ev);
    else byCase.set(key, [ev]);
  }
  const pictures = new Map<string, ArchivePicture<Uint8Array | Blob>>();
  for (const p of input.pictures ?? [])
    if (caseIds.has(p.caseId) && !pictures.has(p.caseId)) pictures.set(p.caseId, p);
  const previews = input.evidence.filter((ev) => ev.preview).length;
  // Refuse early, before reading hundreds of megabytes for nothing.
  checkLimits(3 + cases.length * 2 + input.evidence.length + previews + pictures.size, true);
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, evidenceBytes);
  };
  options.onProgress?.(0, evidenceBytes);

  const files: PlannedFile[] = [];
  const problems: ArchiveProblem[] = [];
  const manifestCases: ManifestCase[] = [];
  const manifestEvidenceList: ManifestEvidence[] = [];
  const usedFolders = new Set<string>();
  const sections: ReportSection[] = [];

  /** Plans the evidence files of one folder and returns what the summary lists. */
  const addEvidence = async (list: AnyArchiveEvidence[], dir: string, relTo: string) => {
    const listed: ReportEvidence[] = [];
    const sorted = [...list].sort(byCaptureThenId);
    for (let i = 0; i < sorted.length; i++) {
      const ev = sorted[i] as AnyArchiveEvidence;
      const name = `${filePrefix(i)}-${safeFileName(ev.meta.fileName)}`;
      const path = `${dir}/${name}`;
      const { sha256: actual, crc } = await scan(ev.bytes, ev.meta, options, progress);
      const actualSize = sizeOf(ev.bytes);
      if (actual !== ev.meta.sha256 || actualSize !== ev.meta.size)
        problems.push({ code: 'hash-mismatch', path, id: ev.meta.id });
      files.push({
        path,
        bytes: ev.bytes,
        compress: COMPRESSIBLE_MIME.test(ev.meta.mime),
        sha256: actual,
        crc,
      });
      const entry = manifestEvidence(ev.meta, path);
      let previewPath: string | null = null;
      if (ev.preview) {
        previewPath = thumbnailPath(path, ev.preview.mime);
        files.push({ path: previewPath, bytes: ev.preview.bytes, compress: false });
        entry.preview = imageOf(ev.preview, previewPath);
      }
      manifestEvidenceList.push(entry);
      listed.push({
        meta: ev.meta,
        file: path.slice(relTo.length),
        actualSha256: actual,
        actualSize,
        path,
        image: reportImage(ev.meta.mime, relativeUrl(path), previewPath && relativeUrl(previewPath)),
      });
    }
    return listed;
  };

  for (const c of cases) {
    let folder = caseFolderName(c);
    if (usedFolders.has(folder)) folder = `${c.order.orderNumber ?? 'case'}-${c.id}`;
    usedFolders.add(folder);
    const picture = pictures.get(c.id);
    const picturePath = picture ? pictureThumbnailPath(folder, picture.mime) : null;
    if (picture && picturePath) {
      files.push({ path: picturePath, bytes: picture.bytes, compress: false });
      manifestCases.push({
        id: c.id,
        folder,
        picture: {
          ...imageOf(picture, picturePath),
          evidenceId: picture.evidenceId,
          sourceUrl: picture.sourceUrl,
          at: picture.at,
        },
      });
    } else manifestCases.push({ id: c.id, folder });
    const base = `${CASES_DIR}/${folder}`;
    const listed = await addEvidence(byCase.get(c.id) ?? [], `${base}/evidence`, `${base}/`);
    files.push({ path: `${base}/case.json`, bytes: textFile(JSON.stringify(c, null, 2)), compress: true });
    const summary = perCase(
      c,
      'export summary',
      () => caseSummary(c, listed, { lang, today, exportedAt: input.exportedAt, appVersion }),
      `${c.id}\n${ARCHIVE_STRINGS[lang].deadlinesFailed}\n`,
    );
    files.push({ path: `${base}/summary.txt`, bytes: textFile(summary), compress: true });
    const letters = caseLetters(
      c,
      today,
      (byCase.get(c.id) ?? []).map((ev) => ev.meta),
      lang,
    );
    for (const l of letters)
      files.push({ path: `${base}/letters/${l.kind}.txt`, bytes: textFile(l.text), compress: true });
    sections.push({
      case: c,
      evidence: listed,
      letters,
      picture: picturePath ? { url: relativeUrl(picturePath), madeByShagym: true } : null,
    });
  }
  const orphans = await addEvidence(byCase.get(null) ?? [], ORPHAN_EVIDENCE_DIR, `${ORPHAN_EVIDENCE_DIR}/`);
  if (orphans.length) sections.push({ case: null, evidence: orphans, letters: [] });

  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: new Date(input.exportedAt).toISOString(),
    exportedAtMs: input.exportedAt,
    appVersion,
    lang,
    today,
    cases: manifestCases,
    evidence: manifestEvidenceList,
  };
  const top = archiveTopFolder(input.exportedAt);
  const head: PlannedFile[] = [
    {
      path: README_FILE,
      bytes: textFile(
        readmeText({
          folder: top,
          when: {
            ru: formatKzDateTime(input.exportedAt, 'ru'),
            kk: formatKzDateTime(input.exportedAt, 'kk'),
            en: formatKzDateTime(input.exportedAt, 'en'),
          },
          appVersion,
          caseCount: cases.length,
          fileCount: files.length + 4,
        }),
      ),
      compress: true,
    },
    { path: MANIFEST_FILE, bytes: textFile(JSON.stringify(manifest, null, 2)), compress: true },
    {
      path: REPORT_FILE,
      bytes: textFile(reportHtml(sections, { lang, today, exportedAt: input.exportedAt, appVersion })),
      compress: true,
    },
  ];
  const all = [...head, ...files.sort((a, b) => compare(a.path, b.path))];

  const lines = [];
  for (const f of all) {
    if (f.bytes instanceof Blob && f.sha256 === undefined) {
      // A thumbnail kept as a Blob: small, read here once for its hash and CRC-32.
      f.bytes = new Uint8Array(await f.bytes.arrayBuffer());
    }
    const sha256 = f.sha256 ?? (f.bytes instanceof Uint8Array ? await sha256Hex(f.bytes) : undefined);
    if (sha256 === undefined) throw new Error(`no hash for ${f.path}`);
    lines.push({ path: f.path, sha256 });
  }
  const sums: PlannedFile = { path: CHECKSUMS_FILE, bytes: textFile(formatChecksums(lines)), compress: true };
  const entries = [sums, ...all];
  checkLimits(entries.length, false);

  const writer = new ZipWriter(zipStyle(input.exportedAt), { forceZip64: options.forceZip64 });
  const names: string[] = [];
  for (const f of entries) {
    aborted(options.signal);
    const name = `${top}/${f.path}`;
    names.push(name);
    if (f.compress) {
      // Text (small), or evidence of a compressible type: deflated in memory, one file at a time.
      const bytes = f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(await f.bytes.arrayBuffer());
      writer.add(name, deflateSync(bytes, { level: 6 }), {
        method: 8,
        crc: f.crc ?? crc32(bytes),
        size: bytes.length,
      });
    } else
      writer.add(name, f.bytes, {
        method: 0,
        crc: f.crc ?? crc32(f.bytes as Uint8Array),
        size: sizeOf(f.bytes),
      });
  }
  aborted(options.signal);
  return {
    blob: writer.finish(),
    fileName: archiveFileName(cases, input.exportedAt),
    files: names,
    problems,
  };
}

function sizeOf(data: Uint8Array | Blob): number {
  return data instanceof Blob ? data.size : data.length;
}

function checkLimits(entries: number, early: boolean): void {
  const when = early ? ' (at least)' : '';
  if (entries > MAX_ARCHIVE_ENTRIES)
    throw new ArchiveBuildError('too-many-files', `${entries} files${when}; at most ${MAX_ARCHIVE_ENTRIES}`);
}

/**
 * Every entry is dated `exportedAt`: the MS-DOS time and date in Kazakhstan wall time (so the bytes do
 * not depend on where the archive was built), and an "extended timestamp" extra field (0x5455, read by
 * Info-ZIP unzip, 7-Zip, bsdtar) with the exact UTC time, so an unzipped file is dated `exportedAt`
 * everywhere.
 */
function zipStyle(exportedAt: number) {
  const wall = new Date(exportedAt + kzUtcOffsetMinutes(exportedAt) * 60_000);
  return {
    dosTime: (wall.getUTCHours() << 11) | (wall.getUTCMinutes() << 5) | (wall.getUTCSeconds() >> 1),
    dosDate: ((wall.getUTCFullYear() - 1980) << 9) | ((wall.getUTCMonth() + 1) << 5) | wall.getUTCDate(),
    unixSeconds: Math.floor(exportedAt / 1000),
  };
}
