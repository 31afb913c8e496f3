/**
 * Classification + extraction time in real Chromium: utils/kaspi/read-page.ts bundled by esbuild into an
 * IIFE (global __shagymReadPage), injected into each real product page served at its kaspi.kz URL, then
 * readKaspiPage(location.href, document) timed N times with performance.now().
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { median, percentile } from './stats.mjs';
import { CATEGORY_URL } from './fixtures.mjs';

export async function bundleReadPage(root) {
  const res = await build({
    entryPoints: [join(root, 'utils', 'kaspi', 'read-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__shagymReadPage',
    platform: 'browser',
    target: 'chrome120',
    minify: true, // as in the shipped content script
    write: false,
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
  });
  return res.outputFiles[0].text;
}

async function inject(page, code) {
  await page.addScriptTag({ content: code });
  const ok = await page.evaluate(() => typeof globalThis.__shagymReadPage?.readKaspiPage === 'function');
  if (!ok) throw new Error('read-page bundle did not expose readKaspiPage');
}

/** Times `fnName(location.href, document)` `iterations` times in the page; returns ms per call. */
function timeInPage(page, fnName, iterations) {
  return page.evaluate(
    ({ fnName, iterations }) => {
      const fn = globalThis.__shagymReadPage[fnName];
      const times = [];
      let result;
      const begin = performance.now();
      for (let i = 0; i < iterations; i++) {
        const t0 = performance.now();
        result = fn(location.href, document);
        times.push(performance.now() - t0);
      }
      const meanMs = (performance.now() - begin) / iterations;
      const facts = typeof result === 'object' && result ? result.facts : null;
      return {
        times,
        meanMs,
        kind: typeof result === 'string' ? result : result?.kind,
        facts: facts && {
          productCode: facts.productCode,
          productTitle: facts.productTitle,
          price: facts.price,
          sellers: facts.sellers?.length ?? 0,
        },
      };
    },
    { fnName, iterations },
  );
}

export async function measureReadPage({ context, code, products, iterations }) {
  const pages = [];
  for (const p of products) {
    const page = await context.newPage();
    try {
      await page.goto(p.url, { waitUntil: 'load', timeout: 30_000 });
      await inject(page, code);
      const r = await timeInPage(page, 'readKaspiPage', iterations);
      pages.push({
        url: p.url,
        file: p.file,
        iterations,
        firstCallMs: r.times[0],
        medianMs: median(r.times),
        p95Ms: percentile(r.times, 95),
        meanMs: r.meanMs,
        kind: r.kind,
        facts: r.facts,
        codeMatchesUrl: r.facts?.productCode === p.code,
      });
    } finally {
      await page.close();
    }
  }

  const page = await context.newPage();
  let category;
  try {
    await page.goto(CATEGORY_URL, { waitUntil: 'load', timeout: 30_000 });
    await inject(page, code);
    const r = await timeInPage(page, 'classifyKaspiPage', iterations);
    const urlKind = await page.evaluate(
      () => globalThis.__shagymReadPage.classifyKaspiUrl?.(location.href) ?? null,
    );
    category = {
      urlDecides: urlKind !== null,
      url: CATEGORY_URL,
      iterations,
      firstCallMs: r.times[0],
      medianMs: median(r.times),
      p95Ms: percentile(r.times, 95),
      meanMs: r.meanMs,
      kind: r.kind,
    };
  } finally {
    await page.close();
  }
  return { pages, category };
}
