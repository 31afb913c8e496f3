import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './kaspi-fixtures';

/**
 * Kaspi's CDN, offline (tests/fixtures/kaspi-cdn): what resources.cdn-kaspi.kz and ks-static.cdn-kaspi.kz
 * answer in the page-capture tests. Every product picture is product.jpg; Kaspi's style sheets are small
 * stand-ins (an @import, a background picture, a web font). Anything else: null (a 404).
 */
export interface CdnAnswer {
  body: Buffer;
  contentType: string;
  file: string;
}

const file = (name: string, contentType: string): CdnAnswer => ({
  body: readFileSync(join(FIXTURES, 'kaspi-cdn', name)),
  contentType,
  file: name,
});

export function cdnFixture(url: string): CdnAnswer | null {
  const { hostname, pathname } = new URL(url);
  if (hostname === 'resources.cdn-kaspi.kz' && /^\/img\/.+\.(jpe?g|png|webp)$/i.test(pathname))
    return file('product.jpg', 'image/jpeg');
  if (hostname !== 'ks-static.cdn-kaspi.kz') return null;
  if (pathname.endsWith('/fonts/roboto/fonts.css')) return file('fonts.css', 'text/css; charset=utf-8');
  if (pathname.endsWith('/fonts/roboto/roboto-regular.woff2'))
    return file('roboto-regular.woff2', 'font/woff2');
  if (/\/styles\/app\.[0-9a-f]+\.css$/.test(pathname)) return file('app.css', 'text/css; charset=utf-8');
  if (pathname.endsWith('/styles/parts/heading.css'))
    return file('parts/heading.css', 'text/css; charset=utf-8');
  if (/\/styles\/item-page\.[0-9a-f]+\.css$/.test(pathname))
    return file('parts/heading.css', 'text/css; charset=utf-8');
  if (pathname.endsWith('/img/search-bg.jpg')) return file('thumb.jpg', 'image/jpeg');
  return null;
}
