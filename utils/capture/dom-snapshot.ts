/**
 * What the page capture script (entrypoints/page-capture.content.ts, injected by the background only when
 * a capture starts) takes from the live kaspi.kz page: its DOM as HTML, with what only the live page knows
 * written on the copy as `data-shagym-*` annotations (utils/capture/page-html.ts reads and removes them):
 *
 * - the picture each <img> shows (`currentSrc`: the <picture> source or srcset candidate the browser chose);
 * - what the buyer typed or chose in fields (never a password);
 * - each style sheet's rules from the page's CSSOM (rules added by script included), or, for a
 *   cross-origin sheet the browser does not show to the page, its URL (fetched later from Kaspi's CDN).
 *
 * Zod-free and small: it runs in the page's content-script world. The copy is made in an inert document
 * (nothing in it loads or runs); Shagym's own elements are left out; annotations the page itself wrote
 * are removed first, so a page cannot forge them.
 */
import { CSS_TAG, MARK, MARK_PREFIX } from './marks';

export interface DomSnapshot {
  url: string;
  title: string;
  html: string;
  capturedAt: number;
  viewport: { width: number; height: number };
  pageSize: { width: number; height: number };
  devicePixelRatio: number;
  sheets: { href: string | null; css: string | null }[];
}

const OWN = 'shagym-launcher, shagym-panel';

function clampInt(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(Number.isFinite(n) ? n : min)));
}

function sheetText(sheet: CSSStyleSheet): string | null {
  try {
    const rules = sheet.cssRules;
    let out = '';
    for (let i = 0; i < rules.length; i++) out += `${rules[i]!.cssText}\n`;
    return out;
  } catch {
    return null; // cross-origin: the capture fetches it from its URL
  }
}

/** The page as it is now, for the capture (nothing on the page is changed). */
export function snapshotDom(doc: Document, win: Window, now: number = Date.now()): DomSnapshot {
  const inert = doc.implementation.createHTMLDocument('');
  const root = inert.importNode(doc.documentElement, true) as Element;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const name of el.getAttributeNames()) if (name.startsWith(MARK_PREFIX)) el.removeAttribute(name);
  }
  // The copy and the page list their elements in the same order.
  const pair = (selector: string) => {
    const live = Array.from(doc.documentElement.querySelectorAll(selector));
    const copy = Array.from(root.querySelectorAll(selector));
    return live.length === copy.length ? live.map((el, i) => [el, copy[i]!] as const) : [];
  };
  for (const [live, copy] of pair('img')) {
    const current = (live as HTMLImageElement).currentSrc;
    if (current) copy.setAttribute(MARK.currentSrc, current);
  }
  for (const [live, copy] of pair('input, textarea, select')) {
    if (live.localName === 'select') {
      const select = live as HTMLSelectElement;
      copy.setAttribute(MARK.value, select.options[select.selectedIndex]?.textContent?.trim() ?? '');
      continue;
    }
    const field = live as HTMLInputElement;
    const type = live.localName === 'input' ? field.type : 'textarea';
    if (type === 'checkbox' || type === 'radio') copy.setAttribute(MARK.checked, String(field.checked));
    else if (type !== 'password') copy.setAttribute(MARK.value, String(field.value ?? '').slice(0, 10_000));
  }
  const owners = pair('link, style');
  // Where a sheet does not name its element (jsdom), sheets follow their elements in document order.
  const sheetOwners = owners.filter(
    ([live]) => live.localName === 'style' || /\bstylesheet\b/i.test(live.getAttribute('rel') ?? ''),
  );
  const sheets: DomSnapshot['sheets'] = [];
  Array.from(doc.styleSheets).forEach((sheet, i) => {
    const owner = sheet.ownerNode ? owners.find(([live]) => live === sheet.ownerNode) : sheetOwners[i];
    if (!owner) return;
    owner[1].setAttribute(MARK.sheet, String(sheets.length));
    sheets.push({ href: sheet.href ?? null, css: sheetText(sheet) });
  });
  for (const own of Array.from(root.querySelectorAll(OWN))) own.remove();
  // <style> elements travel as <shagym-css> (see CSS_TAG in page-html.ts): the panel parses the snapshot
  // under its own strict policy, which would report every <style>. Ones the page wrote itself go first.
  for (const forged of Array.from(root.querySelectorAll(CSS_TAG))) forged.remove();
  for (const style of Array.from(root.querySelectorAll('style'))) {
    const out = inert.createElement(CSS_TAG);
    for (const name of ['media', MARK.sheet]) {
      const value = style.getAttribute(name);
      if (value !== null) out.setAttribute(name, value);
    }
    if (style.namespaceURI === 'http://www.w3.org/2000/svg') out.setAttribute('data-svg', '');
    out.textContent = style.textContent;
    style.replaceWith(out);
  }
  // Scripts never reach the capture: not sent at all.
  for (const script of Array.from(root.querySelectorAll('script'))) script.remove();
  // The page's full size: the largest the document, its scrolling element or its body report.
  const boxes = [doc.scrollingElement, doc.documentElement, doc.body].filter((b): b is Element => !!b);
  const full = (side: 'scrollWidth' | 'scrollHeight') => Math.max(...boxes.map((b) => b[side]));
  return {
    url: win.location.href,
    title: doc.title.slice(0, 2000),
    html: `<!DOCTYPE html>\n${root.outerHTML}`,
    capturedAt: now,
    viewport: { width: clampInt(win.innerWidth, 1, 20_000), height: clampInt(win.innerHeight, 1, 20_000) },
    pageSize: {
      width: clampInt(full('scrollWidth'), 1, 100_000),
      height: clampInt(full('scrollHeight'), 1, 1_000_000),
    },
    devicePixelRatio: Math.min(10, Math.max(0.1, win.devicePixelRatio || 1)),
    sheets,
  };
}
