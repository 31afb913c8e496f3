/** Builds the Chrome extension when .output/chrome-mv3 is missing or older than its sources. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['entrypoints', 'components', 'utils', 'public', 'assets'];
const SOURCE_FILES = ['wxt.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted file shows as a newer directory
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why a build is needed, or null when .output/chrome-mv3 is newer than every source. */
export function staleReason(root, outDir) {
  const manifest = join(outDir, 'manifest.json');
  if (!existsSync(manifest)) return `${manifest} is missing`;
  const built = statSync(manifest).mtimeMs;
  const newest = Math.max(
    ...SOURCES.map((d) => newestMtime(join(root, d))),
    ...SOURCE_FILES.map((f) => newestMtime(join(root, f))),
  );
  return newest > built ? 'sources changed since the last build' : null;
}

/** Runs `wxt build` (Chrome MV3). Returns { ok, seconds, output }. */
export function buildChrome(root) {
  const started = Date.now();
  const wxt = join(root, 'node_modules', '.bin', 'wxt');
  const res = spawnSync(wxt, ['build'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}${res.error ? String(res.error) : ''}`;
  return { ok: res.status === 0, seconds: (Date.now() - started) / 1000, output };
}

/**
 * A second Chrome build with source maps, into `outDir` (for the panel's up-front modules). The
 * project's wxt.config.ts is reused as it is, with two overrides, through a temporary config file.
 */
export function buildWithSourceMaps(root, outDir) {
  const started = Date.now();
  const config = join(root, 'wxt.bench-sourcemaps.config.ts');
  writeFileSync(
    config,
    `import base from './wxt.config';
export default {
  ...base,
  outDir: ${JSON.stringify(outDir)},
  vite: (env: never) => {
    const v = (base.vite as (e: never) => { build?: object })(env);
    return { ...v, build: { ...v.build, sourcemap: true } };
  },
};
`,
  );
  try {
    const wxt = join(root, 'node_modules', '.bin', 'wxt');
    const res = spawnSync(wxt, ['build', '-c', config], {
      cwd: root,
      encoding: 'utf8',
      timeout: 180_000,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const output = `${res.stdout ?? ''}${res.stderr ?? ''}${res.error ? String(res.error) : ''}`;
    return {
      ok: res.status === 0,
      seconds: (Date.now() - started) / 1000,
      output,
      dir: join(outDir, 'chrome-mv3'),
    };
  } finally {
    rmSync(config, { force: true });
  }
}
