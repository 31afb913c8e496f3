import { describe, expect, it } from 'vitest';
import { pageFactsSchema } from '@/utils/messaging/protocol';

/**
 * The page's facts reach the panel in a message from the content script (entrypoints/kaspi.content/
 * panel-frame.ts → entrypoints/panel/start.ts); the panel checks them with this schema before use
 * (entrypoints/panel/panel.tsx `checkedFacts`), as any input read from a page.
 */
const facts = {
  orderNumber: null,
  productCode: '121207970',
  productTitle: 'Рашгард черный',
  productUrl: null,
  imageUrl: null,
  price: 2810,
  sellerName: null,
  merchantId: null,
  sellers: null,
  status: null,
  orderDate: null,
  receivedDate: null,
  quantity: null,
  total: null,
};
const payload = { pageKind: 'product', pageUrl: 'https://kaspi.kz/shop/p/x-121207970/', facts };

describe('pageFactsSchema', () => {
  it('accepts page facts from kaspi.kz and strips control characters', () => {
    const parsed = pageFactsSchema.parse({
      ...payload,
      facts: { ...facts, productTitle: 'Раш\u0000гард\u202E черный' },
    });
    expect(parsed.facts.productTitle).toBe('Рашгард черный');
    expect(parsed.pageKind).toBe('product');
  });

  it('cuts a text beyond its bound to it', () => {
    const parsed = pageFactsSchema.parse({
      ...payload,
      facts: { ...facts, productTitle: 'я'.repeat(100_000) },
    });
    expect(parsed.facts.productTitle?.length).toBeLessThanOrEqual(300);
  });

  it.each([
    ['a page elsewhere', { ...payload, pageUrl: 'https://evil.example/' }],
    ['a script URL', { ...payload, pageUrl: 'javascript:alert(1)' }],
    ['an unknown page kind', { ...payload, pageKind: 'admin' }],
    ['a negative price', { ...payload, facts: { ...facts, price: -1 } }],
    ['no facts', { ...payload, facts: undefined }],
    ['a string', 'facts'],
  ])('refuses %s', (_name, value) => {
    expect(pageFactsSchema.safeParse(value).success).toBe(false);
  });
});
