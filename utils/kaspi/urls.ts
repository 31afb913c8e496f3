/**
 * kaspi.kz URL shapes (shared/research/kaspi-and-law.md §1):
 * - product  https://kaspi.kz/shop/p/<slug>-<productCode>/  (often ?c=<cityId>); the code is the LAST number
 *   of the path: komplekt-alpika-102492502-chernyi-52-102529963 → 102529963;
 * - merchant https://kaspi.kz/shop/info/merchant/<merchantId>/… (…/review/?productCode=…&tabId=PRODUCT,
 *   …/address-tab/, …/reviews-tab/); ids are digits ("30079314") or words ("Sulpak").
 * Only https://kaspi.kz itself counts: not evil-kaspi.kz, not kaspi.kz.evil.com, not http.
 */

/** The URL when it is https://kaspi.kz/… (default port, no credentials), else null. */
export function parseKaspiUrl(raw: string): URL | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.hostname !== 'kaspi.kz' || u.port !== '' || u.username || u.password) {
    return null;
  }
  return u;
}

const PRODUCT_PATH = /^\/shop\/p\/([^/]+)(?:\/|$)/;
const MERCHANT_PATH = /^\/shop\/info\/merchant\/([A-Za-z0-9_-]{1,40})(?:\/|$)/;

/** The product code (last number of the slug) of a /shop/p/… path, or null. */
export function productCodeFromPath(pathname: string): string | null {
  const m = PRODUCT_PATH.exec(pathname);
  if (!m) return null;
  const numbers = (m[1] ?? '').match(/\d+/g);
  const last = numbers?.[numbers.length - 1];
  return last && last.length >= 3 && last.length <= 15 ? last : null;
}

/** The merchant id of a /shop/info/merchant/<id>/… path, or null. */
export function merchantIdFromPath(pathname: string): string | null {
  return MERCHANT_PATH.exec(pathname)?.[1] ?? null;
}

/** The merchant id of a link on a kaspi.kz page (relative or absolute on https://kaspi.kz), or null. */
export function merchantIdFromHref(href: string | null): string | null {
  if (!href) return null;
  let u: URL;
  try {
    u = new URL(href, 'https://kaspi.kz/');
  } catch {
    return null;
  }
  return parseKaspiUrl(u.href) ? merchantIdFromPath(u.pathname) : null;
}

export interface ProductRef {
  /** https://kaspi.kz/shop/p/<slug>/ — no query (city, tracking), no fragment. */
  url: string;
  code: string;
}

/** A kaspi.kz product link (relative or absolute) → canonical URL and code, or null. */
export function productRef(href: string | null): ProductRef | null {
  if (!href) return null;
  let u: URL;
  try {
    u = new URL(href, 'https://kaspi.kz/');
  } catch {
    return null;
  }
  if (!parseKaspiUrl(u.href)) return null;
  const slug = PRODUCT_PATH.exec(u.pathname)?.[1];
  const code = productCodeFromPath(u.pathname);
  if (!slug || !code) return null;
  const url = `https://kaspi.kz/shop/p/${slug}/`;
  return url.length <= 2000 ? { url, code } : null;
}
