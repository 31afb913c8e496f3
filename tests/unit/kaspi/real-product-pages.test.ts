import { describe, expect, it } from 'vitest';
import { classifyKaspiPage, readKaspiPage } from '@/utils/kaspi/read-page';
import { EMPTY_FACTS, type KaspiFacts } from '@/utils/kaspi/types';
import { domAt, expectValidFacts, expectedPage, readFixture, readJson, untouchableDocument } from './helpers';

/** What a person saw on each saved page (shared/fixtures/kaspi-real/product_page_dom_extract.json). */
interface DomExtract {
  'og:url': string;
  'product:price:amount': string;
  'product:retailer_item_id': string;
  'h1.item__heading': string;
  '.item__price-once': string;
  'Код товара': string;
  sellers_rows: { href: string; name: string; price: string }[];
}

const extract = readJson<Record<string, DomExtract>>('kaspi-real/product_page_dom_extract.json');
const tenge = (s: string) => Number(s.replace(/&nbsp;|\s|₸/g, ''));

describe.each(Object.entries(extract))('real product page %s', (file, seen) => {
  const html = readFixture(`kaspi-real/${file}`);
  const url = seen['og:url'];
  const code = seen['product:retailer_item_id'];
  const page = readKaspiPage(url, domAt(html, url));
  const golden = expectedPage(`real-product-${code}`);

  it('is a product page, by its URL alone', () => {
    expect(classifyKaspiPage(url, untouchableDocument())).toBe('product');
    expect(classifyKaspiPage(`${url}?c=710000000`, untouchableDocument())).toBe('product');
    expect(page.kind).toBe('product');
  });

  it('yields exactly the values of product_page_dom_extract.json', () => {
    const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    const sellers = seen.sellers_rows.map((row, i) => ({
      name: row.name,
      merchantId: /^\/shop\/info\/merchant\/(\w+)\//.exec(row.href)?.[1] ?? null,
      price: tenge(row.price),
      // Delivery options are not in the extract: the golden file holds them (checked below).
      deliveryText: golden.facts.sellers?.[i]?.deliveryText ?? null,
    }));
    const expected: KaspiFacts = {
      ...EMPTY_FACTS,
      productCode: code,
      productTitle: seen['h1.item__heading'],
      productUrl: seen['og:url'],
      imageUrl: ogImage ?? null,
      price: Number(seen['product:price:amount']),
      sellers,
      // Exactly one seller: the page names the seller; several: the buyer picks one in the panel.
      sellerName: sellers.length === 1 ? (sellers[0]?.name ?? null) : null,
      merchantId: sellers.length === 1 ? (sellers[0]?.merchantId ?? null) : null,
    };
    expect(seen['Код товара']).toBe(code);
    expect(tenge(seen['.item__price-once'])).toBe(expected.price);
    expect(page.facts).toEqual(expected);
    expect(page).toEqual(golden);
  });

  it('gives facts the boundary schema accepts unchanged', () => {
    expectValidFacts(page.facts);
  });

  it('every seller has a delivery text', () => {
    for (const seller of page.facts.sellers ?? [])
      expect(seller.deliveryText).toMatch(/^(?:Postomat|Доставка)/);
  });
});
