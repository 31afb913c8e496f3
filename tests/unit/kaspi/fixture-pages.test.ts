import { describe, expect, it } from 'vitest';
import { classifyKaspiUrl } from '@/utils/kaspi/classify';
import { classifyKaspiPage, readKaspiPage } from '@/utils/kaspi/read-page';
import { EMPTY_FACTS } from '@/utils/kaspi/types';
import {
  URL_ENTRIES,
  domAt,
  expectValidFacts,
  expectedPage,
  readFixture,
  untouchableDocument,
} from './helpers';

/**
 * Every page in tests/fixtures/kaspi/urls.json, read at the URL the e2e tests serve it from, gives exactly its
 * golden facts (tests/fixtures/kaspi/expected/<name>.json).
 */
describe.each(URL_ENTRIES)('$name ($kind) at $url', (entry) => {
  const html = readFixture(`kaspi/${entry.file}`);
  const now = new Date(entry.now ?? '2026-02-01T12:00:00+05:00');
  const page = readKaspiPage(entry.url, domAt(html, entry.url), { now });

  it('is classified as its kind', () => {
    expect(classifyKaspiPage(entry.url, domAt(html, entry.url))).toBe(entry.kind);
    expect(page.kind).toBe(entry.kind);
  });

  it('yields exactly the golden facts', () => {
    expect(page).toEqual(expectedPage(entry.name));
  });

  it('gives facts the boundary schema accepts unchanged', () => {
    expectValidFacts(page.facts);
  });

  if (classifyKaspiUrl(entry.url) !== null) {
    it('is decided by the URL alone: the document is never read', () => {
      expect(classifyKaspiPage(entry.url, untouchableDocument())).toBe(entry.kind);
      if (entry.kind === 'other')
        expect(readKaspiPage(entry.url, untouchableDocument()).facts).toEqual(EMPTY_FACTS);
    });
  }
});

describe('urls.json', () => {
  it('covers every kind, ru and kk order pages, 9- and 10-digit orders, and pages that are not complaint surfaces', () => {
    const names = URL_ENTRIES.map((e) => e.name);
    for (const name of [
      'merchant-ru',
      'merchant-kk',
      'order-ru',
      'order-kk',
      'order-list-ru',
      'order-list-kk',
      'category',
      'search',
      'home',
      'other-host-product',
      'mentions-order',
      'hostile-product',
      'hostile-order',
    ]) {
      expect(names).toContain(name);
    }
    expect(new Set(URL_ENTRIES.map((e) => new URL(e.url).origin + new URL(e.url).pathname)).size).toBe(
      URL_ENTRIES.length,
    );
    const orders = URL_ENTRIES.filter((e) => e.kind === 'order').map(
      (e) => expectedPage(e.name).facts.orderNumber,
    );
    expect(orders.some((n) => n?.length === 9)).toBe(true);
    expect(orders.some((n) => n?.length === 10)).toBe(true);
  });
});

describe('hostile pages', () => {
  const product = expectedPage('hostile-product').facts;
  const order = expectedPage('hostile-order').facts;

  it('keep markup as literal text and strip control characters', () => {
    expect(product.productTitle).toBe('Футболка <script>alert(1)</script> черная');
    expect(product.sellers?.[0]?.name).toBe('<img src=x onerror=alert(1)>[31m');
    expect(order.sellerName).toBe('<img src=x onerror=alert(1)>');
    expect(order.productTitle).toBe("<script>alert('товар')</script> Рашгард черный[0m");
    for (const value of JSON.stringify([product, order]).match(/"(?:[^"\\]|\\.)*"/g) ?? []) {
      expect(JSON.parse(value) as string).not.toMatch(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E]/,
      );
    }
  });

  it('bound lengths, skip hidden and foreign seller rows, refuse a non-https image', () => {
    expect(product.sellers?.[1]?.name.length).toBe(200);
    expect(product.sellers?.map((s) => s.merchantId)).toEqual(['30000001', '30000002']);
    expect(product.imageUrl).toBeNull();
  });

  it('do not count order numbers in hidden elements, comments, scripts, styles, templates or noscript', () => {
    expect(order.orderNumber).toBe('612345679');
    expect(expectedPage('order-ru').facts.orderNumber).toBe('612345678');
  });
});
