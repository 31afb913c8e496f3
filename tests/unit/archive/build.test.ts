/**
 * buildArchive: the layout of the ZIP, SHA256SUMS, the texts written into it, and determinism.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { ArchiveBuildError, MAX_ARCHIVE_ENTRIES, buildArchive, textFile } from '@/utils/archive';
import { letterInputOf } from '@/utils/cases/letter-input';
import { caseSchema } from '@/utils/cases/schema';
import { buildText } from '@/utils/letters';
import {
  EXPORTED_AT,
  KETTLE_CASE,
  PHONE_CASE,
  PHONE_PHOTO,
  PHONE_RECEIPT,
  PHONE_VIDEO,
  TODAY,
  TOP,
  WASHER_CASE,
  WASHER_CHAT,
  evidence,
  input,
  sha256,
  text,
  unzipRelative,
} from './fixtures';

const PHONE = 'cases/612345678-3f2b8c1e';
const WASHER = 'cases/1022135385-9a7c41d2';

describe('layout', () => {
  it('puts every file in one top folder: checksums, readme, manifest, then each case', async () => {
    const built = await buildArchive(input());
    expect(built.fileName).toBe('shagym-2026-11-26.zip');
    expect(built.problems).toEqual([]);
    expect(built.files).toEqual(
      [
        'SHA256SUMS',
        'README.txt',
        'manifest.json',
        'report.html',
        `${WASHER}/case.json`,
        `${WASHER}/evidence/01-Сатушымен хат алмасу.png`,
        `${WASHER}/letters/email.txt`,
        `${WASHER}/letters/support-message.txt`,
        `${WASHER}/summary.txt`,
        `${PHONE}/case.json`,
        `${PHONE}/evidence/01-Фото брака_ экран_полоса.jpg`,
        `${PHONE}/evidence/02-Видео распаковки.mp4`,
        `${PHONE}/evidence/03-Кассовый чек _1.pdf`,
        `${PHONE}/letters/authority-appeal.txt`,
        `${PHONE}/letters/claim-letter.txt`,
        `${PHONE}/letters/email.txt`,
        `${PHONE}/letters/support-message.txt`,
        `${PHONE}/summary.txt`,
      ].map((p) => `${TOP}/${p}`),
    );
    // What is in the ZIP is exactly what `files` says, with no directory entries.
    expect(Object.keys(unzipSync(built.bytes))).toEqual(built.files);
  });

  it('names the top folder and the file by the day in Kazakhstan, not in UTC', async () => {
    // 20:30 UTC on 25 November is 01:30 on 26 November in Almaty.
    const built = await buildArchive(input({ exportedAt: Date.UTC(2026, 10, 25, 20, 30) }));
    expect(built.fileName).toBe('shagym-2026-11-26.zip');
    expect(built.files.every((f) => f.startsWith('shagym-2026-11-26/'))).toBe(true);
    const early = await buildArchive(input({ exportedAt: Date.UTC(2026, 10, 25, 18, 59) }));
    expect(early.files[0]).toBe('shagym-2026-11-25/SHA256SUMS');
  });

  it('names the file after the order when it holds one case', async () => {
    const one = await buildArchive(input({ cases: [PHONE_CASE], evidence: [PHONE_PHOTO] }));
    expect(one.fileName).toBe('shagym-612345678-2026-11-26.zip');
    const noNumber = await buildArchive(input({ cases: [KETTLE_CASE], evidence: [] }));
    expect(noNumber.fileName).toBe('shagym-2026-11-26.zip');
    expect(noNumber.files).toContain(`${TOP}/cases/case-c0ffee00/case.json`);
  });

  it('writes each case as stored, in JSON with a 2-space indent', async () => {
    const files = unzipRelative((await buildArchive(input())).bytes);
    const json = text(files[`${PHONE}/case.json`]);
    expect(json).toBe(`${JSON.stringify(PHONE_CASE, null, 2)}\n`);
    expect(json).toContain('\n  "order": {\n    "orderNumber": "612345678",');
    expect(caseSchema.parse(JSON.parse(json))).toEqual(PHONE_CASE);
  });

  it('lists cases and evidence in manifest.json, with the time of export twice', async () => {
    const files = unzipRelative((await buildArchive(input())).bytes);
    const manifest = JSON.parse(text(files['manifest.json']));
    expect(manifest).toMatchObject({
      format: 'shagym-archive',
      version: 1,
      exportedAt: '2026-11-26T07:30:00.000Z',
      exportedAtMs: EXPORTED_AT,
      appVersion: '0.1.0',
      cases: [
        { id: PHONE_CASE.id, folder: '612345678-3f2b8c1e' },
        { id: WASHER_CASE.id, folder: '1022135385-9a7c41d2' },
      ],
    });
    expect(manifest.evidence).toHaveLength(4);
    // A file the buyer added has no `capture` entry, and one never measured no `media`: archives of such
    // files read as before issue 11.
    const { capture: _none, media: _unmeasured, ...photoMeta } = PHONE_PHOTO.meta;
    expect(manifest.evidence[0]).toEqual({
      ...photoMeta,
      path: `${PHONE}/evidence/01-Фото брака_ экран_полоса.jpg`,
    });
    for (const entry of manifest.evidence) expect(files[entry.path]).toBeDefined();
  });

  it('keeps the evidence bytes as they are, numbered in the order they were added', async () => {
    // Given in reverse order: the archive still numbers them by the time they were added.
    const files = unzipRelative(
      (await buildArchive(input({ evidence: [PHONE_RECEIPT, PHONE_VIDEO, PHONE_PHOTO] }))).bytes,
    );
    const hashOf = (p: string) => sha256(files[p] as Uint8Array);
    expect(hashOf(`${PHONE}/evidence/01-Фото брака_ экран_полоса.jpg`)).toBe(PHONE_PHOTO.meta.sha256);
    expect(hashOf(`${PHONE}/evidence/02-Видео распаковки.mp4`)).toBe(PHONE_VIDEO.meta.sha256);
    expect(hashOf(`${PHONE}/evidence/03-Кассовый чек _1.pdf`)).toBe(PHONE_RECEIPT.meta.sha256);
  });

  it('keeps evidence whose case is not exported, under other-evidence/', async () => {
    const built = await buildArchive(input({ cases: [PHONE_CASE] }));
    const files = unzipRelative(built.bytes);
    expect(files['other-evidence/01-Сатушымен хат алмасу.png']).toEqual(WASHER_CHAT.bytes);
    expect(Object.keys(files).some((p) => p.startsWith(WASHER))).toBe(false);
  });

  it('writes text as UTF-8 with LF line ends and a final newline', async () => {
    const withCr = { ...WASHER_CASE, description: 'Бірінші жол.\r\nЕкінші жол.\rҮшінші.' };
    const files = unzipRelative((await buildArchive(input({ cases: [withCr] }))).bytes);
    const texts = Object.keys(files).filter((p) => !p.includes('evidence/'));
    expect(texts.length).toBeGreaterThan(5);
    for (const p of texts) {
      const bytes = files[p] as Uint8Array;
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), p).not.toThrow();
      expect(text(bytes), p).not.toContain('\r');
      expect(text(bytes).endsWith('\n'), p).toBe(true);
      expect(bytes.slice(0, 3), p).not.toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    }
    expect(text(files[`${WASHER}/summary.txt`])).toContain('  Бірінші жол.\n  Екінші жол.\n  Үшінші.\n');
  });
});

describe('SHA256SUMS', () => {
  it('has one "<hash>  <path>" line per other file, sorted by path, with the right hashes', async () => {
    const files = unzipRelative((await buildArchive(input())).bytes);
    const sums = text(files['SHA256SUMS']);
    expect(sums.endsWith('\n')).toBe(true);
    const lines = sums.slice(0, -1).split('\n');
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{64} {2}[^ ].*$/);
    const paths = lines.map((l) => l.slice(66));
    expect(paths).toEqual([...paths].sort());
    expect(new Set(paths)).toEqual(new Set(Object.keys(files).filter((p) => p !== 'SHA256SUMS')));
    for (const line of lines)
      expect(line.slice(0, 64), line).toBe(sha256(files[line.slice(66)] as Uint8Array));
    expect(sums).toContain(`${PHONE_VIDEO.meta.sha256}  ${PHONE}/evidence/02-Видео распаковки.mp4\n`);
  });
});

describe('determinism', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('gives the same bytes for the same input, whatever the order of cases and evidence', async () => {
    const a = await buildArchive(input());
    const b = await buildArchive(input());
    const shuffled = await buildArchive(
      input({
        cases: [WASHER_CASE, PHONE_CASE],
        evidence: [WASHER_CHAT, PHONE_RECEIPT, PHONE_PHOTO, PHONE_VIDEO],
      }),
    );
    expect(sha256(b.bytes)).toBe(sha256(a.bytes));
    expect(sha256(shuffled.bytes)).toBe(sha256(a.bytes));
    const later = await buildArchive(input({ exportedAt: EXPORTED_AT + 2000 }));
    expect(sha256(later.bytes)).not.toBe(sha256(a.bytes));
  });

  it('gives the same bytes in any time zone of the machine', async () => {
    process.env.TZ = 'UTC';
    const utc = await buildArchive(input());
    process.env.TZ = 'America/New_York';
    const newYork = await buildArchive(input());
    process.env.TZ = 'Asia/Tokyo';
    const tokyo = await buildArchive(input());
    expect(sha256(newYork.bytes)).toBe(sha256(utc.bytes));
    expect(sha256(tokyo.bytes)).toBe(sha256(utc.bytes));
  });

  it('dates every entry at the time of export: Kazakhstan wall time and the exact UTC time', async () => {
    process.env.TZ = 'America/New_York';
    const zip = (await buildArchive(input())).bytes;
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let entries = 0;
    for (let at = 0; at + 30 < zip.length && view.getUint32(at, true) === 0x04034b50; entries++) {
      // MS-DOS time and date: 26 November 2026, 12:30:00 (Almaty).
      expect(view.getUint16(at + 10, true)).toBe((12 << 11) | (30 << 5) | 0);
      expect(view.getUint16(at + 12, true)).toBe(((2026 - 1980) << 9) | (11 << 5) | 26);
      const nameLength = view.getUint16(at + 26, true);
      const extraLength = view.getUint16(at + 28, true);
      const extra = at + 30 + nameLength;
      expect(view.getUint16(extra, true)).toBe(0x5455);
      expect(view.getUint32(extra + 5, true)).toBe(EXPORTED_AT / 1000);
      at = extra + extraLength + view.getUint32(at + 18, true);
    }
    expect(entries).toBe(18);
  });
});

describe('letters', () => {
  it('writes every text whose facts are complete, exactly as the panel builds it', async () => {
    const files = unzipRelative((await buildArchive(input())).bytes);
    const letterInput = letterInputOf(
      PHONE_CASE,
      TODAY,
      [PHONE_PHOTO, PHONE_VIDEO, PHONE_RECEIPT].map((e) => e.meta),
    );
    for (const kind of ['support-message', 'email', 'claim-letter', 'authority-appeal'] as const)
      expect(text(files[`${PHONE}/letters/${kind}.txt`])).toBe(
        text(textFile(buildText(kind, letterInput, 'ru'))),
      );
    const claim = text(files[`${PHONE}/letters/claim-letter.txt`]);
    expect(claim).toContain('Айгерим Сапарова');
    expect(claim).toContain('612345678');
  });

  it('leaves out a text that lacks facts (no buyer details: no claim letter, no appeal)', async () => {
    const files = unzipRelative((await buildArchive(input())).bytes);
    expect(Object.keys(files).filter((p) => p.startsWith(`${WASHER}/letters/`))).toEqual([
      `${WASHER}/letters/email.txt`,
      `${WASHER}/letters/support-message.txt`,
    ]);
    const draft = unzipRelative((await buildArchive(input({ cases: [KETTLE_CASE], evidence: [] }))).bytes);
    expect(Object.keys(draft).filter((p) => p.includes('/letters/'))).toEqual([]);
  });

  it('writes the texts in the chosen language', async () => {
    const files = unzipRelative((await buildArchive(input({ lang: 'kk' }))).bytes);
    const message = text(files[`${WASHER}/letters/support-message.txt`]);
    expect(message).toBe(
      text(
        textFile(buildText('support-message', letterInputOf(WASHER_CASE, TODAY, [WASHER_CHAT.meta]), 'kk')),
      ),
    );
    expect(message).toMatch(/тапсырыс/i);
  });
});

describe('summary.txt', () => {
  it('holds the order facts, problem, demand, status, the deadlines as dates and the timeline', async () => {
    const summary = text(unzipRelative((await buildArchive(input())).bytes)[`${PHONE}/summary.txt`]);
    for (const fact of [
      'Жалоба по заказу № 612345678',
      'Номер заказа: 612345678',
      'Товар: Смартфон Samsung Galaxy A55 8/256GB, тёмно-синий',
      'Продавец: Технодом Маркет',
      'Цена: 189\u00A0990\u00A0₸',
      'Дата получения: 5 ноября 2026 г.',
      'Проблема: Товар ненадлежащего качества',
      'Требование: Вернуть деньги',
      'Статус: Отправлена',
      '  На третий день после получения по экрану пошла зелёная полоса,\n  телефон перезагружается сам.',
      'Сроки (на 26 ноября 2026 г.)',
      // Received 5 November: Kaspi's 14 days ended on the 19th. The claim went by post on the 10th and
      // reached the seller on the 12th: the seller's 10 days ended on Sunday the 22nd → Monday the 23rd.
      'Возврат через Kaspi (14 дней с получения): до 19 ноября 2026 г. включительно; срок прошёл',
      'Ответ продавца на претензию (10 дней с её получения): до 23 ноября 2026 г. включительно; срок прошёл',
      'Возврат брака через Kaspi (30 дней с получения или до конца гарантии): до 5 декабря 2026 г. включительно\n',
      '  - 10 ноября 2026 г.: Претензия отправлена (Претензия продавцу)\n    Отправлено заказным письмом, квитанция № 050012',
    ])
      expect(summary).toContain(fact);
  });

  it('lists each piece of evidence with its kind, file, size, time added and SHA-256', async () => {
    const summary = text(unzipRelative((await buildArchive(input())).bytes)[`${PHONE}/summary.txt`]);
    expect(summary).toContain(
      [
        '  2. Видео распаковки',
        '     Файл: evidence/02-Видео распаковки.mp4',
        '     Исходное имя: Видео распаковки.mp4',
        '     Размер: 150 000 байт',
        `     Добавлен: 9 ноября 2026 г., 14:17:03 (время Казахстана, UTC+5)`,
        `     SHA-256: ${sha256(PHONE_VIDEO.bytes)}`,
      ].join('\n'),
    );
    for (const ev of [PHONE_PHOTO, PHONE_RECEIPT]) expect(summary).toContain(`SHA-256: ${sha256(ev.bytes)}`);
    expect(summary).not.toContain(sha256(WASHER_CHAT.bytes));
    expect(summary).toContain('Заметка: Полоса видна при любой яркости');
    // The camera's own time and name, when the photo's EXIF has them; nothing otherwise.
    expect(summary).not.toContain('Снято (по данным камеры)');
    const photo = {
      ...PHONE_PHOTO,
      meta: { ...PHONE_PHOTO.meta, takenAt: '2026-11-06T19:40:12+05:00', camera: 'Samsung SM-A556E' },
    };
    const withExif = text(
      unzipRelative((await buildArchive(input({ evidence: [photo, PHONE_VIDEO, PHONE_RECEIPT] }))).bytes)[
        `${PHONE}/summary.txt`
      ],
    );
    expect(withExif).toContain(
      '     Снято (по данным камеры): 2026-11-06 19:40:12+05:00, Samsung SM-A556E\n',
    );
  });

  it('is written in the chosen language and never prints a blank for an unknown fact', async () => {
    const en = unzipRelative(
      (await buildArchive(input({ lang: 'en', cases: [KETTLE_CASE], evidence: [] }))).bytes,
    );
    const summary = text(en['cases/case-c0ffee00/summary.txt']);
    expect(summary).toContain('Complaint: Электрочайник Xiaomi Mi Smart Kettle');
    expect(summary).toContain('Order number: —');
    expect(summary).toContain('Problem: —');
    expect(summary).toContain('Status: Draft');
    expect(summary).toContain('No files.');
    expect(summary).not.toMatch(/: \n/);
    const kk = unzipRelative((await buildArchive(input({ lang: 'kk' }))).bytes);
    const kkSummary = text(kk[`${PHONE}/summary.txt`]);
    // Issue 15: "until … inclusive" is the accusative date before «қоса алғанға дейін»; "as of" the attributive.
    expect(kkSummary).toContain(
      'Сатушының наразылық хатқа жауабы (оны алған күннен бастап 10 күн): 2026 жылғы 23 қарашаны қоса алғанға дейін; мерзімі өтті',
    );
    expect(kkSummary).toContain('Мерзімдер (2026 жылғы 26 қарашадағы жағдай бойынша)');
    expect(kkSummary).toMatch(/Shagym \S+ арқылы жасалған\. Уақыты: 2026 жылғы 26 қараша, 12:30:00/);
  });

  it('says so when a closed case has no deadlines left', async () => {
    const closed = { ...PHONE_CASE, status: 'resolved' as const };
    const summary = text(
      unzipRelative((await buildArchive(input({ cases: [closed] }))).bytes)[`${PHONE}/summary.txt`],
    );
    expect(summary).toContain('Сроки (на 26 ноября 2026 г.)\n  Нет активных сроков.\n');
  });

  it('flags evidence whose bytes no longer match the hash taken when it was added', async () => {
    const changed = {
      meta: PHONE_RECEIPT.meta,
      bytes: PHONE_RECEIPT.bytes.map((b, i) => (i === 100 ? b ^ 1 : b)),
    };
    const built = await buildArchive(input({ evidence: [PHONE_PHOTO, changed] }));
    const path = `${PHONE}/evidence/02-Кассовый чек _1.pdf`;
    expect(built.problems).toEqual([{ code: 'hash-mismatch', path, id: PHONE_RECEIPT.meta.id }]);
    const files = unzipRelative(built.bytes);
    expect(files[path]).toEqual(changed.bytes);
    const summary = text(files[`${PHONE}/summary.txt`]);
    expect(summary).toContain(`SHA-256: ${PHONE_RECEIPT.meta.sha256}\n     ВНИМАНИЕ`);
    expect(summary).toContain(`SHA-256 файла в архиве: ${sha256(changed.bytes)}`);
  });
});

describe('README.txt', () => {
  it('explains verifying and printing in Russian, then Kazakh, then English', async () => {
    const readme = text(unzipRelative((await buildArchive(input())).bytes)['README.txt']);
    const ru = readme.indexOf('Как проверить');
    const kk = readme.indexOf('Бірде-бір файл өзгермегенін');
    const en = readme.indexOf('How to check');
    expect(ru).toBeGreaterThan(0);
    expect(kk).toBeGreaterThan(ru);
    expect(en).toBeGreaterThan(kk);
    expect(readme.split('sha256sum -c SHA256SUMS').length - 1).toBe(3);
    expect(readme.split('Get-FileHash -Algorithm SHA256').length - 1).toBe(6);
    expect(readme).toContain(`в папке ${TOP}`);
    expect(readme).toContain('was computed when the file was added');
    expect(readme).toContain('Жалоб: 2, файлов: 18.');
  });
});

describe('refusals', () => {
  it('refuses an archive with more files than an import accepts', async () => {
    const many = Array.from({ length: MAX_ARCHIVE_ENTRIES }, (_, i) =>
      evidence(PHONE_CASE.id, `скриншот-${i}.png`, { size: 1, mime: 'image/png' }),
    );
    const error = await buildArchive(input({ cases: [PHONE_CASE], evidence: many })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveBuildError);
    expect((error as ArchiveBuildError).code).toBe('too-many-files');
  });

  it('refuses duplicate ids and a today that is not a date', async () => {
    await expect(buildArchive(input({ cases: [PHONE_CASE, PHONE_CASE] }))).rejects.toThrow(
      /duplicate case id/,
    );
    await expect(buildArchive(input({ evidence: [PHONE_PHOTO, PHONE_PHOTO] }))).rejects.toThrow(
      /duplicate evidence id/,
    );
    await expect(buildArchive(input({ today: '2026-02-30' }))).rejects.toThrow(RangeError);
  });
});
