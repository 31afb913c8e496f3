/**
 * Page capture with pictures (issue 11, part 2): the buyer's click on "Сохранить снимок этой страницы" in
 * the panel framed on a real product page → the self-contained file stored as evidence (the panel's status
 * line says so). Kaspi's CDN is served from tests/fixtures/kaspi-cdn (tests/support/kaspi-cdn.ts, bundled
 * on the fly with esbuild), and the extension is a copy whose manifest grants the CDN hosts at install, as
 * the buyer's "Allow" on the first capture does (the shipped manifest keeps them optional). Printed with
 * each page's size (CSS px), the file's size and the number of inlined resources.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { median } from './stats.mjs';

const CDN = /^https:\/\/(resources|ks-static)\.cdn-kaspi\.kz\//;

/** The manifest of `dir` with the optional CDN hosts granted (a bench copy only). */
export function grantCdn(dir) {
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...(manifest.optional_host_permissions ?? [])];
  delete manifest.optional_host_permissions;
  writeFileSync(path, JSON.stringify(manifest));
}

async function cdnFixtureFn(root) {
  const outDir = join(resolve(root), '.tmp', 'bench');
  mkdirSync(outDir, { recursive: true });
  const supportDir = join(resolve(root), 'tests', 'support');
  const res = await build({
    entryPoints: [join(supportDir, 'kaspi-cdn.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    define: { 'import.meta.dirname': JSON.stringify(supportDir) },
  });
  const out = join(outDir, 'kaspi-cdn.cjs');
  writeFileSync(out, res.outputFiles[0].text);
  return createRequire(import.meta.url)(out).cdnFixture;
}

/** Serves Kaspi's CDN from the fixtures in `context` (routes added last are matched first). */
export async function serveCdn(context, root) {
  const cdnFixture = await cdnFixtureFn(root);
  await context.route(CDN, (route) => {
    const answer = cdnFixture(route.request().url());
    return answer
      ? route.fulfill({ status: 200, contentType: answer.contentType, body: answer.body })
      : route.fulfill({ status: 404, body: '' });
  });
}

async function readCaptures(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('evidence').objectStore('evidence').getAll();
          req.onsuccess = () => {
            resolve(req.result.filter((e) => e.kind === 'listing-snapshot'));
            open.result.close();
          };
        };
      }),
  );
}

/** `runs` captures on each product page (after one warm-up capture on the first). */
export async function measurePageCapture({ context, id, products, runs }) {
  const pages = [];
  let warm = false;
  for (const product of products) {
    const samples = [];
    let last = null;
    const page = await context.newPage();
    try {
      await page.goto(product.url, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForFunction(() => document.querySelector('shagym-launcher'), null, { timeout: 15_000 });
      await page.locator('shagym-launcher').click();
      let frame = null;
      for (let i = 0; i < 200 && !frame; i++) {
        frame = page.frames().find((f) => f.url().includes('/panel.html')) ?? null;
        if (!frame) await page.waitForTimeout(50);
      }
      if (!frame) throw new Error('no panel frame');
      await frame.locator('input[name="orderNumber"]').fill('612345678');
      await frame.locator('.steps-all summary').click();
      await frame.getByRole('button', { name: /^5\. Доказательства/ }).click();
      const button = frame.getByRole('button', { name: 'Сохранить снимок этой страницы' });
      const status = frame.locator('[data-field="capture"]');
      for (let run = warm ? 0 : -1; run < runs; run++) {
        await button.waitFor({ state: 'visible' });
        // A new second between captures: the header's time (seconds) makes each file a new one.
        await page.waitForTimeout(1100);
        const before = 'busy';
        await frame.evaluate(() => {
          document.querySelector('[data-field="capture"]').textContent = 'busy';
        });
        const t0 = performance.now();
        await button.click();
        await frame
          .waitForFunction(
            (prev) => {
              const text = document.querySelector('[data-field="capture"]')?.textContent ?? '';
              return text !== prev && /сохранён|Не удалось/.test(text);
            },
            before,
            { polling: 5, timeout: 30_000 },
          )
          .catch(async (error) => {
            await page.screenshot({ path: '.tmp/bench/page-capture-failed.png' }).catch(() => undefined);
            throw error;
          });
        const ms = performance.now() - t0;
        const text = (await status.textContent()) ?? '';
        if (!/^Снимок страницы сохранён \(/.test(text)) throw new Error(`capture: ${text}`);
        if (run >= 0) samples.push(ms);
      }
      warm = true;
      const store = await context.newPage();
      try {
        await store.goto(`chrome-extension://${id}/popup.html`);
        const rows = (await readCaptures(store)).filter((r) => r.sourceUrl === product.url);
        last = rows.sort((a, b) => b.capturedAt - a.capturedAt)[0] ?? null;
      } finally {
        await store.close();
      }
    } finally {
      await page.close();
    }
    pages.push({
      url: product.url,
      medianMs: median(samples),
      samples,
      pageSize: last?.capture?.pageSize ?? null,
      viewport: last?.capture?.viewport ?? null,
      fileBytes: last?.size ?? null,
      resources: last?.capture?.resources?.length ?? null,
      images: last?.capture?.resources?.filter((r) => r.mime.startsWith('image/')).length ?? null,
    });
  }
  return { runs, pages, medianMs: median(pages.flatMap((p) => p.samples)) };
}
