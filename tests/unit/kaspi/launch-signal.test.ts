import { describe, expect, it, vi } from 'vitest';
import { classifyKaspiPage } from '@/utils/kaspi/classify';
import { MAX_SIGNAL_TEXT, launchSignal } from '@/utils/kaspi/launch-signal';
import { allFixturePages } from '../../support/kaspi-fixtures';
import { domAt, readFixture } from './helpers';

const SURFACES = new Set(['product', 'merchant', 'order']);
const noText = () => {
  throw new Error('the text must not be read when the URL decides');
};

describe('launchSignal: the URL decides where it can, without reading the page', () => {
  it.each([
    ['https://kaspi.kz/shop/p/rashgard-635798142-chernyi-xl-121207970/', 'launch'],
    ['https://kaspi.kz/shop/p/rashgard-121207970/?c=710000000#reviews', 'launch'],
    ['https://kaspi.kz/shop/info/merchant/30352626/address-tab/', 'launch'],
    ['https://kaspi.kz/shop/info/merchant/Sulpak', 'launch'],
    ['https://kaspi.kz/shop/order/612345678/', 'launch'],
    ['https://kaspi.kz/shop/purchases/order/1045678901', 'launch'],
    ['https://kaspi.kz/', 'never'],
    ['https://kaspi.kz/shop/', 'never'],
    ['https://kaspi.kz/shop/c/smartphones/', 'never'],
    ['https://kaspi.kz/shop/almaty/c/smartphones/', 'never'],
    ['https://kaspi.kz/shop/search/?text=рашгард', 'never'],
    // Never another host, scheme, port or credentials, whatever the path says.
    ['https://kaspi.kz.evil.com/shop/p/rashgard-121207970/', 'never'],
    ['https://evil-kaspi.kz/shop/order/612345678/', 'never'],
    ['https://www.kaspi.kz/shop/p/rashgard-121207970/', 'never'],
    ['http://kaspi.kz/shop/p/rashgard-121207970/', 'never'],
    ['https://kaspi.kz:8443/shop/p/rashgard-121207970/', 'never'],
    ['https://user:pass@kaspi.kz/shop/p/rashgard-121207970/', 'never'],
    ['not a url', 'never'],
  ] as const)('%s → %s', (url, signal) => {
    expect(launchSignal(url, noText)).toBe(signal);
  });
});

describe('launchSignal: a URL that does not decide looks for an order number in the text', () => {
  const at = 'https://kaspi.kz/shop/some/page/';
  it.each([
    ['Заказ № 612345678', 'launch'],
    ['ЗАКАЗ №612345678 от 10.11.2025', 'launch'],
    ['Тапсырыс № 1023456789', 'launch'],
    ['№ заказа: 612345678', 'launch'],
    ['Тапсырыс нөмірі: 1023456789', 'launch'],
    ['Order #612345678', 'launch'],
    // textContent glues block elements and keeps the markup's indentation.
    ['Заказ№\n          \n        612345678', 'launch'],
    ['Ваш заказ оформлен. Заказ № придёт в SMS.', 'watch'],
    ['Заказ № 12345678', 'watch'],
    ['Код товара: 121207970', 'watch'],
    ['', 'watch'],
  ] as const)('%j → %s', (text, signal) => {
    expect(launchSignal(at, () => text)).toBe(signal);
  });

  it('reads the text lazily, once, and only the first MAX_SIGNAL_TEXT characters of it', () => {
    const read = vi.fn(() => `${'x'.repeat(MAX_SIGNAL_TEXT)}Заказ № 612345678`);
    expect(launchSignal(at, read)).toBe('watch');
    expect(read).toHaveBeenCalledTimes(1);
  });
});

describe("launchSignal never misses a page the launcher's classifier accepts", () => {
  // jsdom parses the real product pages (a few MB): slow on a busy machine.
  it(
    'every fixture page: a complaint surface gets "launch"; a URL that is never one gets "never"',
    { timeout: 60_000 },
    () => {
      const pages = allFixturePages();
      expect(pages.length).toBeGreaterThanOrEqual(18);
      for (const page of pages) {
        const html = readFixture(page.file);
        const doc = domAt(html, page.url);
        const kind = classifyKaspiPage(page.url, doc);
        const signal = launchSignal(page.url, () => doc.body?.textContent ?? '');
        if (SURFACES.has(kind)) expect(signal, `${page.url} (${kind})`).toBe('launch');
        if (signal === 'never') expect(SURFACES.has(kind), page.url).toBe(false);
      }
    },
  );

  it('generated order pages: whatever the classifier calls an order, the signal launches', () => {
    const bodies = [
      '<h1>Заказ № 612345678</h1>',
      '<h1>Тапсырыс № 1023456789</h1>',
      '<p>№ заказа: 612345678</p>',
      '<div><span>Заказ №</span></div>\n    <div>\n      612345678\n    </div>',
      '<p>Заказ №&nbsp;612345678</p><p>Заказ № 612345678</p>',
      '<table><tr><td>Номер заказа</td><td>612345678</td></tr></table>',
      '<p>Order number: 612345678</p>',
      '<h1>№ 612345678</h1>',
      '<h1>Детали заказа</h1>',
      '<p>Тапсырыс</p><p>нөмірі</p><p>1023456789</p>',
    ];
    const urls = [
      'https://kaspi.kz/shop/some/page/',
      'https://kaspi.kz/shop/order/details/',
      'https://kaspi.kz/shop/order/612345678/',
    ];
    let surfaces = 0;
    for (const url of urls) {
      for (const body of bodies) {
        const doc = domAt(`<!DOCTYPE html><html><body>${body}</body></html>`, url);
        if (!SURFACES.has(classifyKaspiPage(url, doc))) continue;
        surfaces++;
        expect(
          launchSignal(url, () => doc.body?.textContent ?? ''),
          `${url} ${body}`,
        ).toBe('launch');
      }
    }
    expect(surfaces).toBeGreaterThanOrEqual(15);
  });
});
