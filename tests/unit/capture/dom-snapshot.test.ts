/**
 * What the capture script takes from the live page (utils/capture/dom-snapshot.ts), in jsdom: the shown
 * picture and field values as annotations on an inert copy, style sheets by the CSSOM, none of Shagym's
 * own elements, no annotation the page forged, no script, never a password.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { snapshotDom } from '@/utils/capture/dom-snapshot';
import { buildPageCapture } from '@/utils/capture/page-html';
import { cdnLoader } from '@/utils/capture/fetch-resources';
import { captureHeaderHtml } from '@/utils/capture/header';
import { PRODUCT, fixtureFetch, fixtureHtml, headerInput, parse } from './helpers';

function live(html: string, url = PRODUCT.url) {
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  return { doc: dom.window.document, win: dom.window as unknown as Window };
}

describe('DOM snapshot of the live page', () => {
  it('annotates the copy, not the page, and leaves out what is ours or runs', () => {
    const { doc, win } = live(`<!DOCTYPE html><html><head><style>h1{color:red}</style></head><body>
      <h1 data-shagym-current-src="https://evil.example/forged.png">Товар</h1>
      <img src="https://resources.cdn-kaspi.kz/img/a.jpg" data-shagym-current-src="https://evil.example/x.png">
      <input type="search" value=""><input type="password" value="p"><input type="checkbox">
      <select><option>один</option><option>два</option></select>
      <shagym-css>forged</shagym-css>
      <script>var x = 1</script><shagym-launcher></shagym-launcher><shagym-panel></shagym-panel>
    </body></html>`);
    (doc.querySelector('input[type=search]') as HTMLInputElement).value = 'набранное';
    (doc.querySelector('input[type=password]') as HTMLInputElement).value = 'secret';
    (doc.querySelector('input[type=checkbox]') as HTMLInputElement).checked = true;
    (doc.querySelector('select') as HTMLSelectElement).selectedIndex = 1;
    const before = doc.documentElement.outerHTML;
    const snap = snapshotDom(doc, win, 1_700_000_000_000);
    expect(doc.documentElement.outerHTML).toBe(before); // the page is not touched
    expect(snap).toMatchObject({ url: PRODUCT.url, capturedAt: 1_700_000_000_000, sheets: [{ href: null }] });
    expect(snap.sheets[0]!.css).toContain('color: red');
    const copy = parse(snap.html);
    expect(copy.querySelector('h1')!.hasAttribute('data-shagym-current-src')).toBe(false);
    // jsdom has no currentSrc: no annotation, the builder falls back to src.
    expect(copy.querySelector('img')!.getAttribute('data-shagym-current-src')).toBeNull();
    expect(copy.querySelector('input[type=search]')!.getAttribute('data-shagym-value')).toBe('набранное');
    expect(copy.querySelector('input[type=password]')!.hasAttribute('data-shagym-value')).toBe(false);
    expect(snap.html).not.toContain('secret');
    expect(copy.querySelector('input[type=checkbox]')!.getAttribute('data-shagym-checked')).toBe('true');
    expect(copy.querySelector('select')!.getAttribute('data-shagym-value')).toBe('два');
    expect(copy.querySelectorAll('script, shagym-launcher, shagym-panel, style')).toHaveLength(0);
    expect(
      Array.from(copy.querySelectorAll('shagym-css')).map((e) => [
        e.textContent,
        e.getAttribute('data-shagym-sheet'),
      ]),
    ).toEqual([['h1{color:red}', '0']]);
  });

  it('feeds the builder: the real product page, snapshot then capture', async () => {
    const { doc, win } = live(fixtureHtml());
    const snap = snapshotDom(doc, win);
    const result = await buildPageCapture(
      parse(snap.html),
      { url: snap.url, sheets: snap.sheets },
      cdnLoader(fixtureFetch(), true),
      (facts) => captureHeaderHtml(headerInput(), facts),
    );
    const out = parse(result.html, 'https://example.invalid/');
    expect(out.querySelector('h1.item__heading')!.textContent!.trim()).toBe('Комплект ALPIKA черный, серый');
    expect(out.querySelector('img.item__slider-pic')!.getAttribute('src')).toMatch(
      /^data:image\/jpeg;base64,/,
    );
    expect(result.resources.some((r) => r.kind === 'font')).toBe(true);
  });
});
