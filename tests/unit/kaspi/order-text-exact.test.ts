import { describe, expect, it } from 'vitest';
import { parseOrderText, readOrderText, unwrapValue } from '@/utils/kaspi/parse-order-text';
import { EMPTY_FACTS, type KaspiFacts } from '@/utils/kaspi/types';
import { expectValidFacts } from './helpers';

const NBSP = '\u00a0';

interface Paste {
  name: string;
  /** "Today": dates without a year are never after it. */
  now: string;
  text: string;
  facts: Partial<KaspiFacts>;
}

/**
 * Issue 9 item 14, "Facts read exactly": legal names with nested quotes, item lines "1 шт. · 24 990 ₸",
 * Kazakh titles, dates in both languages with the year taken so that received is never before ordered.
 * Every case here gave a different result before this change.
 */
const PASTES: Paste[] = [
  {
    name: 'ru: nested guillemets in a labelled seller name survive',
    now: '2026-11-20T12:00:00+05:00',
    text: `Заказ № 612345678
Продавец: ТОО «Компания «Альфа»»`,
    facts: { orderNumber: '612345678', sellerName: 'ТОО «Компания «Альфа»»' },
  },
  {
    name: 'ru: straight quotes in a seller name survive',
    now: '2026-11-20T12:00:00+05:00',
    text: `Заказ № 612345678
Продавец: ТОО "Альфа"`,
    facts: { orderNumber: '612345678', sellerName: 'ТОО "Альфа"' },
  },
  {
    name: 'kk: seller after a dash, ЖК «Береке»',
    now: '2026-11-20T12:00:00+05:00',
    text: `Тапсырыс № 1023456789
Сатушы — ЖК «Береке»`,
    facts: { orderNumber: '1023456789', sellerName: 'ЖК «Береке»' },
  },
  {
    name: 'ru: a title ending in a quoted model keeps its closing quote',
    now: '2026-11-20T12:00:00+05:00',
    text: `Товар: Пылесос «Вихрь»
Продавец: ИП «Ромашка»`,
    facts: { productTitle: 'Пылесос «Вихрь»', sellerName: 'ИП «Ромашка»' },
  },
  {
    name: 'ru unlabelled: app screen with an item line "1 шт. · 24 990 ₸"',
    now: '2026-11-20T12:00:00+05:00',
    text: `Заказ № 612345678
12 ноября 2026
Смартфон Samsung Galaxy A15 4/128Gb черный
1 шт. · 24${NBSP}990 ₸
ТОО «Компания «Альфа»»`,
    facts: {
      orderNumber: '612345678',
      orderDate: '2026-11-12',
      productTitle: 'Смартфон Samsung Galaxy A15 4/128Gb черный',
      quantity: 1,
      price: 24990,
    },
  },
  {
    name: 'kk unlabelled: title before "1 дана · 24 990 ₸", Kazakh date',
    now: '2026-11-20T12:00:00+05:00',
    text: `Тапсырыс № 1023456789
12 қараша 2026
Шаңсорғыш Xiaomi Robot Vacuum E10
1 дана · 24 990 ₸
Жалпы: 24 990 ₸`,
    facts: {
      orderNumber: '1023456789',
      orderDate: '2026-11-12',
      productTitle: 'Шаңсорғыш Xiaomi Robot Vacuum E10',
      quantity: 1,
      price: 24990,
      total: 24990,
    },
  },
  {
    name: 'kk labelled: "Сомасы", "Тапсырыс берілген күні", received with "Алынған күні"',
    now: '2026-11-20T12:00:00+05:00',
    text: `Тапсырыс №: 1023456789
Тапсырыс берілген күні: 12 қараша 2026
Алынған күні: 15 қараша 2026
Тауар атауы: Кофемашина DeLonghi
Бағасы: 1 дана · 89 990 ₸
Сатушы: ЖШС «Техно «Әлем»»`,
    facts: {
      orderNumber: '1023456789',
      orderDate: '2026-11-12',
      receivedDate: '2026-11-15',
      productTitle: 'Кофемашина DeLonghi',
      quantity: 1,
      price: 89990,
      sellerName: 'ЖШС «Техно «Әлем»»',
    },
  },
  {
    name: 'ru labelled "Итого" with an item line, dates "12 ноября 2026" and "Получен 14.11.2026"',
    now: '2026-11-20T12:00:00+05:00',
    text: `№ заказа: 612345678
Дата заказа: 12 ноября 2026
Получен: 14.11.2026
Наушники Apple AirPods Pro 2
1 шт. · 99 990 ₸
Итого 99 990 ₸`,
    facts: {
      orderNumber: '612345678',
      orderDate: '2026-11-12',
      receivedDate: '2026-11-14',
      productTitle: 'Наушники Apple AirPods Pro 2',
      quantity: 1,
      price: 99990,
      total: 99990,
    },
  },
  {
    name: 'New Year: ordered 28 Dec 2025, received "3 января" read a year later → 2026-01-03',
    now: '2027-01-05T12:00:00+05:00',
    text: `Заказ № 612345678
Дата заказа: 28.12.2025
Выдан 3 января`,
    facts: { orderNumber: '612345678', orderDate: '2025-12-28', receivedDate: '2026-01-03', status: 'Выдан' },
  },
  {
    name: 'New Year kk: "28 желтоқсан" without a year, received "3 қаңтар 2026"',
    now: '2026-12-30T12:00:00+05:00',
    text: `Тапсырыс № 1023456789
Тапсырыс күні: 28 желтоқсан
Берілді: 3 қаңтар 2026`,
    facts: {
      orderNumber: '1023456789',
      orderDate: '2025-12-28',
      receivedDate: '2026-01-03',
      status: 'Берілді',
    },
  },
  {
    name: 'received before the order date → received dropped, order date kept',
    now: '2026-11-20T12:00:00+05:00',
    text: `Заказ № 612345678
Дата заказа: 12.11.2026
Дата получения: 10.11.2026`,
    facts: { orderNumber: '612345678', orderDate: '2026-11-12' },
  },
  {
    name: 'received without a year that would be after today → not found',
    now: '2026-11-20T12:00:00+05:00',
    text: `Заказ № 612345678
Дата заказа: 18.11.2026
Получен 25 ноября`,
    facts: { orderNumber: '612345678', orderDate: '2026-11-18' },
  },
  {
    name: 'ru "Сумма:" with a multi-quantity item line: "2 шт. · …" is not a unit price',
    now: '2026-11-20T12:00:00+05:00',
    text: `Заказ № 612345678
Дата заказа: 12 ноября
Носки хлопковые, 5 пар
2 шт. · 5 980 ₸
Сумма: 5 980 ₸
Продавец: ИП «Носки «Тёплые»»`,
    facts: {
      orderNumber: '612345678',
      orderDate: '2026-11-12',
      productTitle: 'Носки хлопковые, 5 пар',
      quantity: 2,
      total: 5980,
      sellerName: 'ИП «Носки «Тёплые»»',
    },
  },
  {
    name: 'kk "Сомасы" and a Kazakh title with a label-like word inside',
    now: '2026-11-20T12:00:00+05:00',
    text: `Тапсырыс № 1023456789
Балалар көлігі «Барлығы үшін»
1 дана · 15 000 ₸
Сомасы: 15 000 ₸`,
    facts: {
      orderNumber: '1023456789',
      productTitle: 'Балалар көлігі «Барлығы үшін»',
      quantity: 1,
      price: 15000,
      total: 15000,
    },
  },
  {
    name: 'en/ru mixed: unit price on an item line with "x" and quantity 1 after "·"',
    now: '2026-11-20T12:00:00+05:00',
    text: `Order #612345678
Чехол для iPhone 15 "Clear"
1 шт. · 3 490 тг`,
    facts: {
      orderNumber: '612345678',
      productTitle: 'Чехол для iPhone 15 "Clear"',
      quantity: 1,
      price: 3490,
    },
  },
  {
    name: 'ru: an unlabelled lone date line right after the order header with a weekday',
    now: '2026-11-20T12:00:00+05:00',
    text: `Заказ № 612345678
Чт, 12 ноября
Выдан 14 ноября`,
    facts: {
      orderNumber: '612345678',
      orderDate: '2026-11-12',
      receivedDate: '2026-11-14',
      status: 'Выдан',
    },
  },
];

describe('parseOrderText: facts read exactly', () => {
  it('has at least 15 pastes', () => {
    expect(PASTES.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(PASTES)('$name', ({ text, now, facts }) => {
    const result = parseOrderText(text, new Date(now));
    it('gives exactly the expected facts', () => {
      expect(result).toEqual({ ...EMPTY_FACTS, ...facts });
    });
    it('passes the boundary schema unchanged', () => {
      expectValidFacts(result);
    });
  });
});

describe('readOrderText: which dates were found', () => {
  it('lists each date used, with the text it came from', () => {
    const { foundDates, ignoredDates } = readOrderText(
      'Заказ № 612345678\nДата заказа: 28 декабря 2025\nВыдан 3 января',
      new Date('2026-01-10T12:00:00+05:00'),
    );
    expect(foundDates).toEqual([
      { field: 'orderDate', iso: '2025-12-28', text: '28 декабря 2025' },
      { field: 'receivedDate', iso: '2026-01-03', text: '3 января' },
    ]);
    expect(ignoredDates).toEqual([]);
  });

  it('reports a received date before the order date as ignored', () => {
    const { facts, foundDates, ignoredDates } = readOrderText(
      'Тапсырыс күні: 12 қараша 2026\nБерілді: 10 қараша 2026',
      new Date('2026-11-20T12:00:00+05:00'),
    );
    expect(facts.receivedDate).toBeNull();
    expect(foundDates).toEqual([{ field: 'orderDate', iso: '2026-11-12', text: '12 қараша 2026' }]);
    expect(ignoredDates).toEqual([{ field: 'receivedDate', iso: '2026-11-10', text: '10 қараша 2026' }]);
  });

  it('takes "today" as a parameter: the same paste read on another day keeps its explicit dates', () => {
    const text = 'Дата заказа: 28.12.2025\nПолучен 3 января';
    expect(readOrderText(text, new Date('2026-01-04T12:00:00+05:00')).facts.receivedDate).toBe('2026-01-03');
    expect(readOrderText(text, new Date('2028-06-01T12:00:00+05:00')).facts.receivedDate).toBe('2026-01-03');
    expect(readOrderText(text, new Date('2026-01-02T12:00:00+05:00')).facts.receivedDate).toBeNull();
  });
});

describe('unwrapValue', () => {
  it.each([
    ['ТОО «Компания «Альфа»»', 'ТОО «Компания «Альфа»»'],
    ['«Компания «Альфа»»', 'Компания «Альфа»'],
    ['"Lux Auto"', 'Lux Auto'],
    ['ТОО "Альфа"', 'ТОО "Альфа"'],
    ['"ТОО "Альфа""', 'ТОО "Альфа"'],
    ['"Альфа" и "Бета"', '"Альфа" и "Бета"'],
    ['**ИП «Ромашка»**', 'ИП «Ромашка»'],
    ['«Альфа» и «Бета»', '«Альфа» и «Бета»'],
  ])('%s → %s', (raw, expected) => {
    expect(unwrapValue(raw)).toBe(expected);
  });
});
