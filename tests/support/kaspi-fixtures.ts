import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Serves kaspi.kz offline: each fixture page at its real URL; anything else on kaspi.kz is a 404. */
export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

export interface FixturePage {
  file: string;
  url: string;
  kind: 'product' | 'merchant' | 'order' | 'order-list' | 'other';
}

export const REAL_PRODUCTS: FixturePage[] = [
  {
    file: 'kaspi-real/kaspi_etl_product_variant_121207970.html',
    url: 'https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970/',
    kind: 'product',
  },
  {
    file: 'kaspi-real/kaspi_etl_product_variant_102529963.html',
    url: 'https://kaspi.kz/shop/p/komplekt-alpika-102492502-chernyi-52-102529963/',
    kind: 'product',
  },
  {
    file: 'kaspi-real/kaspi_etl_product_variant_140035645.html',
    url: 'https://kaspi.kz/shop/p/komplekt-alpika-102492502-chernyi-seryi-60-140035645/',
    kind: 'product',
  },
];

/** Every fixture with its URL: the real products plus tests/fixtures/kaspi/urls.json, when present. */
export function allFixturePages(): FixturePage[] {
  try {
    const listed = JSON.parse(readFileSync(join(FIXTURES, 'kaspi', 'urls.json'), 'utf8')) as FixturePage[];
    return [
      ...REAL_PRODUCTS,
      ...listed.map((p) => ({ ...p, file: p.file.includes('/') ? p.file : `kaspi/${p.file}` })),
    ];
  } catch {
    return REAL_PRODUCTS;
  }
}

/** The HTML for a kaspi.kz URL (path + query ignored beyond the path), or null. */
export function fixtureFor(url: string): string | null {
  const wanted = new URL(url);
  const page = allFixturePages().find((p) => {
    const u = new URL(p.url);
    return u.origin === wanted.origin && u.pathname === wanted.pathname;
  });
  return page ? readFileSync(join(FIXTURES, page.file), 'utf8') : null;
}

/** The golden facts the page module must read from a fixture (tests/fixtures/kaspi/expected/<name>.json). */
export function expectedFacts(page: FixturePage): Record<string, unknown> {
  const name = page.file.startsWith('kaspi-real/')
    ? `real-product-${/(\d+)\.html$/.exec(page.file)![1]}`
    : page.file.replace(/^kaspi\//, '').replace(/\.html$/, '');
  const golden = JSON.parse(readFileSync(join(FIXTURES, 'kaspi', 'expected', `${name}.json`), 'utf8')) as {
    facts: Record<string, unknown>;
  };
  return golden.facts;
}
