/**
 * The parts of CSS a page capture rewrites (pure): the `url()`s of a style sheet or a style attribute,
 * and its `@import`s. Not a CSS parser: comments are dropped first, then `url(…)` and `@import` are found
 * by pattern; a URL the capture could not inline becomes `none`, so the copy never asks the network.
 */

/** `url("…")`, `url('…')` or `url(…)`. */
const URL_RE = /url\(\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|((?:[^)\s"'\\]|\\.)*))\s*\)/gi;
/** `@import url(…) media;` or `@import "…" media;` */
const IMPORT_RE =
  /@import\s+(?:url\(\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|((?:[^)\s"'\\]|\\.)*))\s*\)|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')([^;]*);?/gi;
const COMMENT_RE = /\/\*[\s\S]*?\*\//g;

/** CSS escapes in a URL (`\"`, `\)`; hex escapes as `\26 `). */
function unescapeCss(raw: string): string {
  return raw.replace(/\\([0-9a-f]{1,6}\s?|[\s\S])/gi, (_, esc: string) => {
    if (/^[0-9a-f]/i.test(esc)) {
      const code = parseInt(esc.trim(), 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return esc;
  });
}

/** An absolute URL for `raw` against `base`, or null (fragments, data: and unparsable ones stay as they are). */
export function resolveCssUrl(raw: string, base: string): string | null {
  const value = unescapeCss(raw).trim();
  if (value === '' || value.startsWith('#') || /^data:/i.test(value)) return null;
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}

export function stripCssComments(css: string): string {
  return css.replace(COMMENT_RE, '');
}

/** Every absolute URL the CSS refers to with `url()` (imports excluded), in order, each once. */
export function cssUrls(css: string, base: string): string[] {
  const out = new Set<string>();
  for (const m of stripCssComments(css).replace(IMPORT_RE, '').matchAll(URL_RE)) {
    const url = resolveCssUrl(m[1] ?? m[2] ?? m[3] ?? '', base);
    if (url) out.add(url);
  }
  return [...out];
}

/** The `@import`s of a style sheet, resolved, in order. */
export function cssImports(css: string, base: string): { url: string; media: string }[] {
  const out: { url: string; media: string }[] = [];
  for (const m of stripCssComments(css).matchAll(IMPORT_RE)) {
    const url = resolveCssUrl(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '', base);
    if (url) out.push({ url, media: (m[6] ?? '').trim() });
  }
  return out;
}

/**
 * The CSS with each `@import` replaced by `imported(url)` (the imported sheet's text, already rewritten,
 * wrapped in `@media` when the import had a media list) or removed, and every `url()` replaced by
 * `inline(url)` — a data: URL — or `none`. `url(#id)` and data: URLs stay.
 */
export function rewriteCss(
  css: string,
  base: string,
  inline: (url: string) => string | null,
  imported: (url: string) => string | null = () => null,
): string {
  const withoutImports = stripCssComments(css).replace(IMPORT_RE, (...m: (string | undefined)[]) => {
    const url = resolveCssUrl(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '', base);
    const text = url ? imported(url) : null;
    if (text === null) return '';
    const media = (m[6] ?? '').trim();
    // Only a plain media list is kept (layer()/supports() imports are inlined without their condition).
    return media && /^[\w\s,():.-]+$/.test(media) && !/^(layer|supports)\b/i.test(media)
      ? `@media ${media} {\n${text}\n}`
      : text;
  });
  return withoutImports.replace(URL_RE, (whole, d?: string, s?: string, bare?: string) => {
    const raw = d ?? s ?? bare ?? '';
    const value = unescapeCss(raw).trim();
    if (value.startsWith('#') || /^data:/i.test(value)) return whole;
    const url = resolveCssUrl(raw, base);
    const data = url ? inline(url) : null;
    return data ? `url("${data}")` : 'none';
  });
}

/** CSS text safe inside a <style> element: it can never close the element (`</style` → `<\/style`). */
export function cssForStyleElement(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}
