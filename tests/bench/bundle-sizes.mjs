/**
 * Raw and gzip (-9) bytes of every JS/CSS file of the built extension, grouped by entrypoint: the
 * background, the content script(s), and each HTML page with the chunks it loads (its <script>/<link>
 * tags, then the static `import`s of those chunks, transitively). Dynamic `import()`s are listed as lazy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Distinctive strings of the libraries the content script must not carry. A marker only counts when it
 * is found in some other bundle of the same build (so a marker that minification changed cannot pass
 * the check by accident).
 */
export const FORBIDDEN_MARKERS = {
  React: [
    'react.transitional.element',
    'react.fragment',
    '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE',
    '__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED',
  ],
  zod: ['ZodError', '$ZodType'],
  Dexie: ['Dexie', 'DatabaseClosedError'],
  i18next: ['i18next', 'missingKeyHandler'],
};

const sizeCache = new Map();
function sizes(file) {
  if (!sizeCache.has(file)) {
    const buf = readFileSync(file);
    sizeCache.set(file, { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  }
  return sizeCache.get(file);
}

/** Static imports of a Rollup/Vite chunk: Rollup hoists them to the top of the file. */
export function staticImports(code) {
  const out = [];
  const re = /^\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"']+)\1\s*;?/;
  let rest = code;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    out.push(m[2]);
    rest = rest.slice(m[0].length);
  }
  return out;
}

export function dynamicImports(code) {
  return [...code.matchAll(/\bimport\(\s*(["'])(\.{0,2}\/[^"']+)\1\s*\)/g)].map((m) => m[2]);
}

/** <script src> and <link rel=modulepreload|stylesheet href> of an HTML page. */
export function htmlAssets(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi)) out.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = /\brel\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1] ?? '';
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href && /\b(modulepreload|stylesheet)\b/i.test(rel)) out.push(href);
  }
  return out;
}

/** Path of `ref` (as written in `fromFile`) relative to the output root. */
function resolveRef(outDir, fromFile, ref) {
  const clean = ref.split(/[?#]/)[0];
  if (/^[a-z-]+:/i.test(clean)) return null; // absolute URL: not ours
  const fromRel = relative(outDir, dirname(fromFile)).split('\\').join('/');
  return clean.startsWith('/') ? clean.slice(1) : posix.normalize(posix.join(fromRel, clean));
}

/** Every file an entry loads up front (`start` plus static imports, transitively) and its lazy imports. */
function closure(outDir, start) {
  const seen = new Set();
  const lazy = new Set();
  const queue = [...start];
  while (queue.length) {
    const rel = queue.shift();
    if (!rel || seen.has(rel)) continue;
    seen.add(rel);
    const abs = join(outDir, rel);
    if (!rel.endsWith('.js') || !existsSync(abs)) continue;
    const code = readFileSync(abs, 'utf8');
    for (const ref of staticImports(code)) queue.push(resolveRef(outDir, abs, ref));
    for (const ref of dynamicImports(code)) lazy.add(resolveRef(outDir, abs, ref));
  }
  return { files: [...seen], lazy: [...lazy].filter((f) => f && !seen.has(f)) };
}

export function measureBundles(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  /** @type {{name: string, kind: string, start: string[]}[]} */
  const entries = [];
  const bg = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (bg) entries.push({ name: bg, kind: 'background', start: [bg] });
  const declared = new Set();
  for (const cs of manifest.content_scripts ?? []) {
    for (const js of cs.js ?? []) {
      declared.add(js);
      entries.push({ name: js, kind: 'content-script', start: [js, ...(cs.css ?? [])] });
    }
  }
  // Content scripts the background injects (WXT `registration: 'runtime'`): built, not declared.
  const csDir = join(outDir, 'content-scripts');
  if (existsSync(csDir)) {
    for (const f of readdirSync(csDir).filter((f) => f.endsWith('.js'))) {
      const js = `content-scripts/${f}`;
      if (!declared.has(js)) entries.push({ name: js, kind: 'injected-content-script', start: [js] });
    }
  }
  const pages = readdirSync(outDir).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const abs = join(outDir, page);
    const start = htmlAssets(readFileSync(abs, 'utf8')).map((ref) => resolveRef(outDir, abs, ref));
    entries.push({ name: page, kind: 'page', start });
  }

  const usedBy = new Map();
  for (const e of entries) {
    const { files, lazy } = closure(outDir, e.start);
    e.files = files;
    e.lazy = lazy;
    for (const f of files) usedBy.set(f, [...(usedBy.get(f) ?? []), e.name]);
  }

  const result = entries.map((e) => {
    const files = e.files.map((f) => {
      const abs = join(outDir, f);
      const missing = !existsSync(abs);
      const s = missing ? { raw: NaN, gzip: NaN } : sizes(abs);
      return { file: f, ...s, missing, sharedWith: (usedBy.get(f) ?? []).filter((n) => n !== e.name) };
    });
    const lazy = e.lazy.map((f) => ({
      file: f,
      ...(existsSync(join(outDir, f)) ? sizes(join(outDir, f)) : {}),
    }));
    return {
      entrypoint: e.name,
      kind: e.kind,
      files,
      lazy,
      totalRaw: files.reduce((a, f) => a + (f.raw || 0), 0),
      totalGzip: files.reduce((a, f) => a + (f.gzip || 0), 0),
    };
  });

  // Markers: which library code is in which bundle.
  const contentFiles = new Set(
    result
      .filter((e) => e.kind === 'content-script' || e.kind === 'injected-content-script')
      .flatMap((e) => e.files.map((f) => f.file)),
  );
  const allFiles = [...new Set(result.flatMap((e) => e.files.map((f) => f.file)))].filter(
    (f) => f.endsWith('.js') && existsSync(join(outDir, f)),
  );
  const text = new Map(allFiles.map((f) => [f, readFileSync(join(outDir, f), 'utf8')]));
  const markers = Object.entries(FORBIDDEN_MARKERS).map(([library, list]) => {
    const checked = list.map((marker) => ({
      marker,
      inOtherBundles: allFiles.filter((f) => !contentFiles.has(f) && text.get(f).includes(marker)),
      inContentScript: [...contentFiles].filter((f) => text.get(f)?.includes(marker)),
    }));
    const verified = checked.filter((c) => c.inOtherBundles.length > 0);
    return {
      library,
      verifiedMarkers: verified.map((c) => c.marker),
      unverifiedMarkers: checked.filter((c) => c.inOtherBundles.length === 0).map((c) => c.marker),
      foundInContentScript: checked.filter((c) => c.inContentScript.length > 0).map((c) => c.marker),
    };
  });
  return { entrypoints: result, markers };
}

/**
 * Which source modules a page loads before its first screen, read from the source maps of a build made
 * with `sourcemap: true` (tests/bench/build.mjs buildWithSourceMaps). Returns [{ module, bytes }] over
 * the page's up-front files (its <script>/<link> tags and their static imports), largest first.
 */
export function upFrontModules(outDir, page) {
  const abs = join(outDir, page);
  const start = htmlAssets(readFileSync(abs, 'utf8')).map((ref) => resolveRef(outDir, abs, ref));
  const { files, lazy } = closure(outDir, start);
  const modules = new Map();
  for (const f of files.filter((f) => f.endsWith('.js'))) {
    const map = join(outDir, `${f}.map`);
    if (!existsSync(map)) throw new Error(`no source map for ${f}`);
    const m = JSON.parse(readFileSync(map, 'utf8'));
    m.sources.forEach((source, i) => {
      const name = source
        .replace(/^(\.\.\/)+/, '')
        .replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, 'node_modules/$1');
      modules.set(name, (modules.get(name) ?? 0) + (m.sourcesContent?.[i]?.length ?? 0));
    });
  }
  return {
    files,
    lazy,
    modules: [...modules].map(([module, bytes]) => ({ module, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}
