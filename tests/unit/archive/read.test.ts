/**
 * readArchive: the round trip, a tampered archive (exactly the changed file is left out), and hostile
 * input (not a ZIP, unsafe paths, too many entries, oversized declared sizes, bad or newer manifests).
 */
import { describe, expect, it } from 'vitest';
import { crc32 } from '@/utils/evidence/hash';
import { zipSync } from 'fflate';
import { MAX_ARCHIVE_ENTRIES, buildArchive, readArchive, type ReadArchiveResult } from '@/utils/archive';
import {
  EXPORTED_AT,
  PHONE_CASE,
  PHONE_PHOTO,
  PHONE_RECEIPT,
  PHONE_VIDEO,
  TOP,
  WASHER_CASE,
  WASHER_CHAT,
  bytesOf,
  input,
  patchEntry,
  rezip,
  sha256,
  text,
  unzipRelative,
  utf8,
  zipRaw,
} from './fixtures';

const PHONE = 'cases/612345678-3f2b8c1e';
const WASHER = 'cases/1022135385-9a7c41d2';
const VIDEO_PATH = `${PHONE}/evidence/02-Видео распаковки.mp4`;
const ALL_EVIDENCE = [PHONE_PHOTO, PHONE_VIDEO, PHONE_RECEIPT, WASHER_CHAT];

async function built() {
  return (await buildArchive(input())).bytes;
}
async function builtFiles() {
  return unzipRelative(await built());
}

function ok(result: ReadArchiveResult) {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result;
}
const ids = (r: { evidence: { meta: { id: string } }[] }) => r.evidence.map((e) => e.meta.id);
const caseIds = (r: { cases: { id: string }[] }) => r.cases.map((c) => c.id);
/**
 * Evidence as comparable values (hashes instead of big byte arrays); the CRC-32 the reader adds is
 * checked against the bytes and left out of the comparison.
 */
const digest = (list: { meta: object & { crc32?: number }; bytes: Uint8Array }[]) =>
  list.map(({ meta: { crc32: crc, ...meta }, bytes }) => {
    if (crc !== undefined) expect(crc).toBe(crc32(bytes));
    return { meta, bytes: sha256(bytes), size: bytes.length };
  });

function editJson(
  files: Record<string, Uint8Array>,
  path: string,
  edit: (value: Record<string, unknown>) => void,
) {
  const value = JSON.parse(text(files[path])) as Record<string, unknown>;
  edit(value);
  files[path] = utf8(JSON.stringify(value, null, 2));
}

describe('round trip', () => {
  it('gives back the cases and the evidence bytes exactly, with no problems', async () => {
    const result = ok(await readArchive(await built()));
    expect(result.problems).toEqual([]);
    expect(result.exportedAt).toBe(EXPORTED_AT);
    expect(result.appVersion).toBe('0.1.0');
    expect(result.cases).toEqual([PHONE_CASE, WASHER_CASE]);
    expect(digest(result.evidence)).toEqual(digest(ALL_EVIDENCE));
    for (const ev of result.evidence) expect(sha256(ev.bytes)).toBe(ev.meta.sha256);
  });

  it('rebuilds what it read into the very same bytes', async () => {
    const first = await built();
    const back = ok(await readArchive(first));
    const again = await buildArchive(input({ cases: back.cases, evidence: back.evidence }));
    expect(sha256(again.bytes)).toBe(sha256(first));
  });

  it('reads an archive in any summary language, and one with no evidence', async () => {
    for (const lang of ['kk', 'en'] as const) {
      const result = ok(await readArchive((await buildArchive(input({ lang }))).bytes));
      expect(caseIds(result)).toEqual([PHONE_CASE.id, WASHER_CASE.id]);
    }
    const bare = ok(
      await readArchive((await buildArchive(input({ cases: [WASHER_CASE], evidence: [] }))).bytes),
    );
    expect(bare).toMatchObject({ cases: [WASHER_CASE], evidence: [], problems: [] });
  });
});

describe('a tampered archive', () => {
  it('leaves out exactly the evidence whose byte was changed inside the ZIP, and keeps the rest', async () => {
    const zip = await built();
    // The video is stored uncompressed: find its bytes in the ZIP and flip one bit.
    const start = Buffer.from(zip).indexOf(Buffer.from(PHONE_VIDEO.bytes.subarray(0, 64)));
    expect(start).toBeGreaterThan(0);
    zip[start + 75_000] = (zip[start + 75_000] ?? 0) ^ 0x01;

    const result = ok(await readArchive(zip));
    expect(result.problems).toEqual([{ code: 'hash-mismatch', path: VIDEO_PATH, id: PHONE_VIDEO.meta.id }]);
    expect(result.cases).toEqual([PHONE_CASE, WASHER_CASE]);
    expect(digest(result.evidence)).toEqual(digest([PHONE_PHOTO, PHONE_RECEIPT, WASHER_CHAT]));
  });

  it('catches a changed file even when SHA256SUMS was rewritten to match it', async () => {
    const files = await builtFiles();
    files[VIDEO_PATH] = bytesOf(150_000, 42);
    const result = ok(await readArchive(rezip(files, { resum: true })));
    // SHA256SUMS now agrees; the hash recorded when the video was added does not.
    expect(result.problems).toEqual([{ code: 'hash-mismatch', path: VIDEO_PATH, id: PHONE_VIDEO.meta.id }]);
    expect(ids(result)).toEqual([PHONE_PHOTO.meta.id, PHONE_RECEIPT.meta.id, WASHER_CHAT.meta.id]);
  });

  it('skips a case whose case.json changed, keeps its evidence for a case the buyer may have', async () => {
    const files = await builtFiles();
    editJson(files, `${PHONE}/case.json`, (c) => ((c.order as Record<string, unknown>).price = 1));
    const result = ok(await readArchive(rezip(files)));
    expect(caseIds(result)).toEqual([WASHER_CASE.id]);
    expect(result.problems).toEqual([
      { code: 'hash-mismatch', path: `${PHONE}/case.json`, id: PHONE_CASE.id },
      { code: 'no-case', path: `${PHONE}/evidence/01-Фото брака_ экран_полоса.jpg`, id: PHONE_PHOTO.meta.id },
      { code: 'no-case', path: VIDEO_PATH, id: PHONE_VIDEO.meta.id },
      { code: 'no-case', path: `${PHONE}/evidence/03-Кассовый чек _1.pdf`, id: PHONE_RECEIPT.meta.id },
    ]);
    expect(ids(result)).toEqual(ALL_EVIDENCE.map((e) => e.meta.id));
  });

  it('reports a changed summary or README but imports everything (they are not data)', async () => {
    const files = await builtFiles();
    files[`${WASHER}/summary.txt`] = utf8('Жалоба отозвана.\n');
    const result = ok(await readArchive(rezip(files)));
    expect(result.problems).toEqual([{ code: 'hash-mismatch', path: `${WASHER}/summary.txt` }]);
    expect(result.cases).toHaveLength(2);
    expect(result.evidence).toHaveLength(4);
  });
});

describe('damaged or odd contents', () => {
  it('skips a case.json that fails the case schema or carries another id', async () => {
    const files = await builtFiles();
    editJson(files, `${PHONE}/case.json`, (c) => ((c.order as Record<string, unknown>).orderNumber = '12'));
    editJson(files, `${WASHER}/case.json`, (c) => (c.id = '11111111-2222-4333-8444-555555555555'));
    const result = ok(await readArchive(rezip(files, { resum: true })));
    expect(result.cases).toEqual([]);
    expect(result.problems.slice(0, 2)).toEqual([
      { code: 'bad-case', path: `${PHONE}/case.json`, id: PHONE_CASE.id },
      { code: 'bad-case', path: `${WASHER}/case.json`, id: WASHER_CASE.id },
    ]);
    expect(result.problems.slice(2).map((p) => p.code)).toEqual(['no-case', 'no-case', 'no-case', 'no-case']);
  });

  it('skips a case.json that is not JSON', async () => {
    const files = await builtFiles();
    files[`${WASHER}/case.json`] = utf8('{"id": "9a7c41d2-0b3e-4f5a-8c6d-7e8f9a0b1c2d", ');
    const result = ok(await readArchive(rezip(files, { resum: true })));
    expect(caseIds(result)).toEqual([PHONE_CASE.id]);
    expect(result.problems[0]).toEqual({ code: 'bad-case', path: `${WASHER}/case.json`, id: WASHER_CASE.id });
  });

  it('skips evidence metadata that fails the schema, and a repeated evidence id', async () => {
    const files = await builtFiles();
    editJson(files, 'manifest.json', (m) => {
      const evidence = m.evidence as Record<string, unknown>[];
      (evidence[0] as Record<string, unknown>).sha256 = 'not-a-hash';
      evidence.push({ ...(evidence[1] as object) });
    });
    const result = ok(await readArchive(rezip(files, { resum: true })));
    expect(result.problems).toEqual([
      {
        code: 'bad-evidence',
        path: `${PHONE}/evidence/01-Фото брака_ экран_полоса.jpg`,
        id: PHONE_PHOTO.meta.id,
      },
      { code: 'bad-evidence', path: VIDEO_PATH, id: PHONE_VIDEO.meta.id },
      // The photo's bytes are now used by nobody.
      { code: 'unlisted-file', path: `${PHONE}/evidence/01-Фото брака_ экран_полоса.jpg` },
    ]);
    expect(ids(result)).toEqual([PHONE_VIDEO.meta.id, PHONE_RECEIPT.meta.id, WASHER_CHAT.meta.id]);
  });

  it('reports a listed file that is missing, once, with the evidence that needed it', async () => {
    const files = await builtFiles();
    delete files[VIDEO_PATH];
    const result = ok(await readArchive(rezip(files)));
    expect(result.problems).toEqual([{ code: 'missing-file', path: VIDEO_PATH, id: PHONE_VIDEO.meta.id }]);
    expect(result.evidence).toHaveLength(3);
  });

  it('ignores files not listed in SHA256SUMS, or listed but part of no case', async () => {
    const files = await builtFiles();
    files['cases/612345678-3f2b8c1e/evidence/04-подброшено.jpg'] = bytesOf(100, 7);
    const unlisted = ok(await readArchive(rezip(files)));
    expect(unlisted.problems).toEqual([
      { code: 'unlisted-file', path: 'cases/612345678-3f2b8c1e/evidence/04-подброшено.jpg' },
    ]);
    expect(unlisted.evidence).toHaveLength(4);
    const listed = ok(await readArchive(rezip(files, { resum: true })));
    expect(listed.problems).toEqual(unlisted.problems);
  });

  it('reports evidence whose case is not in the archive, and still returns it', async () => {
    const zip = (await buildArchive(input({ cases: [PHONE_CASE] }))).bytes;
    const result = ok(await readArchive(zip));
    expect(result.problems).toEqual([
      { code: 'no-case', path: 'other-evidence/01-Сатушымен хат алмасу.png', id: WASHER_CHAT.meta.id },
    ]);
    expect(ids(result)).toContain(WASHER_CHAT.meta.id);
  });

  it('leaves out an entry it cannot decompress', async () => {
    const zip = await built();
    patchEntry(zip, `${TOP}/${WASHER}/case.json`, (view, central, local) => {
      view.setUint16(central + 10, 99, true); // an unknown compression method
      view.setUint16(local + 8, 99, true);
    });
    const result = ok(await readArchive(zip));
    expect(result.problems).toEqual([
      { code: 'unreadable-file', path: `${WASHER}/case.json`, id: WASHER_CASE.id },
      { code: 'no-case', path: `${WASHER}/evidence/01-Сатушымен хат алмасу.png`, id: WASHER_CHAT.meta.id },
    ]);
    expect(caseIds(result)).toEqual([PHONE_CASE.id]);
  });

  it('reads SHA256SUMS rewritten on Windows (CRLF, upper-case hashes, ./ paths)', async () => {
    const files = await builtFiles();
    files.SHA256SUMS = utf8(
      text(files.SHA256SUMS)
        .split('\n')
        .filter(Boolean)
        .map((l) => `${l.slice(0, 64).toUpperCase()} *./${l.slice(66)}\r\n`)
        .join(''),
    );
    const result = ok(await readArchive(rezip(files)));
    expect(result.problems).toEqual([]);
    expect(result.evidence).toHaveLength(4);
  });

  it('tolerates macOS Finder metadata but does not read it', async () => {
    const files = unzipRelative(await built());
    const entries: Record<string, Uint8Array> = {};
    for (const [p, b] of Object.entries(files)) entries[`${TOP}/${p}`] = b;
    entries[`__MACOSX/${TOP}/._README.txt`] = bytesOf(120, 3);
    const result = ok(await readArchive(zipRaw(entries)));
    expect(result.problems).toEqual([{ code: 'unlisted-file', path: `__MACOSX/${TOP}/._README.txt` }]);
    expect(result.cases).toHaveLength(2);
  });
});

describe('hostile input', () => {
  it('refuses what is not a ZIP', async () => {
    const zip = await built();
    for (const bytes of [
      new Uint8Array(0),
      utf8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      bytesOf(70_000, 99),
      zip.subarray(0, zip.length - 40), // cut before the end of the directory
    ])
      expect(await readArchive(bytes)).toEqual({ ok: false, error: 'not-a-zip' });
    expect(await readArchive('PK' as unknown as Uint8Array)).toEqual({ ok: false, error: 'not-a-zip' });
  });

  it('never reads entries with absolute paths, ".." or backslashes, and imports the rest', async () => {
    const files = await builtFiles();
    const entries: Record<string, Uint8Array> = {};
    for (const [p, b] of Object.entries(files)) entries[`${TOP}/${p}`] = b;
    const evil = utf8('#!/bin/sh\nrm -rf ~\n');
    entries['../../.bashrc'] = evil;
    entries[`${TOP}/../../.profile`] = evil;
    entries['/etc/cron.d/shagym'] = evil;
    entries[`${TOP}\\..\\..\\autorun.inf`] = evil;
    entries[`${TOP}/C:/Windows/evil.dll`] = evil;
    entries[`${TOP}/cases/x\n\u001b[2Jevil.txt`] = evil;
    const result = ok(await readArchive(zipRaw(entries)));
    expect(result.problems).toEqual([
      { code: 'unsafe-path', path: '../../.bashrc' },
      { code: 'unsafe-path', path: `${TOP}/../../.profile` },
      { code: 'unsafe-path', path: '/etc/cron.d/shagym' },
      { code: 'unsafe-path', path: `${TOP}\\..\\..\\autorun.inf` },
      { code: 'unsafe-path', path: `${TOP}/C:/Windows/evil.dll` },
      // Shown without its control characters.
      { code: 'unsafe-path', path: `${TOP}/cases/x\uFFFD\uFFFD[2Jevil.txt` },
    ]);
    expect(result.cases).toEqual([PHONE_CASE, WASHER_CASE]);
    expect(result.evidence).toHaveLength(4);
  });

  it('never follows a "../" path in SHA256SUMS or in the manifest', async () => {
    const files = await builtFiles();
    files.SHA256SUMS = utf8(`${text(files.SHA256SUMS)}${sha256('x')}  ../outside.txt\n`);
    const result = ok(await readArchive(rezip(files)));
    expect(result.problems).toEqual([{ code: 'unsafe-path', path: '../outside.txt' }]);

    const viaManifest = await builtFiles();
    editJson(viaManifest, 'manifest.json', (m) => {
      ((m.evidence as Record<string, unknown>[])[3] as Record<string, unknown>).path = '../../etc/passwd';
    });
    const second = ok(await readArchive(rezip(viaManifest, { resum: true })));
    expect(second.problems[0]).toEqual({
      code: 'bad-evidence',
      path: '../../etc/passwd',
      id: WASHER_CHAT.meta.id,
    });
    expect(ids(second)).not.toContain(WASHER_CHAT.meta.id);
  });

  it('uses neither copy of a path that appears twice (also when only Unicode normalisation differs)', async () => {
    const files = await builtFiles();
    const entries: Record<string, Uint8Array> = {};
    for (const [p, b] of Object.entries(files)) entries[`${TOP}/${p}`] = b;
    // "й" precomposed, and "и" + combining breve: the same name to a person and to macOS.
    const receipt = `${PHONE}/evidence/03-Кассовый чек _1.pdf`;
    const decomposed = `${TOP}/${receipt}`.normalize('NFD');
    expect(decomposed).not.toBe(`${TOP}/${receipt}`);
    entries[decomposed] = bytesOf(4096, 5);
    const result = ok(await readArchive(zipRaw(entries)));
    expect(result.problems).toEqual([{ code: 'duplicate-path', path: receipt, id: PHONE_RECEIPT.meta.id }]);
    expect(ids(result)).toEqual([PHONE_PHOTO.meta.id, PHONE_VIDEO.meta.id, WASHER_CHAT.meta.id]);
  });

  it('refuses more than 2,000 entries before inflating any', async () => {
    const make = (n: number) => {
      const entries: Record<string, Uint8Array> = {};
      for (let i = 0; i < n; i++)
        entries[`${TOP}/spam/${String(i).padStart(5, '0')}.txt`] = new Uint8Array(0);
      return zipSync(entries);
    };
    expect(await readArchive(make(MAX_ARCHIVE_ENTRIES + 1))).toEqual({ ok: false, error: 'too-many-files' });
    // At the limit it is read (and refused for what it lacks, not for its size).
    expect(await readArchive(make(MAX_ARCHIVE_ENTRIES))).toEqual({ ok: false, error: 'no-manifest' });
    // Building two archives of 20,000 entries takes seconds on a busy 2-core machine.
  }, 30_000);

  it('refuses entries over the space given in total before inflating; never reads one over 512 MiB', async () => {
    const zip = await built();
    // The directory now claims the summary inflates to 3.5 GiB: inflating it would need that much memory.
    patchEntry(zip, `${TOP}/${WASHER}/summary.txt`, (view, central) =>
      view.setUint32(central + 24, 0xe0000000, true),
    );
    expect(await readArchive(zip, { maxBytes: 2 ** 30 })).toEqual({ ok: false, error: 'too-big' });
    // With the space (or no limit given), only that file is left out, not inflated.
    const meter = { inflated: 0 };
    const roomy = ok(await readArchive(zip, { meter }));
    expect(roomy.problems).toEqual([{ code: 'unreadable-file', path: `${WASHER}/summary.txt` }]);
    expect(roomy.cases).toHaveLength(2);
    expect(meter.inflated).toBeLessThan(1024 * 1024);

    // Many entries that are small each but large together.
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 3; i++) entries[`${TOP}/part-${i}.bin`] = utf8('x'.repeat(1000));
    const parts = zipSync(entries);
    for (let i = 0; i < 3; i++)
      patchEntry(parts, `${TOP}/part-${i}.bin`, (view, central) =>
        view.setUint32(central + 24, 400 * 2 ** 20, true),
      );
    expect(await readArchive(parts, { maxBytes: 2 ** 30 })).toEqual({ ok: false, error: 'too-big' });
    // With room for them, they are read (and left out one by one: they cannot inflate that far).
    expect(await readArchive(parts, { maxBytes: 2 ** 31 })).toEqual({ ok: false, error: 'no-manifest' });
  });

  it('never gives more bytes than the directory declared (an entry that lies is unreadable)', async () => {
    // The directory alone lies: it disagrees with the local header.
    const zip = await built();
    patchEntry(zip, `${TOP}/${WASHER}/summary.txt`, (view, central) =>
      view.setUint32(central + 24, 10, true),
    );
    const result = ok(await readArchive(zip));
    expect(result.problems).toEqual([{ code: 'unreadable-file', path: `${WASHER}/summary.txt` }]);
    expect(result.cases).toHaveLength(2);
    // Both headers lie the same way: inflating stops past the declared 10 bytes.
    const both = await built();
    patchEntry(both, `${TOP}/${WASHER}/summary.txt`, (view, central, local) => {
      view.setUint32(central + 24, 10, true);
      view.setUint32(local + 22, 10, true);
    });
    expect(ok(await readArchive(both)).problems).toEqual([
      { code: 'unreadable-file', path: `${WASHER}/summary.txt` },
    ]);
  });

  it('refuses an archive without one top folder or without a manifest', async () => {
    const files = await builtFiles();
    const twoTops = { ...files };
    const zip = zipRaw({
      ...Object.fromEntries(Object.entries(twoTops).map(([p, b]) => [`${TOP}/${p}`, b])),
      'shagym-2026-11-27/README.txt': utf8('второй'),
    });
    expect(await readArchive(zip)).toEqual({ ok: false, error: 'bad-layout' });

    const flat = zipRaw(files); // the folder's contents zipped without the folder
    expect(await readArchive(flat)).toEqual({ ok: false, error: 'bad-layout' });

    const noManifest = { ...files };
    delete noManifest['manifest.json'];
    expect(await readArchive(rezip(noManifest, { resum: true }))).toEqual({
      ok: false,
      error: 'no-manifest',
    });
    expect(await readArchive(zipSync({}))).toEqual({ ok: false, error: 'no-manifest' });
    expect(await readArchive(zipSync({ 'photos/IMG_0001.jpg': bytesOf(100, 1) }))).toEqual({
      ok: false,
      error: 'no-manifest',
    });
  });

  it('refuses an archive without a readable SHA256SUMS', async () => {
    const files = await builtFiles();
    const none = { ...files };
    delete none.SHA256SUMS;
    expect(await readArchive(rezip(none))).toEqual({ ok: false, error: 'no-checksums' });
    const garbled = {
      ...files,
      SHA256SUMS: utf8(`${text(files.SHA256SUMS)}это не строка контрольной суммы\n`),
    };
    expect(await readArchive(rezip(garbled))).toEqual({ ok: false, error: 'bad-checksums' });
    const notUtf8 = { ...files, SHA256SUMS: new Uint8Array([0xff, 0xfe, 0x00, 0x41]) };
    expect(await readArchive(rezip(notUtf8))).toEqual({ ok: false, error: 'bad-checksums' });
  });

  it('refuses a manifest that is changed, not JSON, not ours, or not of the known shape', async () => {
    const files = await builtFiles();
    const edited = { ...files };
    editJson(edited, 'manifest.json', (m) => (m.appVersion = '0.1.1'));
    expect(await readArchive(rezip(edited))).toEqual({ ok: false, error: 'bad-manifest' });

    const variants: ((m: Record<string, unknown>) => void)[] = [
      (m) => (m.format = 'other-app-backup'),
      (m) => delete m.exportedAtMs,
      (m) => (m.cases = 'all of them'),
      (m) => (m.version = 0),
      (m) => (m.version = '1'),
    ];
    for (const change of variants) {
      const copy = { ...files };
      editJson(copy, 'manifest.json', change);
      expect(await readArchive(rezip(copy, { resum: true }))).toEqual({ ok: false, error: 'bad-manifest' });
    }
    const notJson = { ...files, 'manifest.json': utf8('{"format": "shagym-archive", "version": 1,') };
    expect(await readArchive(rezip(notJson, { resum: true }))).toEqual({ ok: false, error: 'bad-manifest' });
  });

  it('refuses an archive from a newer Shagym, whatever its new shape', async () => {
    const files = await builtFiles();
    editJson(files, 'manifest.json', (m) => {
      m.version = 2;
      m.cases = { byId: {} };
    });
    expect(await readArchive(rezip(files, { resum: true }))).toEqual({ ok: false, error: 'newer-version' });
  });
});
