import { zipSync, type ZipAttributes, type ZipOptions } from 'fflate';
import type { Case } from '../cases/schema';
import { perCase } from '../cases/deadlines';
import { letterInputOf } from '../cases/letter-input';
import { kzUtcOffsetMinutes } from '../deadlines/time-zone';
import { sha256Hex } from '../evidence/hash';
import type { Evidence } from '../evidence/schema';
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
  MAX_ARCHIVE_BYTES,
  MAX_ARCHIVE_ENTRIES,
  ORPHAN_EVIDENCE_DIR,
  README_FILE,
  REPORT_FILE,
  type ArchiveEvidence,
  type ArchiveInput,
  type ArchiveManifest,
  type ArchiveProblem,
  type BuiltArchive,
  type ManifestCase,
  type ManifestEvidence,
} from './format';
import { archiveFileName, archiveTopFolder, caseFolderName, filePrefix, safeFileName } from './names';
import { reportHtml, type ReportEvidence, type ReportSection } from './report';
import { ARCHIVE_STRINGS, readmeText } from './strings';
import { caseSummary, formatKzDateTime } from './summary';

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
  bytes: Uint8Array;
  compress: boolean;
  /** Known already (evidence is hashed once). */
  sha256?: string;
}

const byCaptureThenId = (a: ArchiveEvidence, b: ArchiveEvidence) =>
  a.meta.capturedAt - b.meta.capturedAt || compare(a.meta.id, b.meta.id);
const byCreationThenId = (a: Case, b: Case) => a.createdAt - b.createdAt || compare(a.id, b.id);

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
 * (`problems`, and in summary.txt).
 * @throws ArchiveBuildError when the archive would have more than MAX_ARCHIVE_ENTRIES entries or more
 *   than MAX_ARCHIVE_BYTES in total (readArchive would refuse it).
 * @throws RangeError on a duplicate case or evidence id, a `today` that is not a date, or an
 *   `exportedAt` outside 2000–2100.
 */
export async function buildArchive(input: ArchiveInput): Promise<BuiltArchive> {
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
  const byCase = new Map<string | null, ArchiveEvidence[]>();
  const evidenceIds = new Set<string>();
  let evidenceBytes = 0;
  for (const ev of input.evidence) {
    if (evidenceIds.has(ev.meta.id)) throw new RangeError(`duplicate evidence id ${ev.meta.id}`);
    evidenceIds.add(ev.meta.id);
    evidenceBytes += ev.bytes.length;
    const key = caseIds.has(ev.meta.caseId) ? ev.meta.caseId : null;
    const list = byCase.get(key);
    if (list) list.push(ev);
    else byCase.set(key, [ev]);
  }
  // Refuse early, before hashing hundreds of megabytes for nothing.
  checkLimits(3 + cases.length * 2 + input.evidence.length, evidenceBytes, true);

  const files: PlannedFile[] = [];
  const problems: ArchiveProblem[] = [];
  const manifestCases: ManifestCase[] = [];
  const manifestEvidenceList: ManifestEvidence[] = [];
  const usedFolders = new Set<string>();
  const sections: ReportSection[] = [];

  /** Plans the evidence files of one folder and returns what the summary lists. */
  const addEvidence = async (list: ArchiveEvidence[], dir: string, relTo: string) => {
    const listed: ReportEvidence[] = [];
    const sorted = [...list].sort(byCaptureThenId);
    for (let i = 0; i < sorted.length; i++) {
      const ev = sorted[i] as ArchiveEvidence;
      const name = `${filePrefix(i)}-${safeFileName(ev.meta.fileName)}`;
      const path = `${dir}/${name}`;
      const actual = await sha256Hex(ev.bytes);
      if (actual !== ev.meta.sha256 || ev.bytes.length !== ev.meta.size)
        problems.push({ code: 'hash-mismatch', path, id: ev.meta.id });
      files.push({ path, bytes: ev.bytes, compress: COMPRESSIBLE_MIME.test(ev.meta.mime), sha256: actual });
      manifestEvidenceList.push(manifestEvidence(ev.meta, path));
      listed.push({
        meta: ev.meta,
        file: path.slice(relTo.length),
        actualSha256: actual,
        actualSize: ev.bytes.length,
        path,
      });
    }
    return listed;
  };

  for (const c of cases) {
    let folder = caseFolderName(c);
    if (usedFolders.has(folder)) folder = `${c.order.orderNumber ?? 'case'}-${c.id}`;
    usedFolders.add(folder);
    manifestCases.push({ id: c.id, folder });
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
    // A case whose texts cannot be built (a date out of range) is exported without them, not the
    // whole archive refused: case.json and summary.txt still carry everything the buyer entered.
    const letters = perCase(
      c,
      'export letters',
      () => {
        const letterInput = letterInputOf(
          c,
          today,
          (byCase.get(c.id) ?? []).map((ev) => ev.meta),
        );
        return TEXT_KINDS.filter((kind) => missingFacts(kind, letterInput).length === 0).map((kind) => ({
          kind,
          text: buildText(kind, letterInput, lang),
        }));
      },
      [],
    );
    for (const l of letters)
      files.push({ path: `${base}/letters/${l.kind}.txt`, bytes: textFile(l.text), compress: true });
    sections.push({ case: c, evidence: listed, letters });
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
  for (const f of all) lines.push({ path: f.path, sha256: f.sha256 ?? (await sha256Hex(f.bytes)) });
  const sums: PlannedFile = { path: CHECKSUMS_FILE, bytes: textFile(formatChecksums(lines)), compress: true };
  const entries = [sums, ...all];
  checkLimits(
    entries.length,
    entries.reduce((n, f) => n + f.bytes.length, 0),
    false,
  );

  const attrs = zipAttributes(input.exportedAt);
  const zippable: Record<string, [Uint8Array, ZipOptions & ZipAttributes]> = {};
  const names: string[] = [];
  for (const f of entries) {
    const name = `${top}/${f.path}`;
    names.push(name);
    zippable[name] = [f.bytes, { ...attrs, level: f.compress ? 6 : 0 }];
  }
  const bytes = zipSync(zippable);
  setDosTimes(bytes, input.exportedAt);
  return { bytes, fileName: archiveFileName(cases, input.exportedAt), files: names, problems };
}

function checkLimits(entries: number, bytes: number, early: boolean): void {
  const when = early ? ' (at least)' : '';
  if (entries > MAX_ARCHIVE_ENTRIES)
    throw new ArchiveBuildError('too-many-files', `${entries} files${when}; at most ${MAX_ARCHIVE_ENTRIES}`);
  if (bytes > MAX_ARCHIVE_BYTES)
    throw new ArchiveBuildError('too-big', `${bytes} bytes${when}; at most ${MAX_ARCHIVE_BYTES}`);
}

/**
 * Every entry: Unix 0644 permissions, and an "extended timestamp" extra field (0x5455, read by Info-ZIP
 * unzip, 7-Zip, bsdtar) with the exact UTC time, so an unzipped file is dated `exportedAt` everywhere.
 */
function zipAttributes(exportedAt: number): ZipAttributes & { mtime: number } {
  const ut = new Uint8Array(5);
  ut[0] = 1; // flags: modification time present
  new DataView(ut.buffer).setUint32(1, Math.floor(exportedAt / 1000), true);
  return { os: 3, attrs: (0o100644 * 0x10000) >>> 0, extra: { 0x5455: ut }, mtime: exportedAt };
}

/**
 * fflate writes the MS-DOS date and time of an entry in the machine's local time zone; this overwrites
 * them, in every local and central header, with Kazakhstan wall time, so the bytes do not depend on
 * where the archive was built.
 */
function setDosTimes(zip: Uint8Array, exportedAt: number): void {
  const wall = new Date(exportedAt + kzUtcOffsetMinutes(exportedAt) * 60_000);
  const time = (wall.getUTCHours() << 11) | (wall.getUTCMinutes() << 5) | (wall.getUTCSeconds() >> 1);
  const date = ((wall.getUTCFullYear() - 1980) << 9) | ((wall.getUTCMonth() + 1) << 5) | wall.getUTCDate();
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22; // fflate writes no archive comment
  if (view.getUint32(eocd, true) !== 0x06054b50) throw new Error('zip: no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('zip: bad central header');
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('zip: bad local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
