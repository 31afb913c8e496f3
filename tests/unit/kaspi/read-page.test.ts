import { describe, expect, it } from 'vitest';
import { readKaspiPage } from '@/utils/kaspi/read-page';
import { EMPTY_FACTS } from '@/utils/kaspi/types';
import { domAt, expectValidFacts } from './helpers';

const URL = 'https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970/';

interface ProductParts {
  url?: string;
  metaCode?: string | null;
  ogUrl?: string | null;
  metaPrice?: string | null;
  backend?: string | null;
  h1?: string | null;
  priceOnce?: string | null;
  sku?: string | null;
  rows?: string;
}

/** A product page in the shape of the saved Aug 2025 pages, with each source switchable. */
function product(p: ProductParts = {}) {
  const parts = {
    url: URL,
    metaCode: '121207970',
    ogUrl: URL,
    metaPrice: '2810',
    backend: '{"card":{"id":"121207970","title":"Рашгард черный","price":2810}}',
    h1: 'Рашгард черный',
    priceOnce: '2&nbsp;810 ₸',
    sku: 'Код товара: 121207970',
    rows: '',
    ...p,
  };
  const html = `<!DOCTYPE html><html><head>
${parts.ogUrl === null ? '' : `<meta property="og:url" content="${parts.ogUrl}">`}
${parts.metaCode === null ? '' : `<meta property="product:retailer_item_id" content="${parts.metaCode}">`}
${parts.metaPrice === null ? '' : `<meta property="product:price:amount" content="${parts.metaPrice}">`}
</head><body>
${parts.sku === null ? '' : `<div class="item__sku">${parts.sku}</div>`}
${parts.h1 === null ? '' : `<h1 class="item__heading">${parts.h1}</h1>`}
${parts.priceOnce === null ? '' : `<div class="item__price-once">${parts.priceOnce}</div>`}
<table class="sellers-table__self"><tbody>${parts.rows}</tbody></table>
${parts.backend === null ? '' : `<script>BACKEND.components.merchantShop = null;\nBACKEND.components.item = ${parts.backend};</script>`}
</body></html>`;
  const page = readKaspiPage(parts.url, domAt(html, parts.url));
  expectValidFacts(page.facts);
  return page;
}

const row = (id: string, name: string, price: string, attrs = '') =>
  `<tr ${attrs}><td><a href="/shop/info/merchant/${id}/review/?productCode=121207970">${name}</a>` +
  `<a href="/shop/info/merchant/${id}/review/" class="rating-count">(10 отзывов)</a></td>` +
  `<td><div class="sellers-table__delivery-cell-option">Postomat, <span class="sellers-table__delivery-date">завтра</span></div></td>` +
  `<td><div class="sellers-table__price-cell-text">${price}</div></td>` +
  `<td><div class="sellers-table__price-cell-text _installments-price">937 ₸</div></td></tr>`;

describe('product page cross-checks', () => {
  it('all sources agree → every field', () => {
    expect(product().facts).toEqual({
      ...EMPTY_FACTS,
      productCode: '121207970',
      productTitle: 'Рашгард черный',
      productUrl: URL,
      price: 2810,
    });
  });

  it('path code ≠ product:retailer_item_id → no code and no URL (a stale SPA view)', () => {
    const facts = product({ metaCode: '102529963' }).facts;
    expect(facts.productCode).toBeNull();
    expect(facts.productUrl).toBeNull();
    expect(facts.productTitle).toBe('Рашгард черный');
  });

  it('path code ≠ BACKEND card.id, or ≠ visible "Код товара" → no code', () => {
    expect(
      product({ backend: '{"card":{"id":"102529963","title":"Рашгард черный","price":2810}}' }).facts
        .productCode,
    ).toBeNull();
    expect(product({ sku: 'Код товара: 102529963' }).facts.productCode).toBeNull();
    expect(product({ sku: 'Тауар коды: 121207970' }).facts.productCode).toBe('121207970');
  });

  it('og:url of another product → no URL; missing og:url → the canonical page address', () => {
    expect(
      product({ ogUrl: 'https://kaspi.kz/shop/p/komplekt-alpika-102492502-chernyi-52-102529963/' }).facts
        .productUrl,
    ).toBeNull();
    expect(product({ ogUrl: null, url: `${URL}?c=710000000` }).facts.productUrl).toBe(URL);
    expect(product({ ogUrl: 'https://evil.example/shop/p/rashgard-121207970/' }).facts.productUrl).toBe(URL);
  });

  it('title: BACKEND vs visible h1 disagree → null; hidden parts of the h1 do not count', () => {
    expect(product({ h1: 'Комплект ALPIKA черный' }).facts.productTitle).toBeNull();
    expect(product({ h1: 'Рашгард<span hidden> старый </span>черный' }).facts.productTitle).toBeNull();
    expect(product({ h1: 'Рашгард <span hidden>старый </span>черный' }).facts.productTitle).toBe(
      'Рашгард черный',
    );
    expect(product({ h1: '  Рашгард\n\u00a0 черный ' }).facts.productTitle).toBe('Рашгард черный');
    expect(product({ h1: null }).facts.productTitle).toBe('Рашгард черный');
    expect(product({ backend: null }).facts.productTitle).toBe('Рашгард черный');
    expect(product({ backend: null, h1: null }).facts.productTitle).toBeNull();
  });

  it('price: meta, BACKEND and the visible price must agree; NBSP, U+202F or plain spaces', () => {
    expect(product({ priceOnce: '2\u202f810 ₸' }).facts.price).toBe(2810);
    expect(product({ priceOnce: '2 810 ₸' }).facts.price).toBe(2810);
    expect(product({ priceOnce: '2&nbsp;990 ₸' }).facts.price).toBeNull();
    expect(product({ metaPrice: '2990' }).facts.price).toBeNull();
    expect(product({ metaPrice: null, backend: null, priceOnce: '2&nbsp;810 ₸' }).facts.price).toBe(2810);
    expect(product({ metaPrice: null, backend: null, priceOnce: 'от 2&nbsp;810 ₸' }).facts.price).toBeNull();
  });

  it('broken or missing BACKEND JSON is ignored, other sources still count', () => {
    expect(product({ backend: '{"card":{"id":"121207970","title":' }).facts.productCode).toBe('121207970');
    expect(
      product({
        backend: '{"card":{"id":"121207970","title":"Рашгард черный {x}","price":2810}}',
        h1: 'Рашгард черный {x}',
      }).facts.productTitle,
    ).toBe('Рашгард черный {x}');
  });

  it('sellers: one row → sellerName and merchantId; several → only the list', () => {
    const one = product({ rows: row('30352626', 'Chursina Store', '2&nbsp;810 ₸') }).facts;
    expect(one.sellers).toEqual([
      { name: 'Chursina Store', merchantId: '30352626', price: 2810, deliveryText: 'Postomat, завтра' },
    ]);
    expect([one.sellerName, one.merchantId]).toEqual(['Chursina Store', '30352626']);
    const two = product({
      rows: row('30352626', 'Chursina Store', '2&nbsp;810 ₸') + row('Sulpak', 'Sulpak', '2&nbsp;897 ₸'),
    }).facts;
    expect(two.sellers?.map((s) => [s.merchantId, s.price])).toEqual([
      ['30352626', 2810],
      ['Sulpak', 2897],
    ]);
    expect([two.sellerName, two.merchantId]).toEqual([null, null]);
  });

  it('sellers: hidden rows, rows linking to other hosts and duplicate rows are skipped', () => {
    const facts = product({
      rows:
        row('30352626', 'Chursina Store', '2&nbsp;810 ₸') +
        row('30352626', 'Chursina Store', '2&nbsp;810 ₸') +
        row('1', 'Hidden', '1 ₸', 'hidden') +
        row('2', 'Hidden', '1 ₸', 'style="visibility:hidden"') +
        `<tr><td><a href="https://evil.example/shop/info/merchant/3/">Evil</a></td><td>1 ₸</td></tr>`,
    }).facts;
    expect(facts.sellers?.map((s) => s.name)).toEqual(['Chursina Store']);
  });

  it('sellers: without the price-cell class, the first cell that is only a price', () => {
    const facts = product({
      rows: `<tr><td><a href="/shop/info/merchant/30079314/">ShoрKZ</a></td><td>Доставка, завтра, 995 ₸</td><td>2 810 ₸</td><td>937 ₸</td></tr>`,
    }).facts;
    expect(facts.sellers).toEqual([
      { name: 'ShoрKZ', merchantId: '30079314', price: 2810, deliveryText: null },
    ]);
  });
});

describe('merchant page', () => {
  const merchant = (url: string, backend: string | null) => {
    const html = `<html><body><h1>Магазин</h1>${backend === null ? '' : `<script>BACKEND.components.merchant = ${backend};</script>`}</body></html>`;
    const page = readKaspiPage(url, domAt(html, url));
    expectValidFacts(page.facts);
    return page;
  };

  it('reads uid and name; a word id (Sulpak) works; case of the path does not matter', () => {
    expect(
      merchant(
        'https://kaspi.kz/shop/info/merchant/sulpak/address-tab/',
        '{"uid":"Sulpak","name":"Sulpak","phone":"3210"}',
      ).facts,
    ).toEqual({
      ...EMPTY_FACTS,
      merchantId: 'Sulpak',
      sellerName: 'Sulpak',
    });
  });

  it('uid of another merchant → neither id nor name', () => {
    const facts = merchant(
      'https://kaspi.kz/shop/info/merchant/30352626/',
      '{"uid":"30079314","name":"ShoрKZ"}',
    ).facts;
    expect([facts.merchantId, facts.sellerName]).toEqual([null, null]);
  });

  it('no BACKEND data → the id from the path, no name; merchantShop is not merchant', () => {
    expect(merchant('https://kaspi.kz/shop/info/merchant/30352626/reviews-tab/', null).facts).toEqual({
      ...EMPTY_FACTS,
      merchantId: '30352626',
    });
    const html = '<script>BACKEND.components.merchantShop = {"uid":"1","name":"Not me"};</script>';
    const url = 'https://kaspi.kz/shop/info/merchant/30352626/';
    expect(readKaspiPage(url, domAt(html, url)).facts).toEqual({ ...EMPTY_FACTS, merchantId: '30352626' });
  });

  it('the review tab of a product gives the product code from the URL', () => {
    const url =
      'https://kaspi.kz/shop/info/merchant/30079314/review/?productCode=121207970&baseProductCode=&tabId=PRODUCT';
    expect(merchant(url, '{"uid":"30079314","name":"ShoрKZ"}').facts.productCode).toBe('121207970');
    const bad = 'https://kaspi.kz/shop/info/merchant/30079314/review/?productCode=12x&tabId=PRODUCT';
    expect(merchant(bad, null).facts.productCode).toBeNull();
  });
});

describe('order page', () => {
  const order = (body: string, url = 'https://kaspi.kz/shop/order/612345678/') => {
    const page = readKaspiPage(url, domAt(`<html><body>${body}</body></html>`, url), {
      now: new Date('2025-11-20T12:00:00+05:00'),
    });
    expectValidFacts(page.facts);
    return page;
  };

  it('a product link that disagrees with "Код товара" → no code, URL or image', () => {
    const page = order(
      '<h1>Заказ № 612345678</h1><a href="/shop/p/komplekt-alpika-102492502-chernyi-52-102529963/"><img src="https://resources.cdn-kaspi.kz/x.jpg">Комплект</a><p>Код товара: 121207970</p>',
    );
    expect(page.kind).toBe('order');
    expect([page.facts.productCode, page.facts.productUrl, page.facts.imageUrl]).toEqual([null, null, null]);
  });

  it('several product links → no product URL; a seller name that disagrees with the seller link → null', () => {
    const page = order(
      '<h1>Заказ № 612345678</h1><a href="/shop/p/a-121207970/">A</a><a href="/shop/p/b-102529963/">B</a>' +
        '<p>Продавец: TESSO</p><a href="/shop/info/merchant/30352626/">Chursina Store</a>',
    );
    expect(page.facts.productUrl).toBeNull();
    expect(page.facts.sellerName).toBeNull();
    expect(page.facts.merchantId).toBe('30352626');
  });

  it('an order list gives no facts (the buyer picks the order)', () => {
    const page = order(
      '<h1>Мои заказы</h1><p>Заказ № 612345678</p><p>Заказ № 1022135385</p>',
      'https://kaspi.kz/shop/orders/',
    );
    expect(page).toEqual({ kind: 'order-list', facts: EMPTY_FACTS });
  });
});

describe('legal names with nested quotes survive on pages', () => {
  const NAME = 'ТОО «Компания «Альфа»»';

  it('order page: a labelled seller with nested guillemets agrees with the seller link', () => {
    const url = 'https://kaspi.kz/shop/order/612345678/';
    const html = `<html><body><h1>Заказ № 612345678</h1><p>Продавец: <a href="/shop/info/merchant/30352626/">${NAME}</a></p></body></html>`;
    const facts = readKaspiPage(url, domAt(html, url)).facts;
    expectValidFacts(facts);
    expect([facts.sellerName, facts.merchantId]).toEqual([NAME, '30352626']);
  });

  it('order page: straight quotes, and the name on its own line after the label', () => {
    const url = 'https://kaspi.kz/shop/order/612345678/';
    const read = (body: string) =>
      readKaspiPage(url, domAt(`<html><body><h1>Заказ № 612345678</h1>${body}</body></html>`, url)).facts
        .sellerName;
    expect(read('<div>Сатушы: ТОО "Альфа"</div>')).toBe('ТОО "Альфа"');
    expect(read('<div>Продавец:</div><div>ИП «Ромашка»</div><div>Продавец: ИП «Ромашка»</div>')).toBe(
      'ИП «Ромашка»',
    );
  });

  it('merchant page BACKEND JSON, sellers table and product page keep the whole name', () => {
    const murl = 'https://kaspi.kz/shop/info/merchant/30352626/';
    const backend = JSON.stringify({ uid: '30352626', name: 'ТОО "Компания "Альфа""' });
    const mhtml = `<html><body><script>BACKEND.components.merchant = ${backend};</script></body></html>`;
    expect(readKaspiPage(murl, domAt(mhtml, murl)).facts.sellerName).toBe('ТОО "Компания "Альфа""');
    const one = product({ rows: row('30352626', NAME, '2 810 ₸') }).facts;
    expect(one.sellers?.[0]?.name).toBe(NAME);
    expect(one.sellerName).toBe(NAME);
  });
});

describe('order page: the item price', () => {
  const order = (body: string) => {
    const url = 'https://kaspi.kz/shop/order/612345678/';
    const page = readKaspiPage(
      url,
      domAt(`<html><body><h1>Заказ № 612345678</h1>${body}</body></html>`, url),
      {
        now: new Date('2026-11-20T12:00:00+05:00'),
      },
    );
    expectValidFacts(page.facts);
    return page.facts;
  };
  const item = '<a href="/shop/p/rashgard-121207970/">Рашгард черный</a>';

  it('an item line "1 шт. · 24 990 ₸" is the price, not the total with delivery', () => {
    const facts = order(`${item}<div>1 шт. · 24&nbsp;990 ₸</div><div>Итого</div><div>25&nbsp;990 ₸</div>`);
    expect([facts.price, facts.total, facts.quantity]).toEqual([24990, 25990, 1]);
  });

  it('one item and only a total → the total is the price', () => {
    expect(order(`${item}<div>Итого: 24&nbsp;990 ₸</div>`).price).toBe(24990);
  });

  it('two pieces, or two products, or two prices that disagree → the total is not the price', () => {
    expect(order(`${item}<div>2 шт.</div><div>Итого: 49&nbsp;980 ₸</div>`).price).toBeNull();
    expect(
      order(`${item}<a href="/shop/p/b-102529963/">Комплект</a><div>Итого: 49&nbsp;980 ₸</div>`).price,
    ).toBeNull();
    expect(
      order(
        `${item}<div>Цена: 24&nbsp;990 ₸</div><div>Цена: 23&nbsp;990 ₸</div><div>Итого: 24&nbsp;990 ₸</div>`,
      ).price,
    ).toBeNull();
  });
});
