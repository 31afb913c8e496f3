/**
 * 1,000 realistic saved cases as plain objects that satisfy caseSchema (utils/cases/schema.ts), made
 * without importing the app. Deterministic (seeded), so every run lists the same cases.
 */

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRODUCTS = [
  ['Смартфон Samsung Galaxy A55 5G 8 ГБ/256 ГБ синий', 'samsung-galaxy-a55', 1_159_990, 209_990],
  ['Рашгард 635798142 черный XL', 'rashgard-635798142-chernyi-xl', 121207970, 2_810],
  ['Комплект ALPIKA 102492502 черный 52', 'komplekt-alpika-102492502-chernyi-52', 102529963, 8_763],
  ['Пылесос Dyson V15 Detect Absolute серый', 'dyson-v15-detect', 103_454_122, 389_990],
  ['Наушники Apple AirPods Pro 2 USB-C белый', 'apple-airpods-pro-2', 113_677_582, 119_990],
  ['Кроссовки Nike Air Max 90 белый 42', 'nike-air-max-90-42', 106_812_470, 54_990],
  ['Холодильник LG GA-B509CQSL серебристый', 'lg-ga-b509cqsl', 100_220_134, 329_990],
  ['Детская коляска Babalo Future 2024 черный', 'babalo-future-2024', 117_045_223, 64_900],
  ['Чайник электрический Xiaomi Mi Electric Kettle 2 белый', 'xiaomi-kettle-2', 104_557_981, 12_490],
  ['Шуба из мутона женская коричневый 48', 'shuba-muton-48', 131_802_654, 149_000],
  ['Ноутбук Lenovo IdeaPad Slim 3 15IRH8 серый', 'lenovo-ideapad-slim-3', 112_400_987, 279_990],
  ['Куртка зимняя мужская Columbia черный L', 'columbia-winter-l', 125_566_301, 78_500],
];
const SELLERS = [
  ['TechnoDom', 'technodom'],
  ['Sulpak', 'Sulpak'],
  ['ALPIKA Official', '30352626'],
  ['Mechta.kz', 'mechta'],
  ['SportMaster KZ', '30321583'],
  ['Белый Ветер', 'whitewind'],
  ['DARI store', '17643210'],
  ['Kids Mall Almaty', 'kidsmall_ala'],
  [null, null],
];
const PROBLEMS = [
  'poor-quality',
  'not-as-described',
  'late-delivery',
  'return-refused',
  'fraud',
  'other',
  null,
];
const REMEDIES = ['refund', 'replacement', 'repair', 'price-reduction', 'delivery', null];
const STATUSES = ['draft', 'open', 'open', 'submitted', 'submitted', 'escalated', 'resolved', 'closed'];
const CHANNELS = ['app', 'website', 'hotline'];
const DESCRIPTIONS = [
  'Товар пришёл с дефектом: не включается после зарядки. Продавец не отвечает в чате.',
  'Цвет и размер не соответствуют описанию на странице товара.',
  'Доставка задержана на неделю, статус заказа не меняется.',
  'Продавец отказал в возврате, хотя 14 дней ещё не прошло и упаковка сохранена.',
  'После оплаты продавец попросил перевести деньги напрямую, товар не отправлен.',
  '',
];

const DAY = 86_400_000;
const iso = (ms) => new Date(ms + 5 * 3_600_000).toISOString().slice(0, 10); // the day in Kazakhstan (UTC+5)

export function makeCases(count = 1000, now = Date.now(), seed = 20251126) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
    h[12] = '4';
    h[16] = '89ab'[Math.floor(r() * 4)];
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };

  const cases = [];
  for (let i = 0; i < count; i++) {
    const [title, slug, code, basePrice] = pick(PRODUCTS);
    const [sellerName, merchantId] = pick(SELLERS);
    const ordered = now - int(1, 400) * DAY - int(0, DAY - 1);
    const received = r() < 0.85 ? ordered + int(1, 7) * DAY : null;
    const createdAt = Math.min(now - 60_000, (received ?? ordered) + int(0, 20) * DAY + int(0, DAY - 1));
    const status = pick(STATUSES);
    const hasOrder = r() < 0.8;
    const timeline = [{ id: uuid(), at: createdAt, kind: 'created', date: null, channel: null, note: '' }];
    let at = createdAt;
    const later = () => (at = Math.min(now - 1_000, at + int(1, 5) * DAY));
    if (['submitted', 'escalated', 'resolved', 'closed'].includes(status)) {
      timeline.push({
        id: uuid(),
        at: later(),
        kind: 'submitted',
        date: null,
        channel: pick(CHANNELS),
        note: '',
      });
    }
    if (status === 'escalated') {
      timeline.push({
        id: uuid(),
        at: later(),
        kind: 'claim-sent',
        date: iso(at),
        channel: 'claim-letter',
        note: '',
      });
    }
    if (status === 'resolved' || status === 'closed') {
      timeline.push({
        id: uuid(),
        at: later(),
        kind: status,
        date: null,
        channel: null,
        note: 'Деньги вернули',
      });
    }
    cases.push({
      id: uuid(),
      schemaVersion: 1,
      order: {
        orderNumber: hasOrder ? String(int(100_000_000, 9_999_999_999)) : null,
        productCode: r() < 0.95 ? String(code) : null,
        productTitle: r() < 0.97 ? title : null,
        productUrl: r() < 0.9 ? `https://kaspi.kz/shop/p/${slug}-${code}/` : null,
        sellerName,
        merchantId,
        price: r() < 0.9 ? Math.max(1, Math.round(basePrice * (0.9 + r() * 0.2))) : null,
        orderDate: iso(ordered),
        receivedDate: received === null ? null : iso(received),
      },
      problem: pick(PROBLEMS),
      remedy: pick(REMEDIES),
      description: pick(DESCRIPTIONS),
      status,
      buyer: null,
      proof: [],
      supportVariant: 'standard',
      buyerReminder: null,
      sellerAnswer: null,
      sellerAddress: '',
      timeline,
      createdAt,
      updatedAt: timeline[timeline.length - 1].at,
    });
  }
  return cases;
}
