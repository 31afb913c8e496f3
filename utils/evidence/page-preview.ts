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
 * Parsing is the caller's (DOMParser in a page: an inert document, nothing runs or loads).
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
  'script, noscript, iframe, frame, frameset, object, embed, applet, base, meta[http-equiv], link, style, template, portal';
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

export function pagePreview(
  html: string,
  parse: (html: string) => Document,
  toUrl: (blob: Blob) => string,
): PagePreview {
  const doc = parse(html);
  let stylesRemoved = 0;
  for (const el of Array.from(doc.querySelectorAll(DROP))) {
    if (
      el.localName === 'style' ||
      (el.localName === 'link' && /stylesheet/i.test(el.getAttribute('rel') ?? ''))
    )
      stylesRemoved++;
    el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(el.attributes)) {
      const lower = name.toLowerCase();
      if (
        lower.startsWith('on') ||
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
  for (const img of Array.from(doc.querySelectorAll('img, source, input[type=image], video[poster]'))) {
    const attr = img.localName === 'video' ? 'poster' : 'src';
    const src = img.getAttribute(attr);
    if (src === null) continue;
    const m = DATA_IMAGE.exec(src.trim());
    const bytes = m ? base64Bytes(m[2]!) : null;
    if (m && bytes) {
      const url = toUrl(new Blob([bytes as BlobPart], { type: m[1]!.toLowerCase() }));
      urls.push(url);
      img.setAttribute(attr, url);
    } else img.removeAttribute(attr);
  }
  // Backgrounds in style attributes that point anywhere but blob: are loads the CSP would refuse.
  for (const el of Array.from(doc.querySelectorAll('[style]'))) {
    const style = el.getAttribute('style') ?? '';
    if (/url\(/i.test(style)) el.setAttribute('style', style.replace(/url\([^)]*\)/gi, 'none'));
  }
  const doctype = doc.doctype ? '<!doctype html>' : '';
  return { html: doctype + doc.documentElement.outerHTML, urls, stylesRemoved };
}
