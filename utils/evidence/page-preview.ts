/**
 * What the sandboxed preview of a page capture (text/html evidence) shows (issue 11). The stored file is
 * never changed: this makes a copy for the frame. The frame is `sandbox=""` (no script runs, no form is
 * sent, no window opens) and inherits the extension pages' CSP (build/csp.ts), which loads nothing from
 * the network, no `data:` and no inline <style>. So, in the copy:
 * - scripts, frames, objects, <base>, <meta http-equiv> and every `on…` attribute are taken out, and
 *   `javascript:` links made inert (the sandbox refuses them anyway: this keeps the console quiet and
 *   is a second lock);
 * - style sheets (<style>, <link>) are taken out — the CSP would refuse them; style attributes stay;
 * - pictures inlined as `data:` (what a page capture holds) are given as `blob:` URLs of their bytes,
 *   which the CSP allows; pictures from anywhere else are dropped (nothing is fetched).
 * Parsing is the caller's (DOMParser in a page). Chromium's DOMParser still tries an `onerror` of an
 * image it cannot show (the CSP refuses it, and reports it): so, before parsing, every `on…` and
 * picture `src` attribute inside a tag is renamed (`neutralize`), and the copy is built from those.
 */

export interface PagePreview {
  /** The HTML for the frame's `srcdoc`. */
  html: string;
  /** blob: URLs made for inlined pictures: revoke them when the preview closes. */
  urls: string[];
  /** Style sheets left out (the file itself keeps them). */
  stylesRemoved: number;
}

const DROP =
  'script, noscript, iframe, frame, frameset, object, embed, applet, base, meta[http-equiv], link, style, shagym-link, shagym-style, template, portal';
const DATA_IMAGE = /^data:(image\/(?:png|jpeg|gif|webp|avif|bmp));base64,([a-z0-9+/=\s]+)$/i;

function base64Bytes(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replace(/\s+/g, ''));
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

const RENAMED = 'data-shagym-';
/** Inside each tag, `on…=`, `src=`, `srcset=` and `poster=` become `data-shagym-…=`: nothing to fire or load while parsing. */
export function neutralize(html: string): string {
  return (
    html
      // Style sheets are refused by the CSP even in a parsed document (and reported): renamed, then dropped.
      .replace(/<(\/?)style(?=[\s>/])/gi, (_m, slash: string) => `<${slash}shagym-style`)
      // <link> is void: closed at once, so that it holds nothing of what follows.
      .replace(/<link(?=[\s>/])([^>]*?)\/?>/gi, (_m, attrs: string) => `<shagym-link${attrs}></shagym-link>`)
      .replace(/<[a-z][^>]*>/gi, (tag) =>
        tag.replace(
          /(\s)(on[a-z]+|src|srcset|poster)(\s*=)/gi,
          (_m, space: string, name: string, eq: string) => `${space}${RENAMED}${name.toLowerCase()}${eq}`,
        ),
      )
  );
}

export function pagePreview(
  html: string,
  parse: (html: string) => Document,
  toUrl: (blob: Blob) => string,
): PagePreview {
  const doc = parse(neutralize(html));
  let stylesRemoved = 0;
  for (const el of Array.from(doc.querySelectorAll(DROP))) {
    if (
      /^(shagym-)?style$/.test(el.localName) ||
      (/^(shagym-)?link$/.test(el.localName) && /stylesheet/i.test(el.getAttribute('rel') ?? ''))
    )
      stylesRemoved++;
    el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(el.attributes)) {
      const lower = name.toLowerCase();
      if (
        lower.startsWith('on') ||
        lower.startsWith(`${RENAMED}on`) ||
        lower === `${RENAMED}srcset` ||
        lower === 'srcset' ||
        lower === 'formaction' ||
        lower === 'action' ||
        lower === 'ping'
      )
        el.removeAttribute(name);
      else if (
        (lower === 'href' || lower === 'action' || lower === 'xlink:href') &&
        /^\s*javascript:/i.test(value)
      )
        el.setAttribute(name, '#');
      // An SVG picture or `use` pointing outside the document is a load: dropped.
      else if (
        (lower === 'href' || lower === 'xlink:href') &&
        /^(image|use|feimage)$/i.test(el.localName) &&
        !value.trim().startsWith('#')
      )
        el.removeAttribute(name);
    }
  }
  const urls: string[] = [];
  for (const img of Array.from(
    doc.querySelectorAll(`[${RENAMED}src], [${RENAMED}poster], [src], [poster]`),
  )) {
    const attr = img.hasAttribute(`${RENAMED}poster`) || img.hasAttribute('poster') ? 'poster' : 'src';
    const src = img.getAttribute(`${RENAMED}${attr}`) ?? img.getAttribute(attr);
    img.removeAttribute(`${RENAMED}${attr}`);
    img.removeAttribute(attr);
    if (src === null || !/^(img|source|input|video)$/.test(img.localName)) continue;
    const m = DATA_IMAGE.exec(src.trim());
    const bytes = m ? base64Bytes(m[2]!) : null;
    if (m && bytes) {
      const url = toUrl(new Blob([bytes as BlobPart], { type: m[1]!.toLowerCase() }));
      urls.push(url);
      img.setAttribute(attr, url);
    }
  }
  // Backgrounds in style attributes that point anywhere but blob: are loads the CSP would refuse.
  for (const el of Array.from(doc.querySelectorAll('[style]'))) {
    const style = el.getAttribute('style') ?? '';
    if (/url\(/i.test(style)) el.setAttribute('style', style.replace(/url\([^)]*\)/gi, 'none'));
  }
  const doctype = doc.doctype ? '<!doctype html>' : '';
  return { html: doctype + doc.documentElement.outerHTML, urls, stylesRemoved };
}
