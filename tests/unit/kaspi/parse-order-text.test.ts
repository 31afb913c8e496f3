import { describe, expect, it } from 'vitest';
import { parseOrderText } from '@/utils/kaspi/parse-order-text';
import { EMPTY_FACTS, type KaspiFacts } from '@/utils/kaspi/types';
import { expectValidFacts } from './helpers';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

interface Paste {
  name: string;
  /** "Today" for dates written without a year. */
  now: string;
  text: string;
  facts: Partial<KaspiFacts>;
}

/** Realistic pastes from the Kaspi.kz app, shared messages and hand-typed notes, each with its exact facts. */
const PASTES: Paste[] = [
  {
    name: 'ru: order details screen copied from the app',
    now: '2025-11-20T12:00:00+05:00',
    text: `Заказ № 612345678
Выдан 14 ноября
Рашгард черный, XL
1 шт × 2${NBSP}810 ₸
Продавец: ShoрKZ
Дата заказа: 10.11.2025
Итого: 2${NBSP}810 ₸`,
    facts: {
      orderNumber: '612345678',
      status: 'Выдан',
      receivedDate: '2025-11-14',
      orderDate: '2025-11-10',
      productTitle: 'Рашгард черный, XL',
      quantity: 1,
      price: 2810,
      sellerName: 'ShoрKZ',
      total: 2810,
    },
  },
  {
    name: 'kk: тапсырыс details with a 10-digit order',
    now: '2026-01-20T12:00:00+05:00',
    text: `Тапсырыс № 1023456789
Күйі: Берілді
Тапсырыс күні: 2026 жылғы 3 қаңтар
Берілді: 5 қаңтар
Тауар: Комплект ALPIKA черный, серый
Тауар коды: 140035645
Саны: 1 дана
Жалпы сомасы: 14${NBSP}900 ₸
Сатушы: Lux Auto`,
    facts: {
      orderNumber: '1023456789',
      status: 'Берілді',
      orderDate: '2026-01-03',
      receivedDate: '2026-01-05',
      productTitle: 'Комплект ALPIKA черный, серый',
      productCode: '140035645',
      quantity: 1,
      total: 14900,
      sellerName: 'Lux Auto',
    },
  },
  {
    name: 'mixed ru/kk shared message with emoji, NBSP, U+202F, "тг" and a product link',
    now: '2025-08-10T12:00:00+05:00',
    text: `📦 Kaspi Магазин
Заказ №: 598765432 от 02.08.2025
✅ Статус: Передан курьеру
Товар: Комплект ALPIKA черный
Цена: 8${NBSP}763 тг
Количество: 2 шт
Сумма заказа: 17${NNBSP}526 тг
Сатушы: ИП ONLYFIT
https://kaspi.kz/shop/p/komplekt-alpika-102492502-chernyi-52-102529963/?c=750000000&ref=shared`,
    facts: {
      orderNumber: '598765432',
      orderDate: '2025-08-02',
      status: 'Передан курьеру',
      productTitle: 'Комплект ALPIKA черный',
      price: 8763,
      quantity: 2,
      total: 17526,
      sellerName: 'ИП ONLYFIT',
      productUrl: 'https://kaspi.kz/shop/p/komplekt-alpika-102492502-chernyi-52-102529963/',
      productCode: '102529963',
    },
  },
  {
    name: 'only an order number',
    now: '2025-08-10T12:00:00+05:00',
    text: '   612345678  \n',
    facts: { orderNumber: '612345678' },
  },
  {
    name: 'garbage: chat text with phone numbers → all null',
    now: '2025-08-10T12:00:00+05:00',
    text: `Привет! Когда будет доставка?
Звоните 87021234567 или
7021234567
Спасибо 🙏 жду уже 3 дня, заказ где? 😡😡`,
    facts: {},
  },
  {
    name: 'cancelled order with a Kaspi cancel reason, bare sum, article',
    now: '2025-08-10T12:00:00+05:00',
    text: `Заказ 601725169
Отменен покупателем (Товар не соответствует описанию/фото)
Оформлен: 28.07.2025
Сумма: 16990
Артикул: 121207970`,
    facts: {
      orderNumber: '601725169',
      status: 'Отменен',
      orderDate: '2025-07-28',
      total: 16990,
      productCode: '121207970',
    },
  },
  {
    name: 'status timeline: the final status wins, dates without a year',
    now: '2026-04-01T12:00:00+05:00',
    text: `Детали заказа
Заказ № 1022135385
Оформлен 12 марта
Ожидает передачи курьеру
Передан курьеру 13 марта
Выдан 15 марта`,
    facts: {
      orderNumber: '1022135385',
      orderDate: '2026-03-12',
      receivedDate: '2026-03-15',
      status: 'Выдан',
    },
  },
  {
    name: 'one-line complaint draft typed by the buyer',
    now: '2025-12-01T12:00:00+05:00',
    text: 'Здравствуйте, по заказу №612345678 от 14.11.2025 на сумму 12 990 ₸ товар не соответствует описанию',
    facts: { orderNumber: '612345678', orderDate: '2025-11-14', total: 12990 },
  },
  {
    name: 'Telegram-style markdown, Kazakh typed with Russian letters, year from the reference',
    now: '2026-01-10T12:00:00+05:00',
    text: `*Тапсырыс №:* \`1023456789\`
Тапсырыс куни — 28 желтоксан
Кайтару
Жалпы сомасы: 4 990 тг`,
    facts: { orderNumber: '1023456789', orderDate: '2025-12-28', status: 'Кайтару', total: 4990 },
  },
  {
    name: 'two different orders in one paste → no order number (never guess)',
    now: '2025-11-20T12:00:00+05:00',
    text: `Заказ № 612345678 — рашгард
Заказ № 612345679 — комплект
Выдан 14.11.2025`,
    facts: { status: 'Выдан', receivedDate: '2025-11-14' },
  },
  {
    name: 'product code that disagrees with the pasted link → no code, link kept',
    now: '2025-11-20T12:00:00+05:00',
    text: `Код товара: 121207970
https://kaspi.kz/shop/p/komplekt-alpika-102492502-chernyi-52-102529963/`,
    facts: { productUrl: 'https://kaspi.kz/shop/p/komplekt-alpika-102492502-chernyi-52-102529963/' },
  },
  {
    name: 'label and value on separate lines, Kazakh return, seller page link',
    now: '2025-11-20T12:00:00+05:00',
    text: `№ заказа
598765432
Статус
Қайтару
Сумма
11 990 ₸
Продавец
TESSO
kaspi.kz/shop/info/merchant/30321583/reviews-tab/`,
    facts: {
      orderNumber: '598765432',
      status: 'Қайтару',
      total: 11990,
      sellerName: 'TESSO',
      merchantId: '30321583',
    },
  },
  {
    name: 'hostile: markup stays text, control characters go, lengths are bounded',
    now: '2025-11-20T12:00:00+05:00',
    text: `Заказ № 612345678\u0007
Продавец: <img src=x onerror=alert(1)>\u202e\u001b[31m
Товар: <script>alert("x")</script> ${'Очень длинный товар '.repeat(30)}
Статус: Выдан\u0000`,
    facts: {
      orderNumber: '612345678',
      sellerName: '<img src=x onerror=alert(1)>[31m',
      productTitle: `<script>alert("x")</script> ${'Очень длинный товар '.repeat(30)}`
        .slice(0, 300)
        .trimEnd(),
      status: 'Выдан',
    },
  },
  {
    name: 'links to other hosts are ignored',
    now: '2025-11-20T12:00:00+05:00',
    text: `https://evil-kaspi.kz/shop/p/rashgard-121207970/
https://kaspi.kz.evil.com/shop/p/rashgard-121207970/
https://evil.example/?u=kaspi.kz/shop/p/rashgard-121207970/`,
    facts: {},
  },
];

describe('parseOrderText', () => {
  it('has at least 8 realistic pastes', () => {
    expect(PASTES.length).toBeGreaterThanOrEqual(8);
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

  it('a status word starting a menu item or a sentence is not a status', () => {
    const ref = new Date('2025-11-20T12:00:00+05:00');
    expect(parseOrderText('Возврат и обмен\nВыдан паспорт', ref).status).toBeNull();
    expect(parseOrderText('Возврат оформлен 15.11.2025', ref).status).toBe('Возврат');
    expect(parseOrderText('Отменён покупателем', ref).status).toBe('Отменён');
    expect(parseOrderText('ВЫДАН', ref).status).toBe('ВЫДАН');
  });

  it('survives non-strings, empty text and huge input', () => {
    expect(parseOrderText('')).toEqual(EMPTY_FACTS);
    expect(parseOrderText(undefined as unknown as string)).toEqual(EMPTY_FACTS);
    const huge = `Заказ № 612345678\n${'x'.repeat(200_000)}`;
    expect(parseOrderText(huge).orderNumber).toBe('612345678');
  });
});
