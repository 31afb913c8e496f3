import { describe, expect, it } from 'vitest';
import { classifyKaspiPage, classifyKaspiUrl } from '@/utils/kaspi/classify';
import { domAt } from './helpers';

describe('classifyKaspiUrl', () => {
  it.each([
    // Product: the code is the LAST number of the path; the slug may hold others.
    ['https://kaspi.kz/shop/p/komplekt-alpika-102492502-chernyi-52-102529963/', 'product'],
    ['https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970/?c=710000000', 'product'],
    ['https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970', 'product'],
    ['https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970/#reviews', 'product'],
    ['https://KASPI.KZ/shop/p/rashgard-121207970/', 'product'],
    // Merchant: digits or words.
    [
      'https://kaspi.kz/shop/info/merchant/30079314/review/?productCode=121207970&baseProductCode=&tabId=PRODUCT',
      'merchant',
    ],
    ['https://kaspi.kz/shop/info/merchant/Sulpak/address-tab/', 'merchant'],
    ['https://kaspi.kz/shop/info/merchant/30352626/reviews-tab/', 'merchant'],
    ['https://kaspi.kz/shop/info/merchant/30352626', 'merchant'],
    // Not complaint surfaces.
    ['https://kaspi.kz/', 'other'],
    ['https://kaspi.kz', 'other'],
    ['https://kaspi.kz/shop', 'other'],
    ['https://kaspi.kz/shop/', 'other'],
    ['https://kaspi.kz/shop/?c=750000000', 'other'],
    ['https://kaspi.kz/shop/c/men%20thermal%20underwear/', 'other'],
    ['https://kaspi.kz/shop/c/fashion', 'other'],
    ['https://kaspi.kz/shop/almaty/c/smartphones/', 'other'],
    ['https://kaspi.kz/shop/search/?text=рашгард', 'other'],
    ['https://kaspi.kz/shop/search', 'other'],
    // Other hosts and schemes never count.
    ['https://evil-kaspi.kz/shop/p/rashgard-121207970/', 'other'],
    ['https://kaspi.kz.evil.com/shop/p/rashgard-121207970/', 'other'],
    ['https://www.kaspi.kz/shop/p/rashgard-121207970/', 'other'],
    ['https://guide.kaspi.kz/client/kz/shop/returns/q16178', 'other'],
    ['http://kaspi.kz/shop/p/rashgard-121207970/', 'other'],
    ['https://kaspi.kz:8443/shop/p/rashgard-121207970/', 'other'],
    ['https://user:pass@kaspi.kz/shop/p/rashgard-121207970/', 'other'],
    ['https://kaspi.kz@evil.com/shop/p/rashgard-121207970/', 'other'],
    ['file:///shop/p/rashgard-121207970/', 'other'],
    ['not a url', 'other'],
    ['', 'other'],
    // The document decides.
    ['https://kaspi.kz/shop/order/612345678/', null],
    ['https://kaspi.kz/shop/orders/', null],
    ['https://kaspi.kz/shop/purchases/', null],
    ['https://kaspi.kz/shop/info/delivery/', null],
    ['https://kaspi.kz/shop/merchant/registration/', null],
    ['https://kaspi.kz/shop/p/no-code-here/', null],
  ] as const)('%s → %s', (url, kind) => {
    expect(classifyKaspiUrl(url)).toBe(kind);
  });
});

describe('classifyKaspiPage from document signals', () => {
  const page = (body: string, url = 'https://kaspi.kz/shop/some/page/') =>
    classifyKaspiPage(
      url,
      domAt(
        `<!DOCTYPE html><html><head><title>Заказ № 612345678</title></head><body>${body}</body></html>`,
        url,
      ),
    );

  it('one labelled 9- or 10-digit order number → order', () => {
    expect(page('<h1>Заказ № 612345678</h1>')).toBe('order');
    expect(page('<h1>Тапсырыс № 1023456789</h1>')).toBe('order');
    expect(page('<p>№ заказа: 612345678</p>')).toBe('order');
    expect(page('<p>Тапсырыс нөмірі: 1023456789</p>')).toBe('order');
    expect(page('<div><span>Заказ №</span></div><div>612345678</div>')).toBe('order');
    expect(page('<p>Заказ №&nbsp;612345678</p><p>Заказ № 612345678</p>')).toBe('order');
  });

  it('several distinct order numbers → order-list', () => {
    expect(page('<li>Заказ № 612345678</li><li>Заказ № 1022135385</li>')).toBe('order-list');
  });

  it('an order path with the number in it → order; with "№ N" alone → counted too', () => {
    expect(page('<h1>Детали заказа</h1>', 'https://kaspi.kz/shop/order/612345678/')).toBe('order');
    expect(page('<h1>№ 612345678</h1>', 'https://kaspi.kz/shop/order/details/')).toBe('order');
    expect(page('<h1>№ 612345678</h1>', 'https://kaspi.kz/shop/some/page/')).toBe('other');
  });

  it('an order path with a list heading and no orders yet → order-list', () => {
    expect(page('<h1>Мои заказы</h1><p>Заказов пока нет</p>', 'https://kaspi.kz/shop/orders/')).toBe(
      'order-list',
    );
    expect(page('<h1>Менің тапсырыстарым</h1>', 'https://kaspi.kz/shop/orders/')).toBe('order-list');
    expect(page('<h1 hidden>Мои заказы</h1>', 'https://kaspi.kz/shop/orders/')).toBe('other');
    expect(page('<h1>Мои заказы</h1>', 'https://kaspi.kz/shop/info/faq/')).toBe('other');
  });

  it('"заказ" without a 9–10 digit number, or with a number of another length → other', () => {
    expect(page('<p>Ваш заказ оформлен. Заказ № придёт в SMS.</p>')).toBe('other');
    expect(page('<p>Заказ № 12345678</p>')).toBe('other');
    expect(page('<p>Заказ № 12345678901</p>')).toBe('other');
    expect(page('<p>Код товара: 121207970</p><p>Телефон 7021234567</p>')).toBe('other');
    expect(page('<p>border 612345678</p>')).toBe('other');
  });

  it('hidden order numbers do not count, whatever hides them', () => {
    for (const hidden of [
      '<div hidden>Заказ № 700000001</div>',
      '<div style="display:none">Заказ № 700000001</div>',
      '<div style="color: red; display : none !important;">Заказ № 700000001</div>',
      '<div style="visibility: hidden">Заказ № 700000001</div>',
      '<div aria-hidden="true"><p><b>Заказ № 700000001</b></p></div>',
      '<template><p>Заказ № 700000001</p></template>',
      '<noscript><p>Заказ № 700000001</p></noscript>',
      '<script>var t = "Заказ № 700000001";</script>',
      '<style>/* Заказ № 700000001 */</style>',
      '<!-- Заказ № 700000001 -->',
      '<textarea>Заказ № 700000001</textarea>',
    ]) {
      expect(page(hidden), hidden).toBe('other');
      expect(page(`<h1>Заказ № 612345678</h1>${hidden}`), hidden).toBe('order');
    }
    // Visible again when the hidden box is not an ancestor.
    expect(page('<div hidden></div><p>Заказ № 700000001</p>')).toBe('order');
    expect(page('<div style="display:block">Заказ № 700000001</div>')).toBe('order');
  });

  it('a product or merchant URL wins over order text; other hosts stay other', () => {
    expect(page('<h1>Заказ № 612345678</h1>', 'https://kaspi.kz/shop/p/rashgard-121207970/')).toBe('product');
    expect(page('<h1>Заказ № 612345678</h1>', 'https://kaspi.kz/shop/info/merchant/30079314/')).toBe(
      'merchant',
    );
    expect(page('<h1>Заказ № 612345678</h1>', 'https://kaspi.kz.evil.com/shop/order/612345678/')).toBe(
      'other',
    );
  });
});
