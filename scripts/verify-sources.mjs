// Does the sources archive for Mozilla's review rebuild the Firefox package we ship?
// Unzips .output/<name>-<version>-sources.zip into a temporary folder, runs what a reviewer runs
// (README "Release": `npm ci`, then `npm run build:firefox`), and compares every file of that build
// with .output/<name>-<version>-firefox.zip by SHA-256. Prints the result; exits 1 on any difference.
// Run by `npm run verify:sources` after `npm run zip`. The temporary folder is always removed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const sourcesZip = join(ROOT, '.output', `${name}-${version}-sources.zip`);
const firefoxZip = join(ROOT, '.output', `${name}-${version}-firefox.zip`);

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** path → SHA-256 of the files in a ZIP (folders left out). */
function zipHashes(file) {
  const entries = unzipSync(readFileSync(file));
  return new Map(
    Object.entries(entries)
      .filter(([path]) => !path.endsWith('/'))
      .map(([path, bytes]) => [path, sha256(bytes)]),
  );
}

/** path → SHA-256 of the files under a folder. */
function dirHashes(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split('\\').join('/'), sha256(readFileSync(full)));
    }
  };
  walk(dir);
  return out;
}

/** Unzips `file` into `dir`, refusing paths that leave it. */
function unzipTo(file, dir) {
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(file)))) {
    if (path.endsWith('/')) continue;
    const target = join(dir, path);
    if (relative(dir, target).startsWith('..'))
      throw new Error(`unsafe path in the sources archive: ${path}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

const run = (cmd, args, cwd) => {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
};

const work = mkdtempSync(join(tmpdir(), 'shagym-verify-sources-'));
let failed = true;
try {
  unzipTo(sourcesZip, work);
  const started = Date.now();
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], work);
  run('npm', ['run', 'build:firefox'], work);
  const rebuilt = dirHashes(join(work, '.output', 'firefox-mv3'));
  const shipped = zipHashes(firefoxZip);
  const paths = [...new Set([...rebuilt.keys(), ...shipped.keys()])].sort();
  const different = paths.filter((p) => rebuilt.get(p) !== shipped.get(p));
  for (const p of different)
    console.error(
      `differs: ${p} (shipped ${shipped.get(p)?.slice(0, 12) ?? 'absent'}, rebuilt ${rebuilt.get(p)?.slice(0, 12) ?? 'absent'})`,
    );
  console.log(
    `verify:sources: ${paths.length - different.length} of ${paths.length} files of the Firefox package ` +
      `rebuilt byte for byte from ${relative(ROOT, sourcesZip)} (${Math.round((Date.now() - started) / 1000)} s)`,
  );
  failed = different.length > 0;
} finally {
  rmSync(work, { recursive: true, force: true, maxRetries: 3 });
}
process.exit(failed ? 1 : 0);
