/**
 * The promise of README.txt, checked with the real tools: unzip the archive, run `sha256sum -c
 * SHA256SUMS` in its folder — it passes, and it fails for exactly the file whose byte was changed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { buildArchive } from '@/utils/archive';
import { EXPORTED_AT, TOP, input } from './fixtures';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shagym-archive-'));
  dirs.push(dir);
  return dir;
}

/** Writes the ZIP's entries to `dir` with fflate (paths come from our own archive here). */
function extract(zip: Uint8Array, dir: string): void {
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    const target = join(dir, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

const hasTool = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
/** GNU sha256sum (Linux); on a Mac without it, Perl's shasum, which README.txt names too. Never skipped. */
const CHECK = hasTool('sha256sum')
  ? ['sha256sum', '-c', 'SHA256SUMS']
  : ['shasum', '-a', '256', '-c', 'SHA256SUMS'];

function sha256sumCheck(cwd: string, tool: string[] = CHECK) {
  const [cmd, ...args] = tool as [string, ...string[]];
  const run = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  return { status: run.status, out: run.stdout };
}

const VIDEO = 'cases/612345678-3f2b8c1e/evidence/02-Видео распаковки.mp4';

describe('sha256sum -c SHA256SUMS in the unzipped folder', () => {
  it('passes for every file, then fails for the one changed byte', async () => {
    const dir = tempDir();
    extract((await buildArchive(input())).bytes, dir);
    const folder = join(dir, TOP);

    const ok = sha256sumCheck(folder);
    expect(ok.status).toBe(0);
    const lines = ok.out.trim().split('\n');
    expect(lines).toHaveLength(17);
    expect(lines.every((l) => l.endsWith(': OK'))).toBe(true);
    expect(ok.out).toContain(`${VIDEO}: OK`);

    const file = join(folder, VIDEO);
    const bytes = readFileSync(file);
    bytes[75_000] = (bytes[75_000] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);

    const failed = sha256sumCheck(folder);
    expect(failed.status).toBe(1);
    const bad = failed.out
      .trim()
      .split('\n')
      .filter((l) => !l.endsWith(': OK'));
    expect(bad).toEqual([`${VIDEO}: FAILED`]);
  });

  it.skipIf(!hasTool('shasum'))('passes with `shasum -a 256 -c` too (macOS without sha256sum)', async () => {
    const dir = tempDir();
    extract((await buildArchive(input({ lang: 'kk' }))).bytes, dir);
    const run = sha256sumCheck(join(dir, TOP), ['shasum', '-a', '256', '-c', 'SHA256SUMS']);
    expect(run.status).toBe(0);
    expect(run.out.trim().split('\n')).toHaveLength(17);
  });

  it.skipIf(!hasTool('unzip'))(
    'unpacks with Info-ZIP unzip into one folder, names intact, dated at the export, and verifies',
    async () => {
      const dir = tempDir();
      const built = await buildArchive(input());
      writeFileSync(join(dir, built.fileName), built.bytes);
      execFileSync('unzip', ['-q', built.fileName], { cwd: dir, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
      const folder = join(dir, TOP);
      expect(existsSync(join(folder, VIDEO))).toBe(true);
      // The extended-timestamp field: the file's mtime is the export time, in any time zone.
      expect(statSync(join(folder, VIDEO)).mtimeMs).toBe(EXPORTED_AT);
      expect(sha256sumCheck(folder).status).toBe(0);
    },
  );
});
