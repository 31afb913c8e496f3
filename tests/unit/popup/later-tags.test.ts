// @vitest-environment jsdom
/**
 * popup.html's style sheets and app scripts wait in an inert template (build/popup-later-tags.ts) for
 * the first screen's script, which adds them back (utils/popup-shell/later.ts). Golden data: the
 * popup.html Vite builds today.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inlineStyles, isPopupPage, moveLaterTags } from '../../../build/popup-later-tags';
import {
  LATER_TEMPLATE_ID,
  afterFirstContentfulPaint,
  afterNextPaint,
  holdRendering,
  laterTags,
  within,
} from '@/utils/popup-shell/later';

/** popup.html as Vite writes it (WXT 0.20, Vite 7), before the step. */
const BUILT = `<!DOCTYPE html>
<html lang="ru">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Shagym</title>
    <!-- First, before the styles: checks and shows the remembered first screen (utils/popup-shell). -->
    <script src="/popup-shell.js"></script>
    <meta name="manifest.default_title" content="__MSG_actionTitle__">
    <script type="module" crossorigin src="/chunks/popup-Dl0lXxhT.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/_virtual_wxt-html-plugins-DPbbfBKe.js">
    <link rel="modulepreload" crossorigin href="/chunks/theme-pcq68bKa.js">
    <link rel="stylesheet" crossorigin href="/assets/theme-CRTpzB0I.css">
    <link rel="stylesheet" crossorigin href="/assets/popup-Cn-ILYuF.css">
  </head>
  <body data-title-key="popup.title">
    <div id="shell"></div>
    <div id="root"></div>
  </body>
</html>`;

const MOVED = `<!DOCTYPE html>
<html lang="ru">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Shagym</title>
    <!-- First, before the styles: checks and shows the remembered first screen (utils/popup-shell). -->
    <template id="shagym-later">
      <script type="module" crossorigin src="/chunks/popup-Dl0lXxhT.js"></script>
      <link rel="modulepreload" crossorigin href="/chunks/_virtual_wxt-html-plugins-DPbbfBKe.js">
      <link rel="modulepreload" crossorigin href="/chunks/theme-pcq68bKa.js">
      <link rel="stylesheet" crossorigin href="/assets/theme-CRTpzB0I.css">
      <link rel="stylesheet" crossorigin href="/assets/popup-Cn-ILYuF.css">
    </template>
    <script src="/popup-shell.js"></script>
    <meta name="manifest.default_title" content="__MSG_actionTitle__">
  </head>
  <body data-title-key="popup.title">
    <div id="shell"></div>
    <div id="root"></div>
  </body>
</html>`;

/** The built files' CSS, as the bundle hands it to the build step. */
const CSS: Record<string, string> = {
  '/assets/theme-CRTpzB0I.css': ':root{--c-accent: #b3261e}body{margin:0}\n',
  '/assets/popup-Cn-ILYuF.css': 'body{width:380px}.top{position:sticky}',
};
const cssOf = (href: string) => CSS[href];

/** MOVED, its style sheets carried in the template. */
const CARRIED = MOVED.replace(
  '<link rel="stylesheet" crossorigin href="/assets/theme-CRTpzB0I.css">',
  '<style data-href="/assets/theme-CRTpzB0I.css">:root{--c-accent: #b3261e}body{margin:0}</style>',
).replace(
  '<link rel="stylesheet" crossorigin href="/assets/popup-Cn-ILYuF.css">',
  '<style data-href="/assets/popup-Cn-ILYuF.css">body{width:380px}.top{position:sticky}</style>',
);

describe('the build step (build/popup-later-tags.ts)', () => {
  it("moves Vite's tags, unchanged, into a template just before the shell's script", () => {
    expect(moveLaterTags(BUILT)).toBe(MOVED);
  });

  it("carries the style sheets' CSS in the template, in their order", () => {
    expect(CARRIED).not.toBe(MOVED);
    expect(moveLaterTags(BUILT, cssOf)).toBe(CARRIED);
    expect(inlineStyles('<link rel="modulepreload" crossorigin href="/chunks/a.js">', cssOf)).toBe(
      '<link rel="modulepreload" crossorigin href="/chunks/a.js">',
    );
  });

  it('fails the build rather than carry a style sheet that would read differently in the page', () => {
    const link = '<link rel="stylesheet" crossorigin href="/assets/x.css">';
    const carry = (css: string | undefined) => () => inlineStyles(link, () => css);
    expect(carry(undefined)).toThrow(/no built style sheet for \/assets\/x.css/);
    expect(carry('a{background:url(./bg.png)}')).toThrow(/"url\("/);
    expect(carry("a{background:url( 'icons/a.svg')}")).toThrow(/url/);
    expect(carry('@import "other.css";')).toThrow(/@import/);
    expect(carry('a::after{content:"</STYLE>"}')).toThrow(/<\/STYLE/);
    for (const fine of [
      'a{background:url(/assets/bg.png)}',
      "a{mask:url('data:image/svg+xml,x')}",
      'a{fill:url(#g)}',
    ])
      expect(carry(fine)()).toBe(`<style data-href="/assets/x.css">${fine}</style>`);
  });

  it('fails the build rather than ship a popup without its app', () => {
    const noModule = BUILT.replace(/ *<script type="module"[^\n]*\n/, '');
    expect(() => moveLaterTags(noModule)).toThrow(/expected 1 module script/);
    expect(() => moveLaterTags(MOVED)).toThrow(/already there/);
    const noShell = BUILT.replace(/ *<script src="\/popup-shell.js"><\/script>\n/, '');
    expect(() => moveLaterTags(noShell)).toThrow(/no classic script/);
  });

  it('applies to the popup only', () => {
    expect(isPopupPage('/entrypoints/popup/index.html')).toBe(true);
    expect(isPopupPage('popup.html')).toBe(true);
    expect(isPopupPage('/entrypoints/case/index.html')).toBe(false);
    expect(isPopupPage('/entrypoints/popup-other/index.html')).toBe(false);
  });
});

/** A document parsed from `html` at the extension's popup URL. */
function page(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html';
  doc.head.prepend(base);
  return doc;
}
const added = (doc: Document) =>
  Array.from(doc.head.children)
    .filter((e) => e.localName !== 'template' && e.localName !== 'base' && e.localName !== 'meta')
    .filter((e) => !(e.localName === 'script' && !e.getAttribute('type')) && e.localName !== 'title')
    .map(
      (e) =>
        `${e.localName} ${e.getAttribute('rel') ?? e.getAttribute('type')} ${e.getAttribute('href') ?? e.getAttribute('src')}`,
    );

describe('the shell adds them back (utils/popup-shell/later.ts)', () => {
  it('the style sheets first, then the preloads and the module script; each once', () => {
    const doc = page(MOVED);
    expect(doc.getElementById(LATER_TEMPLATE_ID)).not.toBeNull();
    expect(added(doc)).toEqual([]);
    const later = laterTags(doc);
    later.addStyles();
    later.addStyles();
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    expect(added(doc)).toEqual([
      `link stylesheet ${origin}/assets/theme-CRTpzB0I.css`,
      `link stylesheet ${origin}/assets/popup-Cn-ILYuF.css`,
    ]);
    later.addScripts();
    later.addScripts();
    expect(added(doc)).toEqual([
      `link stylesheet ${origin}/assets/theme-CRTpzB0I.css`,
      `link stylesheet ${origin}/assets/popup-Cn-ILYuF.css`,
      `link modulepreload ${origin}/chunks/_virtual_wxt-html-plugins-DPbbfBKe.js`,
      `link modulepreload ${origin}/chunks/theme-pcq68bKa.js`,
      `script module ${origin}/chunks/popup-Dl0lXxhT.js`,
    ]);
    expect(doc.head.querySelector('script[type="module"]')!.hasAttribute('crossorigin')).toBe(true);
  });

  it('adds nothing from elsewhere, and nothing without the template (the dev server)', () => {
    const doc = page(
      MOVED.replace('/assets/theme-CRTpzB0I.css', 'https://evil.example/x.css').replace(
        '/chunks/popup-Dl0lXxhT.js',
        '//evil.example/app.js',
      ),
    );
    const later = laterTags(doc);
    later.addStyles();
    later.addScripts();
    const urls = added(doc).join('\n');
    expect(urls).not.toContain('evil.example');
    expect(urls).toContain('popup-Cn-ILYuF.css');
    const plain = page(BUILT);
    const none = laterTags(plain);
    const before = plain.head.children.length;
    none.addStyles();
    none.addScripts();
    expect(plain.head.children.length).toBe(before);
  });
});

describe('the style sheets carried in the page (utils/popup-shell/later.ts)', () => {
  /** A constructable style sheet that keeps its text. */
  class FakeSheet {
    text = '';
    replaceSync(text: string) {
      this.text = text;
    }
  }
  const links = (doc: Document) =>
    Array.from(doc.head.querySelectorAll('link[rel="stylesheet"]')).map(
      (l) => `${l.getAttribute('href')}${(l as HTMLLinkElement).disabled ? ' disabled' : ''}`,
    );

  it('adopts them in their order, once, and marks them for the app as linked without loading them', () => {
    const doc = page(CARRIED);
    Object.defineProperty(doc, 'defaultView', { value: { CSSStyleSheet: FakeSheet } });
    Object.defineProperty(doc, 'adoptedStyleSheets', { value: [], writable: true });
    const later = laterTags(doc);
    later.addStyles();
    later.addStyles();
    expect((doc.adoptedStyleSheets as unknown as FakeSheet[]).map((s) => s.text)).toEqual([
      ':root{--c-accent: #b3261e}body{margin:0}',
      'body{width:380px}.top{position:sticky}',
    ]);
    // Vite's preload helper skips a style sheet the page links: these links are disabled, loading nothing.
    expect(links(doc)).toEqual([
      '/assets/theme-CRTpzB0I.css disabled',
      '/assets/popup-Cn-ILYuF.css disabled',
    ]);
  });

  it('links their files where style sheets cannot be constructed; never a file from elsewhere', () => {
    const doc = page(CARRIED.replace('/assets/popup-Cn-ILYuF.css', 'https://evil.example/x.css'));
    expect(doc.defaultView).toBeNull(); // a parsed document: no CSSStyleSheet to construct
    laterTags(doc).addStyles();
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    expect(links(doc)).toEqual([`${origin}/assets/theme-CRTpzB0I.css`]);
  });
});

describe('waiting for the first screen to be on screen (utils/popup-shell/later.ts)', () => {
  /** A PerformanceObserver that reports what `emit` is given, as Chromium and Firefox report paints. */
  function fakeObserver(supported: string[]) {
    const made: { callback: PerformanceObserverCallback; options?: PerformanceObserverInit; off: boolean }[] =
      [];
    class Fake {
      static supportedEntryTypes = supported;
      entry: (typeof made)[number];
      constructor(callback: PerformanceObserverCallback) {
        this.entry = { callback, off: false };
        made.push(this.entry);
      }
      observe(options: PerformanceObserverInit) {
        this.entry.options = options;
      }
      disconnect() {
        this.entry.off = true;
      }
    }
    const emit = (name: string) => {
      for (const m of made.filter((m) => !m.off)) {
        const list = { getEntriesByName: (n: string) => (n === name ? [{ name }] : []) };
        m.callback(list as unknown as PerformanceObserverEntryList, m as unknown as PerformanceObserver);
      }
    };
    return { Fake, made, emit };
  }

  async function settled(p: Promise<void>): Promise<boolean> {
    let done = false;
    void p.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  }

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('resolves on the first contentful paint, not on a paint without content, and stops observing', async () => {
    const { Fake, made, emit } = fakeObserver(['paint', 'mark']);
    vi.stubGlobal('PerformanceObserver', Fake);
    const waiting = afterFirstContentfulPaint(250);
    expect(made[0]!.options).toEqual({ type: 'paint', buffered: true });
    emit('first-paint');
    expect(await settled(waiting)).toBe(false);
    emit('first-contentful-paint');
    expect(await settled(waiting)).toBe(true);
    expect(made[0]!.off).toBe(true);
  });

  it('gives up after maxMs when no paint comes (a hidden page)', async () => {
    const { Fake, made } = fakeObserver(['paint']);
    vi.stubGlobal('PerformanceObserver', Fake);
    const waiting = afterFirstContentfulPaint(250);
    await vi.advanceTimersByTimeAsync(249);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
    expect(made[0]!.off).toBe(true);
  });

  it('without paint timing, waits for the next frame, or maxMs without frames', async () => {
    const { Fake, made } = fakeObserver(['mark']);
    vi.stubGlobal('PerformanceObserver', Fake);
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    const waiting = afterFirstContentfulPaint(250);
    expect(made).toHaveLength(0);
    expect(await settled(waiting)).toBe(false);
    frames[0]!(0);
    expect(await settled(waiting)).toBe(true);
    vi.stubGlobal('requestAnimationFrame', undefined);
    const noFrames = afterNextPaint(100);
    await vi.advanceTimersByTimeAsync(99);
    expect(await settled(noFrames)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(noFrames)).toBe(true);
  });
});

describe('the page is not rendered before the first screen (utils/popup-shell/later.ts)', () => {
  afterEach(() => vi.useRealTimers());

  it('holds the page unrendered until revealed, then leaves its own styles alone', () => {
    const doc = page(MOVED);
    doc.documentElement.style.setProperty('color', 'red');
    const reveal = holdRendering(doc);
    expect(doc.documentElement.style.getPropertyValue('display')).toBe('none');
    reveal();
    reveal();
    expect(doc.documentElement.style.getPropertyValue('display')).toBe('');
    expect(doc.documentElement.style.getPropertyValue('color')).toBe('red');
  });

  it('gives up waiting after maxMs, for a read that never settles or fails', async () => {
    vi.useFakeTimers();
    const never = new Promise<boolean>(() => undefined);
    const capped = within(never, 1_000, false);
    let value: boolean | undefined;
    void capped.then((v) => (value = v));
    await vi.advanceTimersByTimeAsync(999);
    expect(value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(value).toBe(false);
    await expect(within(Promise.resolve(true), 1_000, false)).resolves.toBe(true);
    await expect(within(Promise.reject(new Error('no database')), 1_000, false)).resolves.toBe(false);
  });
});
