/**
 * kaspi.kz served offline, the same way tests/e2e/fixtures.ts does it: each fixture document at its real
 * URL, every other kaspi.kz resource answered 204, every other host aborted. The product list comes from
 * tests/support/kaspi-fixtures.ts (bundled on the fly with esbuild, so there is one list of pages).
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

/** A small category page (not a complaint surface): classification only. */
export const CATEGORY_URL = 'https://kaspi.kz/shop/c/smartphones/';
const CATEGORY_HTML = `<!DOCTYPE html>
<html lang="ru-RU"><head><meta charset="utf-8">
<title>Смартфоны – купить в Алматы – Магазин на Kaspi.kz</title>
<meta property="og:url" content="${CATEGORY_URL}">
</head><body>
<div class="topbar"><a href="https://kaspi.kz/">Kaspi.kz</a> <a href="https://kaspi.kz/shop/">Магазин</a> <a href="/shop/orders/">Мои заказы</a></div>
<nav class="breadcrumbs"><a href="https://kaspi.kz/shop/">Kaspi Магазин</a> / <a href="https://kaspi.kz/shop/c/phones%20and%20gadgets/">Телефоны и гаджеты</a></nav>
<h1>Смартфоны</h1>
<div class="item-cards-grid">
${Array.from({ length: 24 }, (_, i) => {
  const code = 100000000 + i * 7919;
  return `  <div class="item-card" data-product-id="${code}"><a class="item-card__name-link" href="https://kaspi.kz/shop/p/smartfon-model-${i}-128-gb-${code}/?c=750000000">Смартфон Model ${i} 128 ГБ</a> <span class="item-card__prices-price">${(99990 + i * 5000).toLocaleString('ru-RU')} ₸</span> <div class="item-card__rating">(${10 + i} отзывов)</div></div>`;
}).join('\n')}
</div>
<p class="promo">Закажите сегодня — заказ № придёт в SMS.</p>
</body></html>`;

/** The three real product pages: [{ file, url, kind, html, code }]. */
export async function loadRealProducts(root) {
  const outDir = join(resolve(root), '.tmp', 'bench');
  mkdirSync(outDir, { recursive: true });
  const supportDir = join(resolve(root), 'tests', 'support');
  const out = join(outDir, 'kaspi-fixtures.cjs');
  const res = await build({
    entryPoints: [join(supportDir, 'kaspi-fixtures.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    define: { 'import.meta.dirname': JSON.stringify(supportDir) },
  });
  writeFileSync(out, res.outputFiles[0].text);
  const mod = createRequire(import.meta.url)(out);
  return mod.REAL_PRODUCTS.map((p) => ({
    ...p,
    html: readFileSync(join(mod.FIXTURES, p.file), 'utf8'),
    code: /-(\d+)\/?$/.exec(new URL(p.url).pathname)?.[1] ?? null,
  }));
}

/** Routes kaspi.kz to the given pages (by origin + path) and blocks every other host. */
export async function serveKaspi(context, pages) {
  const byPath = new Map(pages.map((p) => [new URL(p.url).origin + new URL(p.url).pathname, p.html]));
  byPath.set(new URL(CATEGORY_URL).origin + new URL(CATEGORY_URL).pathname, CATEGORY_HTML);
  await context.route(/^https:\/\/([a-z0-9-]+\.)*kaspi\.kz\//, async (route) => {
    const request = route.request();
    if (request.resourceType() === 'document') {
      const u = new URL(request.url());
      const html = byPath.get(u.origin + u.pathname);
      return route.fulfill({
        status: html ? 200 : 404,
        contentType: 'text/html; charset=utf-8',
        body: html ?? '<h1>404</h1>',
      });
    }
    return route.fulfill({ status: 204, body: '' });
  });
  await context.route(/^https?:\/\/(?!([a-z0-9-]+\.)*kaspi\.kz\/)/, (route) => route.abort());
}
