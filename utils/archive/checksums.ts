/**
 * SHA256SUMS in the format of GNU coreutils: one "<64 lowercase hex><space><space><path>\n" per file,
 * which `sha256sum -c SHA256SUMS` accepts when run in the folder the paths are relative to.
 */

export interface ChecksumLine {
  sha256: string;
  path: string;
}

/** The file's text, sorted by path (code-unit order, independent of any locale). */
export function formatChecksums(lines: readonly ChecksumLine[]): string {
  return [...lines]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((l) => `${l.sha256}  ${l.path}\n`)
    .join('');
}

export type ParsedChecksums =
  { ok: true; lines: ChecksumLine[] } | { ok: false; reason: 'bad-line' | 'conflict'; line?: number };

/**
 * Reads SHA256SUMS leniently where tools differ and strictly where it matters: CRLF line ends, an
 * upper-case hash, the binary marker ("<hash> *<path>") and a leading "./" are accepted; a line that is
 * not a checksum line, an escaped name (a line starting with '\', GNU's form for names with a backslash
 * or newline), or the same path with two different hashes make the whole file unreadable. Hashes come
 * back lower case. Paths are NFC and are not checked for safety here.
 */
export function parseChecksums(text: string): ParsedChecksums {
  const lines: ChecksumLine[] = [];
  const seen = new Map<string, string>();
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ?? '').replace(/\r$/, '');
    if (row.trim() === '') continue;
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(row);
    if (!m || m[1] === undefined || m[2] === undefined) return { ok: false, reason: 'bad-line', line: i + 1 };
    const sha256 = m[1].toLowerCase();
    const path = m[2].replace(/^\.\//, '').normalize('NFC');
    const before = seen.get(path);
    if (before !== undefined) {
      if (before !== sha256) return { ok: false, reason: 'conflict', line: i + 1 };
      continue;
    }
    seen.set(path, sha256);
    lines.push({ sha256, path });
  }
  return { ok: true, lines };
}
