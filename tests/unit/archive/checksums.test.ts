import { describe, expect, it } from 'vitest';
import { formatChecksums, parseChecksums } from '@/utils/archive';
import { sha256 } from './fixtures';

const A = sha256('a');
const B = sha256('b');

describe('formatChecksums', () => {
  it('writes GNU sha256sum lines sorted by path (code-unit order, not locale order)', () => {
    expect(
      formatChecksums([
        { path: 'cases/x/summary.txt', sha256: A },
        { path: 'README.txt', sha256: B },
        { path: 'cases/x/evidence/01-Фото.jpg', sha256: A },
        { path: 'cases/x/evidence/01-Zebra.jpg', sha256: B },
      ]),
    ).toBe(
      [
        `${B}  README.txt`,
        `${B}  cases/x/evidence/01-Zebra.jpg`,
        `${A}  cases/x/evidence/01-Фото.jpg`,
        `${A}  cases/x/summary.txt`,
        '',
      ].join('\n'),
    );
  });
});

describe('parseChecksums', () => {
  it('reads back what it writes', () => {
    const lines = [
      { path: 'README.txt', sha256: A },
      { path: 'cases/612345678-3f2b8c1e/evidence/02-Видео распаковки.mp4', sha256: B },
    ];
    expect(parseChecksums(formatChecksums(lines))).toEqual({ ok: true, lines });
  });

  it('accepts CRLF, upper-case hashes, the binary marker, "./" and blank lines', () => {
    const text = `${A.toUpperCase()} *./README.txt\r\n\r\n${B}  cases/a b.txt\r\n`;
    expect(parseChecksums(text)).toEqual({
      ok: true,
      lines: [
        { path: 'README.txt', sha256: A },
        { path: 'cases/a b.txt', sha256: B },
      ],
    });
  });

  it('keeps a path with leading spaces as sha256sum does (everything after the separator)', () => {
    expect(parseChecksums(`${A}    two spaces.txt\n`)).toEqual({
      ok: true,
      lines: [{ path: '  two spaces.txt', sha256: A }],
    });
  });

  it('refuses lines that are not checksum lines, and escaped names', () => {
    for (const bad of [
      'not a checksum\n',
      `${A.slice(1)}  short.txt\n`,
      `${A}\n`,
      `${A} x.txt\n`.replace(' ', ''),
      `\\${A}  back\\\\slash.txt\n`,
      `# comment\n${A}  a.txt\n`,
    ])
      expect(parseChecksums(bad).ok, bad).toBe(false);
  });

  it('refuses one path with two hashes, and takes the same line twice once', () => {
    expect(parseChecksums(`${A}  a.txt\n${B}  a.txt\n`)).toEqual({ ok: false, reason: 'conflict', line: 2 });
    expect(parseChecksums(`${A}  a.txt\n${A}  ./a.txt\n`)).toEqual({
      ok: true,
      lines: [{ path: 'a.txt', sha256: A }],
    });
  });
});
