import { describe, expect, it } from 'vitest';
import { caseChoices, pageRefOf, productTitleOf } from '@/utils/capture/pick-case';
import { browserNameOf, screenshotFileName } from '@/utils/capture/names';
import type { CaseSummary } from '@/utils/cases/summary';

const row = (id: string, over: Partial<CaseSummary>): CaseSummary => ({
  id,
  title: id,
  orderNumber: null,
  productCode: null,
  seller: null,
  status: 'open',
  nextDue: null,
  rank: 0,
  bucket: 'waiting',
  dueKind: null,
  daysLeft: null,
  needsRepair: false,
  shown: 'open',
  computedOn: '2026-11-30',
  updatedAt: 1,
  newestFirst: -1,
  writtenAt: 1,
  ...over,
});

describe('pageRefOf', () => {
  it('reads the product code and an order number from kaspi.kz URLs only', () => {
    expect(
      pageRefOf('https://kaspi.kz/shop/p/komplekt-alpika-102492502-chernyi-52-102529963/?c=750000000'),
    ).toEqual({
      orderNumber: null,
      productCode: '102529963',
    });
    expect(pageRefOf('https://kaspi.kz/shop/orders/order/512345678/')).toEqual({
      orderNumber: '512345678',
      productCode: null,
    });
    expect(pageRefOf('https://kaspi.kz.evil.com/shop/p/x-102529963/')).toEqual({
      orderNumber: null,
      productCode: null,
    });
  });
});

describe('caseChoices: which case a screenshot goes to', () => {
  const rows = [
    row('closed-same-product', { productCode: '102529963', status: 'closed', writtenAt: 9 }),
    row('other-old', { writtenAt: 2 }),
    row('same-product', { productCode: '102529963', writtenAt: 3 }),
    row('same-order', { orderNumber: '512345678', productCode: '1', writtenAt: 1 }),
    row('other-new', { writtenAt: 8, status: 'draft' }),
  ];
  it('offers the open case of this order first, then of this product, preselecting the first', () => {
    const c = caseChoices(rows, { orderNumber: '512345678', productCode: '102529963' });
    expect(c.matching.map((r) => r.id)).toEqual(['same-order', 'same-product']);
    expect(c.preselected).toBe('same-order');
    // Others: ongoing ones newest first, then the closed (a closed case of the product is not offered first).
    expect(c.others.map((r) => r.id)).toEqual(['other-new', 'other-old', 'closed-same-product']);
  });
  it('with no case of this page: a new case is preselected, every case still offered', () => {
    const c = caseChoices(rows, { orderNumber: null, productCode: '999999' });
    expect(c.matching).toEqual([]);
    expect(c.preselected).toBeNull();
    expect(c.others).toHaveLength(rows.length);
  });
  it('no cases at all', () => {
    expect(caseChoices([], { orderNumber: null, productCode: null })).toEqual({
      matching: [],
      others: [],
      preselected: null,
    });
  });
});

describe('names', () => {
  it('file names say what and when (UTC), safely', () => {
    expect(
      screenshotFileName(
        'https://kaspi.kz/shop/p/x-102529963/',
        'full-page-screenshot',
        Date.UTC(2026, 10, 30, 19, 52, 7),
      ),
    ).toBe('kaspi-102529963-full-page-2026-11-30T19-52-07Z.png');
    expect(screenshotFileName('https://kaspi.kz/shop/', 'visible-screenshot', 0)).toBe(
      'kaspi-page-visible-1970-01-01T00-00-00Z.png',
    );
  });
  it('the browser from its user agent', () => {
    expect(
      browserNameOf(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.7000.0 Safari/537.36',
      ),
    ).toBe('Chrome 156.0.7000.0');
    expect(browserNameOf('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0')).toBe(
      'Firefox 153.0',
    );
  });
});

describe('productTitleOf', () => {
  it("takes the product out of Kaspi's page title, keeps any other title", () => {
    expect(productTitleOf('Купить Комплект ALPIKA черный в Астане – Магазин на Kaspi.kz')).toBe(
      'Комплект ALPIKA черный',
    );
    expect(productTitleOf('  Рашгард   XL ')).toBe('Рашгард XL');
    expect(productTitleOf('')).toBeNull();
  });
});
