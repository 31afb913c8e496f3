import { describe, expect, it } from 'vitest';
import {
  SAFE_NAME_MAX_CHARS,
  archiveFileName,
  archiveTopFolder,
  caseFolderName,
  filePrefix,
  isSafeRelativePath,
  safeFileName,
} from '@/utils/archive';
import { EXPORTED_AT, KETTLE_CASE, PHONE_CASE, WASHER_CASE } from './fixtures';

const SAFE = /^[\p{L}\p{M}\p{Nd}._\- ]+$/u;
const utf8Length = (s: string) => new TextEncoder().encode(s).length;

describe('safeFileName', () => {
  it('keeps letters of any script, digits, dots, dashes, underscores and spaces', () => {
    expect(safeFileName('Фото брака 2.jpg')).toBe('Фото брака 2.jpg');
    expect(safeFileName('Қаптама суреті — ңғүұөһі.png')).toBe('Қаптама суреті _ ңғүұөһі.png');
    expect(safeFileName('Ёлка_и_йогурт-01.JPEG')).toBe('Ёлка_и_йогурт-01.JPEG');
    expect(safeFileName('chat_2026-11-21 10.02.41.png')).toBe('chat_2026-11-21 10.02.41.png');
  });

  it('replaces slashes, backslashes, newlines, control and reserved characters', () => {
    expect(safeFileName('экран/полоса\\трещина.jpg')).toBe('экран_полоса_трещина.jpg');
    expect(safeFileName('чек\nоплаты\r\t.pdf')).toBe('чек_оплаты__.pdf');
    expect(safeFileName('a:b*c?d"e<f>g|h.txt')).toBe('a_b_c_d_e_f_g_h.txt');
    expect(safeFileName('нуль\u0000байт\u202Egpj.exe')).toBe('нуль_байт_gpj.exe');
    expect(safeFileName('📷 распаковка.mp4')).toBe('_ распаковка.mp4');
    expect(safeFileName('Чек №1.pdf')).toBe('Чек _1.pdf');
  });

  it('is never empty, ".", "..", hidden (leading dot), or ending in a dot or space', () => {
    expect(safeFileName('')).toBe('file');
    expect(safeFileName('.')).toBe('file');
    expect(safeFileName('..')).toBe('file');
    expect(safeFileName('   ')).toBe('file');
    expect(safeFileName('.jpg')).toBe('file.jpg');
    expect(safeFileName('.htaccess')).toBe('file.htaccess');
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('отчёт.. ')).toBe('отчёт');
    expect(safeFileName('фото. .png')).toBe('фото.png');
  });

  it('cuts long names to the bound and keeps the extension', () => {
    const long = `${'Видео распаковки смартфона Samsung Galaxy A55 '.repeat(5)}.mp4`;
    const safe = safeFileName(long);
    expect([...safe].length).toBeLessThanOrEqual(SAFE_NAME_MAX_CHARS);
    expect([...safe].length).toBeGreaterThan(SAFE_NAME_MAX_CHARS - 6);
    expect(safe.startsWith('Видео распаковки смартфона')).toBe(true);
    expect(safe.endsWith('.mp4')).toBe(true);
    expect(safe).not.toMatch(/ \.mp4$/);
    // Four-byte letters: bounded in bytes too, for file systems that allow 255 bytes per name.
    const wide = safeFileName(`${'𠜎'.repeat(100)}.jpg`);
    expect(utf8Length(wide)).toBeLessThanOrEqual(204);
    expect(wide.endsWith('.jpg')).toBe(true);
  });

  it('composes letters (NFC), so a name from macOS matches the same name typed elsewhere', () => {
    expect(safeFileName('и\u0306огурт.jpg')).toBe('йогурт.jpg');
  });

  it('always gives a name that is safe in a path and in SHA256SUMS', () => {
    const hostile = [
      '',
      '/',
      '\\\\server\\share',
      'C:\\Windows\\win.ini',
      '..\\..\\x',
      'a\n b',
      '\u0085\u2028\u2029',
      ' . . ',
      'CON',
      '*'.repeat(500),
      'файл'.repeat(100),
    ];
    for (const name of hostile) {
      const safe = safeFileName(name);
      expect(safe, name).toMatch(SAFE);
      expect(safe, name).not.toMatch(/^[. ]|[. ]$/);
      expect(isSafeRelativePath(safe), name).toBe(true);
      expect([...safe].length, name).toBeLessThanOrEqual(SAFE_NAME_MAX_CHARS);
    }
  });
});

describe('names of folders and files', () => {
  it('numbers files from 01', () => {
    expect([0, 8, 9, 98, 99].map(filePrefix)).toEqual(['01', '09', '10', '99', '100']);
  });

  it('names a case folder after the order number and the start of the id', () => {
    expect(caseFolderName(PHONE_CASE)).toBe('612345678-3f2b8c1e');
    expect(caseFolderName(WASHER_CASE)).toBe('1022135385-9a7c41d2');
    expect(caseFolderName(KETTLE_CASE)).toBe('case-c0ffee00');
  });

  it('names the ZIP and its folder by the day in Kazakhstan', () => {
    expect(archiveTopFolder(EXPORTED_AT)).toBe('shagym-2026-11-26');
    expect(archiveTopFolder(Date.UTC(2026, 11, 31, 19, 0))).toBe('shagym-2027-01-01');
    expect(archiveFileName([PHONE_CASE], EXPORTED_AT)).toBe('shagym-612345678-2026-11-26.zip');
    expect(archiveFileName([KETTLE_CASE], EXPORTED_AT)).toBe('shagym-2026-11-26.zip');
    expect(archiveFileName([PHONE_CASE, WASHER_CASE], EXPORTED_AT)).toBe('shagym-2026-11-26.zip');
    expect(archiveFileName([], EXPORTED_AT)).toBe('shagym-2026-11-26.zip');
  });
});

describe('isSafeRelativePath', () => {
  it('accepts relative paths made of ordinary segments', () => {
    for (const p of ['SHA256SUMS', 'cases/612345678-3f2b8c1e/evidence/01-Фото брака.jpg', 'a/.b/c..d'])
      expect(isSafeRelativePath(p), p).toBe(true);
  });

  it('refuses absolute paths, dot segments, backslashes, drive letters and control characters', () => {
    for (const p of [
      '',
      '/etc/passwd',
      '../x',
      'a/../../x',
      'a/./b',
      'a//b',
      'a/',
      'a\\b',
      'C:/x',
      'file.txt:stream',
      'a\nb',
      'a\u0000b',
      'x'.repeat(1001),
    ])
      expect(isSafeRelativePath(p), JSON.stringify(p)).toBe(false);
  });
});
