// @vitest-environment jsdom
/**
 * The copy of a page capture the sandboxed preview shows (utils/evidence/page-preview.ts), golden:
 * nothing that runs or loads survives, the text and inlined pictures do (as blob: URLs).
 */
import { describe, expect, it } from 'vitest';
import { neutralize, pagePreview } from '@/utils/evidence/page-preview';

const PIXEL =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const CAPTURE = `<!doctype html><html><head>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<base href="https://evil.example/">
<title>Рашгард черный</title>
<style>h1 { color: red }</style>
<link rel="stylesheet" href="https://kaspi.kz/a.css">
<script>parent.postMessage('ran', '*')</script>
</head><body onload="alert(1)">
<h1 class="item__heading">Рашгард черный</h1>
<img alt="Рашгард" src="data:image/png;base64,${PIXEL}">
<img alt="remote" src="https://resources.cdn-kaspi.kz/img/m/p/a.jpg" srcset="https://x.example/a.jpg 2x">
<img alt="svg" src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">
<a href="javascript:alert(1)">ссылка</a>
<div style="background: url(https://evil.example/x.png) no-repeat; color: blue">фон</div>
<iframe src="https://evil.example/"></iframe>
<svg><image href="https://evil.example/i.png"></image><use href="#a"></use></svg>
<form action="https://evil.example/"><button formaction="https://evil.example/">Go</button></form>
</body></html>`;

describe('pagePreview', () => {
  it('keeps the text and the inlined picture, drops everything that runs or loads', () => {
    const made: Blob[] = [];
    const out = pagePreview(
      CAPTURE,
      (h) => new DOMParser().parseFromString(h, 'text/html'),
      (blob) => {
        made.push(blob);
        return `blob:chrome-extension://test/${made.length}`;
      },
    );
    expect(out.urls).toEqual(['blob:chrome-extension://test/1']);
    expect(out.stylesRemoved).toBe(2);
    expect(made.map((b) => [b.type, b.size])).toEqual([['image/png', 70]]);
    const doc = new DOMParser().parseFromString(out.html, 'text/html');
    expect(doc.title).toBe('Рашгард черный');
    expect(doc.querySelector('h1')?.textContent).toBe('Рашгард черный');
    expect(doc.querySelector('img[alt="Рашгард"]')?.getAttribute('src')).toBe(
      'blob:chrome-extension://test/1',
    );
    expect(doc.querySelector('img[alt="remote"]')?.hasAttribute('src')).toBe(false);
    expect(doc.querySelector('img[alt="remote"]')?.hasAttribute('srcset')).toBe(false);
    expect(doc.querySelector('img[alt="svg"]')?.hasAttribute('src')).toBe(false);
    expect(doc.querySelectorAll('script, style, link, base, meta[http-equiv], iframe')).toHaveLength(0);
    expect(doc.body.hasAttribute('onload')).toBe(false);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('#');
    expect(doc.querySelector('div')?.getAttribute('style')).toBe('background: none no-repeat; color: blue');
    expect(doc.querySelector('svg image')?.hasAttribute('href')).toBe(false);
    expect(doc.querySelector('svg use')?.getAttribute('href')).toBe('#a');
    expect(doc.querySelector('button')?.hasAttribute('formaction')).toBe(false);
    expect(out.html.startsWith('<!doctype html>')).toBe(true);
    expect(out.html).not.toMatch(/evil\.example|javascript:|onload|<script/i);
  });

  it('renames handlers and picture sources inside tags before parsing, never the text', () => {
    expect(
      neutralize('<p title="x">onload= src= stays</p><IMG SRC="a.png" OnError = "x()" srcset="b 2x">'),
    ).toBe(
      '<p title="x">onload= src= stays</p><IMG data-shagym-src="a.png" data-shagym-onerror = "x()" data-shagym-srcset="b 2x">',
    );
    expect(neutralize('<head><style>h1{}</style><link rel="stylesheet" href="a.css"><Link/></head>')).toBe(
      '<head><shagym-style>h1{}</shagym-style><shagym-link rel="stylesheet" href="a.css"></shagym-link><shagym-link></shagym-link></head>',
    );
    expect(neutralize('<video poster="p.jpg" src="v.mp4"></video>')).toBe(
      '<video data-shagym-poster="p.jpg" data-shagym-src="v.mp4"></video>',
    );
  });

  it('a broken inlined picture is dropped, not thrown on', () => {
    const out = pagePreview(
      '<p>x</p><img src="data:image/png;base64,@@@">',
      (h) => new DOMParser().parseFromString(h, 'text/html'),
      () => 'blob:x',
    );
    expect(out.urls).toEqual([]);
    expect(out.html).toContain('<img>');
  });
});
