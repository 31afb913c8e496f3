/**
 * The page capture (issue 11, part 2) on a real kaspi.kz product page (tests/fixtures/kaspi-real) with
 * Kaspi's CDN served from tests/fixtures/kaspi-cdn: golden output, and what the file may never contain.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cdnLoader } from '@/utils/capture/fetch-resources';
import {
  CAPTURE_CSP,
  MAX_INLINED_BYTES,
  MAX_RESOURCE_BYTES,
  type Loader,
  type ResourceKind,
} from '@/utils/capture/page-html';
import { FIXTURES } from '../../support/kaspi-fixtures';
import { PRODUCT, capture, fixtureFetch, fixtureHtml, headerInput, parse } from './helpers';

const sha256 = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');
const productJpg = readFileSync(join(FIXTURES, 'kaspi-cdn', 'product.jpg'));

/** Everything in a capture that could run, load or submit: must be empty. */
function liveParts(html: string): string[] {
  const doc = parse(html, 'https://example.invalid/');
  const out: string[] = [];
  for (const el of Array.from(
    doc.querySelectorAll(
      'script, noscript, iframe, frame, object, embed, base, form, input, textarea, select, button, link, video, audio, template',
    ),
  ))
    out.push(`<${el.localName}>`);
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) out.push(`${el.localName}[${attr.name}]`);
      if (/^\s*(javascript|vbscript):/i.test(attr.value))
        out.push(`${el.localName}[${attr.name}=${attr.value}]`);
      // No URL to fetch anywhere: only data: in src/href, except links (https only).
      if (['src', 'srcset', 'poster', 'data', 'background', 'action', 'formaction'].includes(attr.name)) {
        if (!attr.value.startsWith('data:'))
          out.push(`${el.localName}[${attr.name}=${attr.value.slice(0, 80)}]`);
      }
      if (
        attr.name === 'href' &&
        !(el.localName === 'a' || el.localName === 'area') &&
        !attr.value.startsWith('#')
      )
        out.push(`${el.localName}[href=${attr.value.slice(0, 80)}]`);
      if (
        attr.name === 'href' &&
        (el.localName === 'a' || el.localName === 'area') &&
        !attr.value.startsWith('https://')
      )
        out.push(`${el.localName}[href=${attr.value.slice(0, 80)}]`);
    }
  }
  for (const meta of Array.from(doc.querySelectorAll('meta[http-equiv]'))) {
    if (meta.getAttribute('http-equiv') !== 'Content-Security-Policy') out.push('meta[http-equiv]');
  }
  for (const style of Array.from(doc.querySelectorAll('style, [style]'))) {
    const css = style.localName === 'style' ? (style.textContent ?? '') : (style.getAttribute('style') ?? '');
    for (const m of css.matchAll(/url\(\s*["']?([^"')]*)/gi)) {
      if (!m[1]!.startsWith('data:') && !m[1]!.startsWith('#')) out.push(`url(${m[1]})`);
    }
    if (/@import/i.test(css)) out.push('@import');
  }
  return out;
}

describe('page capture of a real product page (golden)', () => {
  it('is one self-contained file: pictures, styles, fonts inlined, golden', async () => {
    const asked: string[] = [];
    const result = await capture(parse(fixtureHtml()), { load: cdnLoader(fixtureFetch(asked), true) });
    await expect(result.html).toMatchFileSnapshot('./golden/product-140035645.ru.html');
    expect(
      JSON.stringify({ resources: result.resources, skipped: result.skipped }, null, 2) + '\n',
    ).toMatchFileSnapshot('./golden/product-140035645.resources.json');
    // Only Kaspi's CDN was asked, each URL once.
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(asked).size).toBe(asked.length);
    for (const url of asked) expect(url).toMatch(/^https:\/\/(resources|ks-static)\.cdn-kaspi\.kz\//);
  });

  it('runs and loads nothing: no script, handler, frame, form, field, base, refresh or remote URL', async () => {
    const { html } = await capture(parse(fixtureHtml()));
    expect(liveParts(html)).toEqual([]);
    const doc = parse(html, 'https://example.invalid/');
    // The policy is the first thing after the charset, before anything that could load.
    const head = Array.from(doc.head.children).slice(0, 3);
    expect(head.map((el) => el.outerHTML)).toEqual([
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${CAPTURE_CSP.replace(/'/g, "'")}">`,
      '<meta name="referrer" content="no-referrer">',
    ]);
    expect(CAPTURE_CSP).toBe(
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'",
    );
    expect(html.startsWith('<!DOCTYPE html>\n<html')).toBe(true);
  });

  it('shows the product: its title, its picture (the bytes served, hashed), the styles and the font', async () => {
    const result = await capture(parse(fixtureHtml()));
    const doc = parse(result.html, 'https://example.invalid/');
    expect(doc.querySelector('h1.item__heading')?.textContent?.trim()).toBe('Комплект ALPIKA черный, серый');
    const pic = doc.querySelector('img.item__slider-pic')!;
    expect(pic.getAttribute('src')).toBe(`data:image/jpeg;base64,${productJpg.toString('base64')}`);
    const image = result.resources.find((r) => r.kind === 'image')!;
    expect(image).toEqual({
      url: 'https://resources.cdn-kaspi.kz/img/m/p/p23/pd8/43597403.jpeg?format=gallery-medium',
      kind: 'image',
      mime: 'image/jpeg',
      size: productJpg.length,
      sha256: sha256(productJpg),
    });
    const css = Array.from(doc.querySelectorAll('style'))
      .map((s) => s.textContent)
      .join('\n');
    expect(css).toContain('.item__heading { color: rgb(11, 61, 145)'); // from the @import, inlined
    expect(css).toContain('src: url("data:font/woff2;base64,');
    expect(css).toMatch(/\.search-bar \{ background: url\("data:image\/jpeg;base64,/);
    // The header lists every inlined resource with its SHA-256.
    const table = doc.querySelector('shagym-capture-header table[data-capture="resources"]')!;
    for (const r of result.resources) expect(table.textContent).toContain(r.sha256);
    expect(result.resources.map((r) => r.kind).sort()).toEqual(
      expect.arrayContaining(['image', 'style', 'font']),
    );
  });

  it('turns the search form into inert text and keeps only https links, absolute', async () => {
    const { html } = await capture(parse(fixtureHtml()));
    const doc = parse(html, 'https://example.invalid/');
    const search = doc.querySelector('.search-bar__input')!;
    expect(search.localName).toBe('span');
    expect(search.textContent).toBe('Поиск товара');
    const hrefs = Array.from(doc.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    expect(hrefs).toContain('https://kaspi.kz/shop/c/categories/');
    for (const a of Array.from(doc.querySelectorAll('a[href]')))
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('page capture without the access to Kaspi CDN', () => {
  it('keeps the page text, asks nothing, and says so in the header', async () => {
    const asked: string[] = [];
    const result = await capture(parse(fixtureHtml()), {
      load: cdnLoader(fixtureFetch(asked), false),
      header: headerInput({ resourcesAllowed: false }),
    });
    expect(asked).toEqual([]);
    expect(result.resources).toEqual([]);
    expect(result.skipped.length).toBeGreaterThan(0);
    expect(new Set(result.skipped.map((s) => s.reason))).toEqual(new Set(['no-permission']));
    expect(liveParts(result.html)).toEqual([]);
    const doc = parse(result.html, 'https://example.invalid/');
    expect(doc.querySelector('[data-capture="no-permission"]')?.textContent).toMatch(
      /^Картинки и стили не скопированы: доступ к серверам Kaspi/,
    );
    expect(doc.querySelector('h1.item__heading')?.textContent?.trim()).toBe('Комплект ALPIKA черный, серый');
    expect(doc.querySelector('img.item__slider-pic')?.hasAttribute('src')).toBe(false);
  });
});

describe('a hostile page', () => {
  const hostile = `<!DOCTYPE html><html lang="ru" onload="alert(1)"><head>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<meta charset="windows-1251"><base href="https://evil.example/base/">
<title>Товар &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>
<link rel="stylesheet" href="https://evil.example/x.css"><link rel="preload" href="https://resources.cdn-kaspi.kz/img/a.jpg">
<style>body{background:url(https://evil.example/track.png)} .x{content:"</style><script>alert(2)</script>"}</style>
</head><body onclick="alert(3)">
<!-- a comment --><noscript><img src="https://evil.example/noscript.png"></noscript>
<script>alert(4)</script><iframe srcdoc="<script>alert(5)</script>"></iframe><object data="x.swf"></object>
<a href="javascript:alert(6)">js</a><a href="http://kaspi.kz/plain">http</a><a href="/shop/p/1/" target="_blank" ping="https://evil.example/">rel</a>
<img src="https://evil.example/a.png" onerror="alert(7)" alt="evil">
<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">
<picture><source srcset="https://resources.cdn-kaspi.kz/img/m/p/wide.webp" media="(min-width: 1px)"><img src="https://resources.cdn-kaspi.kz/img/m/p/narrow.jpg" data-shagym-current-src="https://resources.cdn-kaspi.kz/img/m/p/shown.jpg" alt="shown"></picture>
<form action="https://evil.example/post"><input type="password" value="secret"><input type="hidden" value="token"><input type="checkbox" checked><textarea>typed</textarea><select><option>one</option><option selected>two</option></select><button formaction="https://evil.example/">Go</button></form>
<svg><style>&lt;/style&gt;&lt;img src=x onerror=alert(8)&gt;</style><a href="javascript:alert(9)"><text>svg</text></a><use href="#icon"></use><image href="https://evil.example/i.png"></image><animate attributeName="href" to="javascript:alert(10)"></animate></svg>
<div style="background-image:url('https://resources.cdn-kaspi.kz/img/m/p/bg.jpg')">bg</div>
<shagym-capture-header>forged header</shagym-capture-header>
<template><script>alert(11)</script></template>
</body></html>`;
  const base = 'https://kaspi.kz/shop/p/hostile-1/';

  it('keeps nothing that runs, loads or submits, and asks only Kaspi CDN', async () => {
    const asked: string[] = [];
    const result = await capture(parse(hostile, base), {
      url: base,
      load: cdnLoader(fixtureFetch(asked), true),
      header: headerInput({ url: base, title: 'Товар </title><script>alert(1)</script>' }),
    });
    expect(liveParts(result.html)).toEqual([]);
    expect(result.html).not.toContain('<script');
    expect(result.html).not.toMatch(/<[a-z]+[^>]*\son[a-z]+=/i);
    // Named in the header's list of what was left out, never asked for or used.
    expect(result.html.split('</shagym-capture-header>')[1]).not.toContain('evil.example/track');
    expect(result.html).not.toContain('secret');
    expect(result.html).not.toContain('token');
    // Never asked: other hosts; asked: the picture the browser showed, not the other candidates.
    expect([...new Set(asked)].sort()).toEqual([
      'https://resources.cdn-kaspi.kz/img/m/p/bg.jpg',
      'https://resources.cdn-kaspi.kz/img/m/p/shown.jpg',
    ]);
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { url: 'https://evil.example/x.css', kind: 'style', reason: 'not-allowed' },
        { url: 'https://evil.example/a.png', kind: 'image', reason: 'not-allowed' },
        { url: 'https://evil.example/track.png', kind: 'image', reason: 'not-allowed' },
      ]),
    );
    const doc = parse(result.html, 'https://example.invalid/');
    // Links: absolute against the page (its <base> is the page's own base), https only.
    expect(Array.from(doc.querySelectorAll('body > a')).map((a) => a.getAttribute('href'))).toEqual([
      null,
      null,
      'https://evil.example/shop/p/1/',
    ]);
    expect(doc.querySelector('body > a[target], [ping]')).toBeNull();
    // Fields as text; a password never.
    expect(Array.from(doc.querySelectorAll('[data-field]')).map((f) => f.textContent)).toEqual([
      '••••••',
      '☑',
      'typed',
      'two',
    ]);
    expect(doc.querySelector('img[alt="shown"]')!.getAttribute('src')).toBe(
      `data:image/jpeg;base64,${productJpg.toString('base64')}`,
    );
    expect(doc.querySelector('img[alt="inline"]')!.getAttribute('src')).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    );
    expect(doc.querySelector('picture source')).toBeNull();
    expect(doc.querySelectorAll('shagym-capture-header')).toHaveLength(1);
    expect(doc.querySelector('shagym-capture-header')!.textContent).not.toContain('forged');
    // The page's title is text in the header, never markup.
    expect(doc.querySelector('[data-capture="title"]')!.textContent).toBe(
      'Товар </title><script>alert(1)</script>',
    );
    // The SVG style's text stays text (escaped when serialised), and the HTML style cannot be closed early.
    expect(doc.querySelectorAll('img')).toHaveLength(3);
    expect(doc.querySelector('use')!.getAttribute('href')).toBe('#icon');
    expect(doc.querySelector('animate, image[href]')).toBeNull();
  });
});

describe('size bounds', () => {
  const page = (n: number) =>
    `<html><body>${Array.from({ length: n }, (_, i) => `<img alt="${i}" src="https://resources.cdn-kaspi.kz/img/${i}.jpg">`).join('')}</body></html>`;

  it('leaves out a picture larger than MAX_RESOURCE_BYTES and says so', async () => {
    const load: Loader = async (url, _kind, max) =>
      url.endsWith('/1.jpg')
        ? { ok: false, reason: max < MAX_RESOURCE_BYTES + 1 ? 'too-big' : 'failed' }
        : { ok: true, bytes: productJpg, mime: 'image/jpeg' };
    const result = await capture(parse(page(3), PRODUCT.url), { load });
    expect(result.resources.map((r) => r.url)).toEqual([
      'https://resources.cdn-kaspi.kz/img/0.jpg',
      'https://resources.cdn-kaspi.kz/img/2.jpg',
    ]);
    expect(result.skipped).toEqual([
      { url: 'https://resources.cdn-kaspi.kz/img/1.jpg', kind: 'image', reason: 'too-big' },
    ]);
    const doc = parse(result.html, 'https://example.invalid/');
    expect(doc.querySelector('[data-capture="skipped"]')!.textContent).toBe(
      'картинка: https://resources.cdn-kaspi.kz/img/1.jpg — слишком большой файл',
    );
  });

  it('stops inlining at MAX_INLINED_BYTES in all', async () => {
    const big = new Uint8Array(MAX_RESOURCE_BYTES);
    big.set([0xff, 0xd8, 0xff]);
    const calls: number[] = [];
    const load: Loader = async (_url, _kind: ResourceKind, max) => {
      calls.push(max);
      return { ok: true, bytes: big, mime: 'image/jpeg' };
    };
    const n = Math.ceil(MAX_INLINED_BYTES / MAX_RESOURCE_BYTES) + 1;
    const result = await capture(parse(page(n), PRODUCT.url), { load });
    const total = result.resources.reduce((s, r) => s + r.size, 0);
    expect(total).toBeLessThanOrEqual(MAX_INLINED_BYTES);
    expect(result.resources.length).toBe(Math.floor(MAX_INLINED_BYTES / MAX_RESOURCE_BYTES));
    expect(result.skipped.map((s) => s.reason)).toEqual(Array(n - result.resources.length).fill('budget'));
    for (const max of calls) expect(max).toBeLessThanOrEqual(MAX_RESOURCE_BYTES);
  }, 60_000);

  it('the CDN loader stops reading past its limit and refuses a redirect off the CDN', async () => {
    const body = new Uint8Array(2000);
    const streamed = (async () =>
      new Response(new ReadableStream({ pull: (c) => c.enqueue(body) }), {
        headers: { 'content-type': 'image/jpeg' },
      })) as unknown as typeof fetch;
    expect(
      await cdnLoader(streamed, true)('https://resources.cdn-kaspi.kz/img/x.jpg', 'image', 10_000),
    ).toEqual({
      ok: false,
      reason: 'too-big',
    });
    const declared = (async () =>
      new Response('x', { headers: { 'content-length': '999999999' } })) as unknown as typeof fetch;
    expect(
      await cdnLoader(declared, true)('https://resources.cdn-kaspi.kz/img/x.jpg', 'image', 10_000),
    ).toEqual({
      ok: false,
      reason: 'too-big',
    });
    const redirected = (async () => {
      const r = new Response(productJpg, { headers: { 'content-type': 'image/jpeg' } });
      Object.defineProperty(r, 'url', { value: 'https://evil.example/x.jpg' });
      return r;
    }) as unknown as typeof fetch;
    expect(
      await cdnLoader(redirected, true)('https://resources.cdn-kaspi.kz/img/x.jpg', 'image', 10_000),
    ).toEqual({
      ok: false,
      reason: 'failed',
    });
    let called = false;
    const never = (async () => {
      called = true;
      return new Response('');
    }) as unknown as typeof fetch;
    expect(await cdnLoader(never, true)('https://evil.example/x.jpg', 'image', 10)).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    expect(await cdnLoader(never, false)('https://resources.cdn-kaspi.kz/img/x.jpg', 'image', 10)).toEqual({
      ok: false,
      reason: 'no-permission',
    });
    expect(called).toBe(false);
  });
});
