/**
 * Kaspi's server-rendered pages carry their data in inline scripts:
 * `BACKEND.components.item = {"card":{"id","title","price",…},"galleryImages":[…],…}` on product pages and
 * `BACKEND.components.merchant = {"uid","name","phone","create","salesCount","rating",…}` on merchant pages
 * (shared/research/kaspi-and-law.md §1; the three saved product pages in tests/fixtures/kaspi-real/).
 * Read with indexOf on each inline script's text and a string-aware brace matcher — never a regex over the page.
 */

const MAX_JSON = 2_000_000;

/** The balanced {...} starting at `start` (which must be '{'), respecting JSON strings; null if unbalanced. */
function objectAt(text: string, start: number): string | null {
  let depth = 0;
  let inString = false;
  const end = Math.min(text.length, start + MAX_JSON);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */) {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

const IDENT = /[\w$]/;

/** Parses the object assigned to `BACKEND.components.<name>` in an inline script, or null. */
export function readBackendComponent(doc: Document, name: string): Record<string, unknown> | null {
  const marker = `BACKEND.components.${name}`;
  const scripts = doc.getElementsByTagName('script');
  // Last script first: Kaspi puts the page data after its large config scripts (a 240 KB one on product pages).
  for (let s = scripts.length - 1; s >= 0; s--) {
    const script = scripts[s];
    if (!script || script.hasAttribute('src')) continue;
    const type = script.getAttribute('type');
    if (type && !/^(?:text|application)\/(?:java|ecma)script$|^module$/i.test(type)) continue;
    const text = script.text;
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
      let i = at + marker.length;
      if (IDENT.test(text.charAt(i))) continue; // BACKEND.components.merchantShop is another component
      while (text.charAt(i) === ' ' || text.charAt(i) === '\n' || text.charAt(i) === '\t') i++;
      if (text.charAt(i) !== '=' || text.charAt(i + 1) === '=') continue;
      i++;
      while (/\s/.test(text.charAt(i))) i++;
      if (text.charAt(i) !== '{') return null; // e.g. `= null`
      const json = objectAt(text, i);
      if (!json) return null;
      try {
        const value: unknown = JSON.parse(json);
        return value !== null && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)
          : null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** `value[key]` when value is a plain object. */
export function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
