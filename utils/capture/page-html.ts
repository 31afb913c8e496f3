/**
 * A page capture that opens like the page (issue 11, part 2), pure: from a DOM snapshot of a kaspi.kz
 * page (utils/capture/dom-snapshot.ts, taken by the injected capture script) to ONE self-contained,
 * script-free HTML file:
 *
 * - pictures, style sheets (and the pictures and fonts they use) inlined as data: URLs, each with its
 *   SHA-256 in the header; <picture>/srcset resolved to the picture the buyer saw (currentSrc);
 * - scripts, event-handler attributes, frames, objects, <base>, <meta http-equiv> (refresh), templates,
 *   media and comments removed; forms and their fields turned into inert text (a password never);
 * - links made absolute, and only https ones kept;
 * - a strict Content Security Policy first in <head> (CAPTURE_CSP): opened, the file runs nothing and
 *   loads nothing;
 * - a visible header on top (utils/capture/header.ts): URL, title, the time in UTC and Almaty, the
 *   extension's version, the inlined resources with their SHA-256, and what was left out and why.
 *
 * The document is parsed from the snapshot (DOMParser in the panel, jsdom in the tests: both inert, no
 * script runs and nothing loads) and changed in place. Fetching is the caller's `load` (utils/capture/
 * fetch-resources.ts); only Kaspi's CDN hosts are ever asked (utils/capture/hosts.ts).
 */
import { sha256Hex } from '../evidence/hash';
import { cssForStyleElement, cssImports, cssUrls, rewriteCss } from './css';
import { isCdnUrl } from './hosts';
import { CSS_TAG, MARK, MARK_PREFIX } from './marks';

/** The policy of every capture, first in its <head>. */
export const CAPTURE_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'";
/** One resource larger than this is left out (and listed as such in the header). */
export const MAX_RESOURCE_BYTES = 5 * 1024 * 1024;
/** All inlined resources together (before base64); past it, resources are left out. */
export const MAX_INLINED_BYTES = 24 * 1024 * 1024;
/** At most this many distinct resources are asked for. */
export const MAX_RESOURCES = 400;
/** Resources fetched at the same time. */
const CONCURRENCY = 6;
/** `@import` depth followed. */
const MAX_IMPORT_DEPTH = 3;

export type ResourceKind = 'image' | 'style' | 'font';
export type SkipReason =
  /** Not on Kaspi's CDN (or not https): never asked for. */
  | 'not-allowed'
  /** The buyer did not grant the access to Kaspi's CDN. */
  | 'no-permission'
  | 'too-big'
  /** The total of inlined resources would pass MAX_INLINED_BYTES. */
  | 'budget'
  | 'too-many'
  | 'failed'
  /** The answer is not what was asked for (not a picture, font or style sheet). */
  | 'wrong-type';

export type LoadResult = { ok: true; bytes: Uint8Array; mime: string } | { ok: false; reason: SkipReason };
/** Fetches one resource, at most `maxBytes` of it (more: `too-big`). */
export type Loader = (url: string, kind: ResourceKind, maxBytes: number) => Promise<LoadResult>;

export interface InlinedResource {
  url: string;
  kind: ResourceKind;
  mime: string;
  size: number;
  sha256: string;
}
export interface SkippedResource {
  url: string;
  kind: ResourceKind;
  reason: SkipReason;
}

/** What the capture script saw of each style sheet, in document order (`data-shagym-sheet` = index). */
export interface SheetSnapshot {
  /** The sheet's URL (a <link>), null for a <style>. */
  href: string | null;
  /** Its rules as the page's CSSOM had them, or null when the browser would not show them (cross-origin). */
  css: string | null;
}

export interface PageCaptureInput {
  /** The page's URL (links and relative URLs are resolved against it, or against its <base>). */
  url: string;
  sheets: readonly SheetSnapshot[];
}

export interface HeaderFacts {
  resources: readonly InlinedResource[];
  skipped: readonly SkippedResource[];
}

export interface PageCaptureResult {
  html: string;
  /** Every inlined resource, in the order the page uses them. */
  resources: InlinedResource[];
  /** Every resource left out, with the reason. */
  skipped: SkippedResource[];
}

/** The header's element (a name of our own; one the page brings is removed). */
export const HEADER_TAG = 'shagym-capture-header';

/** Removed with everything inside. */
const REMOVED = [
  'script',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'base',
  'template',
  'video',
  'audio',
  'track',
  'param',
  'datalist',
  'keygen',
  'dialog:not([open])',
  'noembed',
  'noframes',
  'meta[http-equiv]',
  'meta[charset]',
  'animate',
  'set',
  'animateMotion',
  'animateTransform',
  'discard',
  'shagym-launcher',
  'shagym-panel',
  HEADER_TAG,
].join(',');

/** Attributes removed wherever they are (besides on*). */
const DROPPED_ATTRIBUTES = new Set([
  'srcdoc',
  'formaction',
  'action',
  'ping',
  'nonce',
  'integrity',
  'autofocus',
  'contenteditable',
  'http-equiv',
  'manifest',
  'codebase',
  'archive',
  'background',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'profile',
  'poster',
  'data',
  'srcset',
  'sizes',
  'usemap',
  'src',
  'attributionsrc',
  'is',
]);
/** Attributes kept when a form control becomes text. */
const KEPT_ON_RENAME = /^(class|id|style|dir|lang|title|role|aria-[\w-]+)$/i;
const SAFE_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;
const SCRIPTY_VALUE = /^\s*(javascript|vbscript|livescript)\s*:|^\s*data\s*:\s*text\/html/i;

/** The page's base for relative URLs: its <base href> (resolved against the page URL) or the page URL. */
export function pageBase(doc: Document, pageUrl: string): string {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  if (base) {
    try {
      return new URL(base, pageUrl).href;
    } catch {
      /* the page URL */
    }
  }
  return pageUrl;
}

function absolute(raw: string | null, base: string): string | null {
  if (raw === null) return null;
  try {
    return new URL(raw.trim(), base).href;
  } catch {
    return null;
  }
}

/** The URL of the picture an <img> showed: the capture script's currentSrc, else src, else srcset's first. */
export function shownImageUrl(img: Element, base: string): string | null {
  const current = img.getAttribute(MARK.currentSrc);
  if (current) return absolute(current, base);
  const src = img.getAttribute('src');
  if (src && src.trim()) return absolute(src, base);
  const srcset = img.getAttribute('srcset');
  const first = srcset?.split(',')[0]?.trim().split(/\s+/)[0];
  return first ? absolute(first, base) : null;
}

/** Replaces `el` by a new `tag` element with its children and its harmless attributes. */
function rename(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const out = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) {
    if (KEPT_ON_RENAME.test(attr.name)) out.setAttribute(attr.name, attr.value);
  }
  while (el.firstChild) out.appendChild(el.firstChild);
  el.replaceWith(out);
  return out;
}

/** A form field as the text it showed (a password never; a check box as ☑/☐). */
function fieldText(el: Element): string | null {
  const tag = el.localName;
  const value = el.getAttribute(MARK.value);
  if (tag === 'textarea') return value ?? el.textContent ?? '';
  if (tag === 'select') {
    if (value !== null) return value;
    const options = Array.from(el.querySelectorAll('option'));
    const chosen = options.find((o) => o.hasAttribute('selected')) ?? options[0];
    return chosen?.textContent?.trim() ?? '';
  }
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'hidden' || type === 'file' || type === 'image') return null;
  if (type === 'password') return (value ?? el.getAttribute('value') ?? '') === '' ? '' : '••••••';
  if (type === 'checkbox' || type === 'radio') {
    const checked = el.getAttribute(MARK.checked) ?? (el.hasAttribute('checked') ? 'true' : 'false');
    return checked === 'true' ? '☑' : '☐';
  }
  const text = value ?? el.getAttribute('value') ?? '';
  return text || (el.getAttribute('placeholder') ?? '');
}

/** Forms become <div>s, fields and buttons inert text. */
function inertForms(doc: Document): void {
  for (const form of Array.from(doc.querySelectorAll('form'))) rename(form, 'div');
  for (const field of Array.from(doc.querySelectorAll('input, textarea, select'))) {
    const text = fieldText(field);
    if (text === null) {
      field.remove();
      continue;
    }
    const span = doc.createElement('span');
    for (const attr of Array.from(field.attributes)) {
      if (KEPT_ON_RENAME.test(attr.name)) span.setAttribute(attr.name, attr.value);
    }
    span.setAttribute('data-field', field.localName);
    span.textContent = text;
    field.replaceWith(span);
  }
  for (const button of Array.from(doc.querySelectorAll('button'))) rename(button, 'span');
}

/** A link's target, absolute and https only (else none). */
function safeHref(raw: string, base: string): string | null {
  const url = absolute(raw, base);
  return url && url.startsWith('https://') ? url : null;
}

/**
 * Removes what could run or load, makes links absolute https, turns forms into text. Pictures keep their
 * URL in `data-shagym-src` for the inlining step; style sheets and <style> stay for it.
 */
function neutralise(doc: Document, base: string): void {
  for (const el of Array.from(doc.querySelectorAll(REMOVED))) el.remove();
  for (const style of Array.from(doc.querySelectorAll('style'))) styleToPlaceholder(style);
  for (const xmp of Array.from(doc.querySelectorAll('xmp, plaintext, listing'))) rename(xmp, 'pre');
  for (const link of Array.from(doc.querySelectorAll('link'))) {
    if (!isStylesheetLink(link)) link.remove();
  }
  for (const meta of Array.from(doc.querySelectorAll('meta[name]'))) {
    if (meta.getAttribute('name')!.trim().toLowerCase() === 'referrer') meta.remove();
  }
  // Comments (no conditional comments, no hidden markup).
  const comments: Node[] = [];
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n);
  for (const c of comments) c.parentNode?.removeChild(c);
  // <picture>: the <img> shows what the browser chose (its currentSrc); the <source>s go.
  for (const source of Array.from(doc.querySelectorAll('picture > source'))) source.remove();
  for (const source of Array.from(doc.querySelectorAll('source'))) source.remove();
  inertForms(doc);
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const url = shownImageUrl(img, base);
    img.removeAttribute('loading');
    // A picture already in the page as a data: URL stays as it is (the policy allows data: pictures).
    if (url && /^data:image\/[a-z0-9.+-]+[;,]/i.test(url)) img.setAttribute('data-shagym-data', url);
    else if (url) img.setAttribute('data-shagym-src', url);
  }
  // SVG <image href>: a picture too.
  for (const image of Array.from(doc.querySelectorAll('image'))) {
    const raw = image.getAttribute('href') ?? image.getAttribute('xlink:href');
    const url = raw && !raw.startsWith('#') ? absolute(raw, base) : null;
    if (url) image.setAttribute('data-shagym-src', url);
    image.removeAttribute('href');
    image.removeAttribute('xlink:href');
  }
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const isLink = el.localName === 'a' || el.localName === 'area';
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const local = attr.localName.toLowerCase();
      if (name === 'data-shagym-src' || name === 'data-shagym-data') continue;
      if (
        !SAFE_NAME.test(attr.name) ||
        name.startsWith('on') ||
        DROPPED_ATTRIBUTES.has(local) ||
        SCRIPTY_VALUE.test(attr.value)
      ) {
        el.removeAttributeNode(attr);
        continue;
      }
      if (local === 'href') {
        if (el.localName === 'link') {
          const url = absolute(attr.value, base);
          if (url) attr.value = url;
          continue;
        }
        if (isLink) {
          const url = safeHref(attr.value, base);
          if (url) attr.value = url;
          else el.removeAttributeNode(attr);
          continue;
        }
        // SVG references inside the document (<use href="#icon">) stay; anything else goes.
        if (!attr.value.trim().startsWith('#')) el.removeAttributeNode(attr);
        continue;
      }
      if (name === 'target') el.removeAttributeNode(attr);
    }
    if (isLink && el.hasAttribute('href')) el.setAttribute('rel', 'noopener noreferrer');
  }
}

/** A <style> (HTML or SVG) as a <shagym-css> element with the same text, media and annotation. */
export function styleToPlaceholder(style: Element): Element {
  const doc = style.ownerDocument;
  const out = doc.createElement(CSS_TAG);
  for (const name of ['media', MARK.sheet]) {
    const value = style.getAttribute(name);
    if (value !== null) out.setAttribute(name, value);
  }
  if (style.namespaceURI === 'http://www.w3.org/2000/svg') out.setAttribute('data-svg', '');
  out.textContent = style.textContent;
  style.replaceWith(out);
  return out;
}

function isStylesheetLink(link: Element): boolean {
  const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('stylesheet') && !rel.includes('alternate') && link.hasAttribute('href');
}

function guessKind(url: string): ResourceKind {
  return /\.(woff2?|ttf|otf|eot)(?:[?#]|$)/i.test(url) ? 'font' : 'image';
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

const MIME_OK = /^[a-z]+\/[a-z0-9.+-]+$/;

/**
 * Fetches what the capture needs, each URL once, at most CONCURRENCY at a time, within the limits;
 * records each as inlined (with its SHA-256) or skipped (with the reason).
 */
class ResourceBag {
  private readonly results = new Map<string, Promise<void>>();
  private readonly inlined = new Map<string, InlinedResource & { data: string }>();
  private readonly skipped = new Map<string, SkippedResource>();
  private readonly text = new Map<string, string>();
  private used = 0;
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly load: Loader) {}

  /** Starts fetching (once per URL); resolves when it is done either way. */
  fetch(url: string, kind: ResourceKind): Promise<void> {
    const known = this.results.get(url);
    if (known) return known;
    const done = this.fetchOnce(url, kind);
    this.results.set(url, done);
    return done;
  }

  private async fetchOnce(url: string, kind: ResourceKind): Promise<void> {
    if (!isCdnUrl(url)) return this.skip(url, kind, 'not-allowed');
    if (this.results.size > MAX_RESOURCES) return this.skip(url, kind, 'too-many');
    await this.slot();
    try {
      const remaining = MAX_INLINED_BYTES - this.used;
      if (remaining <= 0) return this.skip(url, kind, 'budget');
      const max = Math.min(MAX_RESOURCE_BYTES, remaining);
      let result: LoadResult;
      try {
        result = await this.load(url, kind, max);
      } catch {
        result = { ok: false, reason: 'failed' };
      }
      if (!result.ok) return this.skip(url, kind, result.reason);
      const size = result.bytes.byteLength;
      if (size > MAX_RESOURCE_BYTES) return this.skip(url, kind, 'too-big');
      if (this.used + size > MAX_INLINED_BYTES) return this.skip(url, kind, 'budget');
      const mime = result.mime.toLowerCase();
      if (!MIME_OK.test(mime)) return this.skip(url, kind, 'wrong-type');
      if (kind === 'style' && mime !== 'text/css') return this.skip(url, kind, 'wrong-type');
      if (kind === 'image' && !mime.startsWith('image/')) return this.skip(url, kind, 'wrong-type');
      if (
        kind === 'font' &&
        !/^(font\/|application\/(font-|x-font-|vnd\.ms-fontobject|octet-stream))/.test(mime)
      )
        return this.skip(url, kind, 'wrong-type');
      this.used += size;
      const sha256 = await sha256Hex(result.bytes);
      if (kind === 'style') this.text.set(url, new TextDecoder().decode(result.bytes));
      this.inlined.set(url, {
        url,
        kind,
        mime,
        size,
        sha256,
        data: kind === 'style' ? '' : `data:${mime};base64,${base64(result.bytes)}`,
      });
    } finally {
      this.release();
    }
  }

  private skip(url: string, kind: ResourceKind, reason: SkipReason): void {
    this.skipped.set(url, { url, kind, reason });
  }

  private slot(): Promise<void> {
    if (this.running < CONCURRENCY) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.running--;
  }

  dataUrl(url: string): string | null {
    const r = this.inlined.get(url);
    return r && r.kind !== 'style' ? r.data : null;
  }

  styleText(url: string): string | null {
    return this.text.get(url) ?? null;
  }

  /** Inlined and skipped resources, in the order given (the page's order). */
  report(
    order: readonly string[],
  ): HeaderFacts & { resources: InlinedResource[]; skipped: SkippedResource[] } {
    const resources: InlinedResource[] = [];
    const skipped: SkippedResource[] = [];
    for (const url of new Set(order)) {
      const r = this.inlined.get(url);
      if (r) resources.push({ url: r.url, kind: r.kind, mime: r.mime, size: r.size, sha256: r.sha256 });
      const s = this.skipped.get(url);
      if (s) skipped.push(s);
    }
    return { resources, skipped };
  }
}

/** One style sheet of the page, in its place: its text (with its base for url()s), or null to drop it. */
interface SheetSlot {
  el: Element;
  base: string;
  css: string | null;
  /** The sheet's own URL, when its text was fetched (listed among the resources). */
  fetched: string | null;
}

/**
 * Builds the capture. `doc` is the parsed snapshot (changed in place); `header` renders the visible header
 * (utils/capture/header.ts) from what was inlined and left out.
 */
export async function buildPageCapture(
  doc: Document,
  input: PageCaptureInput,
  load: Loader,
  header: (facts: HeaderFacts) => string,
): Promise<PageCaptureResult> {
  const base = pageBase(doc, input.url);
  neutralise(doc, base);
  const bag = new ResourceBag(load);
  const order: string[] = [];

  // 1. Style sheets: the CSSOM's text where the capture script could read it, else fetched.
  const slots: SheetSlot[] = [];
  for (const el of Array.from(doc.querySelectorAll(`link, ${CSS_TAG}`))) {
    const index = Number(el.getAttribute(MARK.sheet) ?? NaN);
    const seen = Number.isInteger(index) ? input.sheets[index] : undefined;
    if (el.localName === CSS_TAG) {
      slots.push({ el, base: seen?.href ?? base, css: seen?.css ?? el.textContent ?? '', fetched: null });
      continue;
    }
    const href = seen?.href ?? el.getAttribute('href');
    const url = absolute(href, base);
    if (seen?.css != null) slots.push({ el, base: url ?? base, css: seen.css, fetched: null });
    else slots.push({ el, base: url ?? base, css: null, fetched: url });
  }
  await Promise.all(slots.map((s) => (s.fetched ? bag.fetch(s.fetched, 'style') : undefined)));
  // @import, a few levels deep.
  const importedText = new Map<string, string>();
  let pending = slots.flatMap((s) => {
    const css = s.fetched ? bag.styleText(s.fetched) : s.css;
    return css ? cssImports(css, s.fetched ?? s.base).map((i) => i.url) : [];
  });
  for (let depth = 0; depth < MAX_IMPORT_DEPTH && pending.length; depth++) {
    await Promise.all(pending.map((u) => bag.fetch(u, 'style')));
    const next: string[] = [];
    for (const u of pending) {
      const css = bag.styleText(u);
      if (css === null || importedText.has(u)) continue;
      importedText.set(u, css);
      next.push(...cssImports(css, u).map((i) => i.url));
    }
    pending = next.filter((u) => !importedText.has(u));
  }
  for (const s of slots) {
    if (s.fetched) {
      order.push(s.fetched);
      s.css = bag.styleText(s.fetched);
    }
  }
  order.push(...importedText.keys());

  // 2. Pictures and fonts: <img>, SVG <image>, style attributes, style sheets.
  const wanted: { url: string; kind: ResourceKind }[] = [];
  for (const el of Array.from(doc.querySelectorAll('[data-shagym-src]'))) {
    wanted.push({ url: el.getAttribute('data-shagym-src')!, kind: 'image' });
  }
  for (const el of Array.from(doc.querySelectorAll('[style]'))) {
    for (const url of cssUrls(el.getAttribute('style') ?? '', base))
      wanted.push({ url, kind: guessKind(url) });
  }
  for (const s of slots) {
    if (s.css) for (const url of cssUrls(s.css, s.base)) wanted.push({ url, kind: guessKind(url) });
  }
  for (const [u, css] of importedText)
    for (const url of cssUrls(css, u)) wanted.push({ url, kind: guessKind(url) });
  await Promise.all(wanted.map((w) => bag.fetch(w.url, w.kind)));
  order.push(...wanted.map((w) => w.url));

  // 3. Put them in.
  const inline = (url: string) => bag.dataUrl(url);
  const rewriteImported = (url: string, seen: Set<string>): string | null => {
    const css = importedText.get(url);
    if (css === undefined || seen.has(url)) return null;
    const inner = new Set(seen).add(url);
    return rewriteCss(css, url, inline, (u) => rewriteImported(u, inner));
  };
  for (const el of Array.from(doc.querySelectorAll('img[data-shagym-data]'))) {
    el.setAttribute('src', el.getAttribute('data-shagym-data')!);
  }
  for (const el of Array.from(doc.querySelectorAll('[data-shagym-src]'))) {
    const data = bag.dataUrl(el.getAttribute('data-shagym-src')!);
    if (data) el.setAttribute(el.localName === 'img' ? 'src' : 'href', data);
    else el.setAttribute('data-shagym-missing', '');
  }
  for (const el of Array.from(doc.querySelectorAll('[style]'))) {
    el.setAttribute('style', rewriteCss(el.getAttribute('style') ?? '', base, inline));
  }
  const sheets: { css: string; media: string | null; svg: boolean }[] = [];
  for (const s of slots) {
    if (s.css === null) {
      s.el.remove();
      continue;
    }
    const css = rewriteCss(s.css, s.fetched ?? s.base, inline, (u) => rewriteImported(u, new Set()));
    const media = s.el.getAttribute('media');
    const placeholder = doc.createElement(CSS_TAG);
    placeholder.setAttribute('data-i', String(sheets.length));
    sheets.push({
      css,
      media: media && /^[\w\s,():.-]+$/.test(media) ? media : null,
      svg: s.el.hasAttribute('data-svg'),
    });
    s.el.replaceWith(placeholder);
  }
  // No annotation of ours (or one the page forged) is left.
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.toLowerCase().startsWith(MARK_PREFIX) && attr.name !== 'data-shagym-missing')
        el.removeAttributeNode(attr);
    }
  }

  const { resources, skipped } = bag.report(order);
  return { html: serialise(doc, header({ resources, skipped }), sheets), resources, skipped };
}

function attributes(el: Element | null): string {
  if (!el) return '';
  return Array.from(el.attributes)
    .filter((a) => SAFE_NAME.test(a.name))
    .map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`)
    .join('');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The file: doctype, charset and CSP first, the page's <head>, then the header and the page's <body>.
 * The header is our own markup (every value escaped); the page's parts are the DOM's own serialisation.
 */
function serialise(
  doc: Document,
  headerHtml: string,
  sheets: readonly { css: string; media: string | null; svg: boolean }[],
): string {
  // Our placeholders only: a page's text or attribute cannot spell one (`<` in text and `"` in
  // attributes are escaped by the serialiser; raw-text elements were removed or renamed).
  const style = (html: string) =>
    html.replace(new RegExp(`<${CSS_TAG} data-i="(\\d+)"></${CSS_TAG}>`, 'g'), (_whole, i: string) => {
      const sheet = sheets[Number(i)];
      if (!sheet) return '';
      const media = sheet.media ? ` media="${escapeAttribute(sheet.media)}"` : '';
      // In SVG, <style> content is parsed as markup: escaped as text there (the parser decodes it back).
      const css = sheet.svg ? escapeText(sheet.css) : cssForStyleElement(sheet.css);
      return `<style${media}>${css}</style>`;
    });
  const head = style(doc.head?.innerHTML ?? '');
  const body = style(doc.body?.innerHTML ?? '');
  return [
    '<!DOCTYPE html>\n',
    `<html${attributes(doc.documentElement)}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(CAPTURE_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    head,
    '</head>',
    `<body${attributes(doc.body)}>`,
    headerHtml,
    body,
    '</body></html>\n',
  ].join('');
}
