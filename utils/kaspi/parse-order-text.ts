import { cleanLine, lineOrNull } from './clean-text';
import { type DateMatch, kzDay, readKaspiDateMatchAt, yearBetween } from './dates';
import { AMOUNT_SOURCE, CURRENCY_SOURCE, amountFromParts, parseTengeExact } from './money';
import { EMPTY_FACTS, type KaspiFacts } from './types';
import { merchantIdFromHref, productRef } from './urls';

/**
 * Order details a buyer pastes from the Kaspi.kz app (Магазин → Мои заказы → Детали заказа,
 * guide.kaspi.kz/partner/ru/cashier/connection/q3162) or types by hand, in Russian or Kazakh.
 * Labels and values come from Kaspi's own vocabulary (shared/research/*.json: "№ заказа", "Сумма",
 * "Артикул", "Количество", statuses Выдан / Возврат / Отменен / Ожидает передачи курьеру / Передан курьеру /
 * Ожидает отмены) plus the everyday wording of the app and of shared messages. Nothing is guessed: a field
 * that is missing, or found twice with different values, is null.
 */

const MAX_INPUT = 20_000;
const L = String.raw`\p{L}`;
/** Between a label and its value: spaces, line breaks, colons, dashes, quotes and markdown marks. */
const SEP = String.raw`[\s:：*_\x60"'«»=–—-]*`;

const ORDER_LABEL = String.raw`(?:заказ[а-яё]*|тапсырыс[${L}]*|order)`;
const NUMBER_WORD = String.raw`(?:№|#|no\.?|nr\.?|номер[а-яё]*|нөмір[${L}]*|number)`;
/** "Заказ № 612345678", "№ заказа: 612345678", "Тапсырыс №: 1023456789", "Order #612345678" (9–10 digits). */
const ORDER_RE = new RegExp(
  String.raw`(?<![${L}\p{N}])${ORDER_LABEL}${SEP}(?:${NUMBER_WORD}${SEP})?(\d{9,10})(?!\d)`,
  'giu',
);
/** "№ 612345678" — counted only where the page path already says "order". */
const BARE_NUMBER_RE = /(?<![\p{L}\p{N}])№ ?(\d{9,10})(?!\d)/gu;

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** The single value when all candidates agree, else null (missing or conflicting: never guess). */
export function single<T>(values: ReadonlyArray<T | null | undefined>): T | null {
  const found = distinct(values.filter((v): v is T => v !== null && v !== undefined));
  return found.length === 1 ? (found[0] as T) : null;
}

/** Distinct labelled order numbers in the text, in order of appearance. */
export function findOrderNumbers(text: string, bareNumberSign = false): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(ORDER_RE)) if (m[1]) found.push(m[1]);
  if (bareNumberSign) for (const m of text.matchAll(BARE_NUMBER_RE)) if (m[1]) found.push(m[1]);
  return distinct(found);
}

/** Control characters out, every kind of space to ' ', one trimmed line per input line, no empty lines. */
function toLines(text: string): string[] {
  return text
    .slice(0, MAX_INPUT)
    .split(/\r\n|[\r\n\u2028\u2029\u0085]/)
    .map((line) => cleanLine(line, 1000))
    .filter((line) => line !== '');
}

function labelRe(labels: string, tail: string): RegExp {
  return new RegExp(String.raw`(?<![${L}\p{N}])(?:${labels})(?![${L}])${SEP}${tail}`, 'giu');
}

/** Every date that follows one of the labels. */
function datesAfter(text: string, labels: string, reference: Date): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(labelRe(labels, ''))) {
    const date = readKaspiDateMatchAt(text.slice((m.index ?? 0) + m[0].length), reference);
    if (date) out.push(date);
  }
  return out;
}

const AMOUNT_AFTER = String.raw`${AMOUNT_SOURCE} ?(?:${CURRENCY_SOURCE}|(?=[ \t]*(?:\n|$)))`;

/** Every amount that follows one of the labels, with ₸/тг or alone at the end of its line. */
function amountsAfter(text: string, labels: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(labelRe(labels, AMOUNT_AFTER))) {
    const value = amountFromParts(m[1], m[2]);
    if (value !== null) out.push(value);
  }
  return out;
}

const ORDER_DATE_LABELS = [
  'дата заказа',
  'дата оформления(?: заказа)?',
  'дата поступления заказа',
  'заказ оформлен',
  'оформлен[аоы]?',
  'тапсырыс к[үу]н[іи]',
  'тапсырыс бер[іи]лген к[үу]н[іи]?',
  'тапсырыс рәсімделді',
  'рәсімделді',
  'рәсімделген күні',
  'ресімделді',
  'order date',
  'ordered',
].join('|');
const RECEIVED_LABELS = [
  'дата получения',
  'дата выдачи',
  'получен[аоы]?',
  'выдан[аоы]?(?: покупателю)?',
  'вручен[аоы]?',
  'бер[іи]лд[іи]',
  'алынды',
  'алған к[үу]н[іи]',
  'алынған к[үу]н[іи]',
  // "Тапсырыс берілген күні" is the day the order was placed, not received.
  '(?<!тапсырыс\\s)бер[іи]лген к[үу]н[іи]',
  'received',
].join('|');
const TOTAL_LABELS = [
  'итого(?: к оплате)?',
  'всего к оплате',
  'к оплате',
  'оплачено',
  'жалпы сомасы',
  'жалпы сома',
  'жалпы',
  'общая сумма',
  'барлығы',
  'жиыны',
  'төлем сомасы',
  'төленді',
  'total',
].join('|');
const SUM_LABELS = [
  'сумм[аеуы]?(?: заказа)?',
  'на сумму',
  'стоимость заказа',
  'тапсырыс сомасы',
  'сомасы',
].join('|');
const PRICE_LABELS = ['цена(?: за (?:шт\\.?|единицу|1 шт\\.?))?', 'бағасы', 'баға', 'price'].join('|');
const CODE_LABELS = [
  'код товара',
  'тауар коды',
  'тауардың коды',
  'артикул',
  'арт\\.',
  'product code',
  'sku',
].join('|');
const QUANTITY_LABELS = ['количество(?: товар(?:а|ов)?)?', 'кол-во', 'саны', 'qty', 'quantity'].join('|');
const SELLER_LABELS = ['продавец', 'сатушы', 'магазин продавца', 'seller'].join('|');
const TITLE_LABELS = [
  'название товара(?: в kaspi магазине)?',
  'наименование(?: товара)?',
  'название',
  'товар',
  'тауар',
  'тауар атауы',
  'тауардың атауы',
  'атауы',
  'product',
  'item',
].join('|');
const STATUS_LABELS = ['статус(?: заказа)?', 'тапсырыс к[үу]й[іи]', 'к[үу]й[іи]', 'мәртебесі', 'status'].join(
  '|',
);

/** Kaspi's status words as the seller cabinet and the app show them (Russian and Kazakh), longest first. */
const STATUS_WORDS =
  'ожидает передачи курьеру|передан курьеру|ожидает отмены|ожидает возврата|выдан|возвращ[её]н|возврат|отмен[её]н|' +
  'бер[іи]лд[іи]|[қк]айтару|бас тартылды';
/** Statuses that end an order: when a pasted timeline holds several statuses, only these can be "the" status. */
const FINAL_STATUS = /^(?:выдан|возвращ[её]н|возврат|отмен[её]н|бер[іи]лд[іи]|[қк]айтару|бас тартылды)$/iu;
const STATUS_AT_START = new RegExp(String.raw`^[^${L}\p{N}]*(${STATUS_WORDS})(?![${L}])`, 'iu');
const STATUS_VALUE = new RegExp(String.raw`^(${STATUS_WORDS})(?![${L}])`, 'iu');

/**
 * What may follow a status word for the line to be a status ("Выдан", "Выдан 14 ноября", "Отменен покупателем
 * (Передумал покупать)", "Берілді: 5 қаңтар") — not a menu item such as "Возврат и обмен".
 */
const FREE_STATUS_TAIL = new RegExp(
  String.raw`^(?:$|[(:,.–—-]|\d|(?:пн|вт|ср|чт|пт|сб|вс)\.?,|(?:покупател|продавц|клиент|оформлен|сатушы)[${L}]*(?![${L}]))`,
  'iu',
);

const QUANTITY_LINE = new RegExp(String.raw`^(\d{1,5}) ?(?:шт|дана)\.?(?![${L}])`, 'iu');

function lineLabel(labels: string): RegExp {
  return new RegExp(String.raw`^[^${L}\p{N}]*(?:${labels})(?:\s*[:：]\s*(.*)|\s*[—–-]\s+(.*)|\s*)$`, 'iu');
}
const SELLER_LINE = lineLabel(SELLER_LABELS);
const TITLE_LINE = lineLabel(TITLE_LABELS);
const STATUS_LINE = lineLabel(STATUS_LABELS);

/**
 * A value without markdown marks and without quotes that wrap all of it: `"Lux Auto"` → `Lux Auto`,
 * `«Компания «Альфа»»` → `Компания «Альфа»`. Quotes that belong to a legal name stay: `ТОО «Компания «Альфа»»`,
 * `ИП «Ромашка»`, `ТОО "Альфа"` are kept whole (never cut at the first closing quote).
 */
export function unwrapValue(raw: string): string {
  let value = raw.replace(/^[*_\x60\s]+|[*_\x60\s]+$/g, '');
  for (;;) {
    const open = value.charAt(0);
    const close = value.charAt(value.length - 1);
    const pair =
      (open === '«' && close === '»') || (open === '"' && close === '"') || (open === "'" && close === "'");
    const inner = value.slice(1, -1);
    if (!pair || value.length < 3 || !balancedQuotes(inner)) return value;
    // `"Альфа" и "Бета"`: the first inner straight quote closes, so the outer ones are not a pair.
    if (open === '"' && /^[^"]*[^\s("]"/.test(inner)) return value;
    value = inner.replace(/^[*_\x60\s]+|[*_\x60\s]+$/g, '');
  }
}

/** Every « closed by a » after it, and an even number of straight double quotes. */
function balancedQuotes(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '«') depth++;
    else if (c === '»' && --depth < 0) return false;
  }
  return depth === 0 && (text.match(/"/g) ?? []).length % 2 === 0;
}

/** A line that is a label with a value after ":" (or nothing, the value being on the next line). */
function labelledValue(lines: string[], i: number, re: RegExp): string | null {
  const m = re.exec(lines[i] ?? '');
  if (!m) return null;
  const value = unwrapValue(m[1] ?? m[2] ?? '');
  if (value) return value;
  // Label alone: the value is the next line, unless that line is itself a label.
  const next = lines[i + 1];
  return next && !/[:：]\s*\S/.test(next) && !ANY_LABEL.test(next) ? next : null;
}

const ANY_LABEL = new RegExp(
  String.raw`^[^${L}\p{N}]*(?:${[SELLER_LABELS, TITLE_LABELS, STATUS_LABELS, CODE_LABELS, QUANTITY_LABELS, PRICE_LABELS, TOTAL_LABELS, SUM_LABELS, ORDER_DATE_LABELS, RECEIVED_LABELS].join('|')})(?![${L}])`,
  'iu',
);

const ORDER_IN_LINE = new RegExp(ORDER_RE.source, 'iu');
const CURRENCY_IN_LINE = new RegExp(CURRENCY_SOURCE, 'iu');

/** Plausible product title: words, not a label, a status, a number, an amount, a date or a link. */
function titleLike(line: string | undefined): line is string {
  if (!line || line.length > 300) return false;
  if ((line.match(/\p{L}/gu) ?? []).length < 3) return false;
  if (ANY_LABEL.test(line) || STATUS_AT_START.test(line) || QUANTITY_LINE.test(line)) return false;
  if (/kaspi\.kz\/|https?:\/\//i.test(line) || ORDER_IN_LINE.test(line)) return false;
  return !CURRENCY_IN_LINE.test(line);
}

export interface OrderTextOptions {
  /** The order number is known already (page mode): skip the "number alone on a line" rule and the title guess. */
  orderNumber?: string | null;
  pageMode?: boolean;
}

/** A date the reading used (or set aside), with the text it was read from. */
export interface FoundDate {
  field: 'orderDate' | 'receivedDate';
  /** YYYY-MM-DD. */
  iso: string;
  /** As written: "3 января", "12.11.2026", "2025 жылғы 14 қараша". */
  text: string;
}

export interface OrderTextReading {
  facts: KaspiFacts;
  /** The dates in `facts`, in field order, each with its text: shown to the buyer to check. */
  foundDates: FoundDate[];
  /** A received date before the order date: not used (the buyer is told, and types the right one). */
  ignoredDates: FoundDate[];
  /** How many item prices the text shows (agreeing or not): a total stands for the price only when none is. */
  pricesShown: number;
}

/** The whole line is a date (an optional weekday before it, "г." or a time after it): "Чт, 12 ноября". */
function lineIsDate(line: string | undefined, today: Date): DateMatch | null {
  if (!line) return null;
  const date = readKaspiDateMatchAt(line, today);
  if (!date) return null;
  const rest = line.slice(date.index + date.length);
  return /^[\s,.]*(?:г\.?|ж\.?|жыл[\p{L}]*)?[\s,.]*(?:\d{1,2}:\d{2})?$/iu.test(rest) ? date : null;
}

interface ResolvedDates {
  orderDate: string | null;
  receivedDate: string | null;
  found: FoundDate[];
  ignored: FoundDate[];
}

/** Days from a to b (ISO dates). */
function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/**
 * The order and received dates, each only when every candidate agrees. A date without a year is placed so that
 * nothing is after today, and the received date is not before the order date ("28.12.2025" then "3 января" →
 * 2026-01-03; "28 желтоқсан" then "3 қаңтар 2026" → 2025-12-28). A received date that is still before the
 * order date is dropped (the order date, read from the order header, is the one to trust) and reported.
 */
function resolveDates(orderC: DateMatch[], receivedC: DateMatch[], today: Date): ResolvedDates {
  const day = kzDay(today) ?? '9999-12-31';
  const receivedWritten =
    receivedC.length > 0 && receivedC.every((d) => d.yearWritten)
      ? single(receivedC.map((d) => d.iso))
      : null;
  const orderIso = (bound: string) =>
    orderC.map((d) => (d.yearWritten ? d.iso : yearBetween(d.iso, null, bound)));
  let orderValues = orderIso(day);
  let orderDate = single(orderValues);
  if (orderDate && receivedWritten && orderDate > receivedWritten) {
    // Only a year-less order date moves, and only when that makes a plausible delivery (two months at most).
    const earlier = orderIso(receivedWritten);
    const moved = single(earlier);
    if (moved && daysBetween(moved, receivedWritten) <= 62) {
      orderValues = earlier;
      orderDate = moved;
    }
  }
  const receivedValues = receivedC.map((d) => (d.yearWritten ? d.iso : yearBetween(d.iso, orderDate, day)));
  let receivedDate = single(receivedValues);
  const found: FoundDate[] = [];
  const ignored: FoundDate[] = [];
  const text = (candidates: DateMatch[], values: (string | null)[], iso: string) =>
    candidates[values.indexOf(iso)]?.text ?? iso;
  if (orderDate)
    found.push({ field: 'orderDate', iso: orderDate, text: text(orderC, orderValues, orderDate) });
  if (receivedDate) {
    const entry: FoundDate = {
      field: 'receivedDate',
      iso: receivedDate,
      text: text(receivedC, receivedValues, receivedDate),
    };
    if (orderDate && receivedDate < orderDate) {
      ignored.push(entry);
      receivedDate = null;
    } else found.push(entry);
  }
  return { orderDate, receivedDate, found, ignored };
}

/** Fields of an order found in lines of text (a paste, or the visible lines of an order page). */
export function readOrderLines(lines: string[], today: Date, options: OrderTextOptions): OrderTextReading {
  const facts: KaspiFacts = { ...EMPTY_FACTS };
  const text = lines.join('\n');

  // Product and merchant links pasted with the text.
  const products: { url: string; code: string }[] = [];
  const merchants: string[] = [];
  const linkRe = /(?<![\p{L}\p{N}./=@-])(?:https?:\/\/)?(?:www\.)?kaspi\.kz(\/[^\s<>"'`«»)\]]*)/giu;
  for (const m of text.matchAll(linkRe)) {
    const path = (m[1] ?? '').replace(/[.,;:!?]+$/, '');
    const product = productRef(`https://kaspi.kz${path}`);
    if (product) products.push(product);
    const merchant = merchantIdFromHref(`https://kaspi.kz${path}`);
    if (merchant) merchants.push(merchant);
  }
  const product =
    products.length > 0 && distinct(products.map((p) => p.url)).length === 1 ? products[0] : null;

  // Order number.
  if (options.pageMode) facts.orderNumber = options.orderNumber ?? null;
  else {
    const labelled = findOrderNumbers(text);
    if (labelled.length === 1) facts.orderNumber = labelled[0] ?? null;
    else if (labelled.length === 0) facts.orderNumber = loneOrderNumber(lines);
  }

  // Dates: labelled, "Заказ № … от 14.11.2025", or a date alone on the line under the order header.
  const orderDates = datesAfter(text, ORDER_DATE_LABELS, today);
  for (const m of text.matchAll(ORDER_RE)) {
    const rest = text.slice((m.index ?? 0) + m[0].length);
    const from = /^[ ,]*(?:от|from|,) */iu.exec(rest);
    const date = from ? readKaspiDateMatchAt(rest.slice(from[0].length), today) : null;
    if (date) orderDates.push(date);
  }
  lines.forEach((line, i) => {
    if (!ORDER_IN_LINE.test(line)) return;
    const date = lineIsDate(lines[i + 1], today);
    if (date) orderDates.push(date);
  });
  const dates = resolveDates(orderDates, datesAfter(text, RECEIVED_LABELS, today), today);
  facts.orderDate = dates.orderDate;
  facts.receivedDate = dates.receivedDate;

  // Money: a total ("Итого", "Жалпы сомасы") wins over a plain "Сумма".
  const totals = distinct(amountsAfter(text, TOTAL_LABELS));
  facts.total = totals.length > 0 ? single(totals) : single(amountsAfter(text, SUM_LABELS));
  const prices = amountsAfter(text, PRICE_LABELS);
  // Item lines: "1 шт × 2 810 ₸" (a unit price), "1 шт. · 24 990 ₸" / "1 дана · 24 990 ₸" (what the line costs:
  // the price only for one piece; "2 шт. · 5 980 ₸" may be the line's sum, so it is not read as a price).
  const itemLineRe = new RegExp(
    String.raw`(?<![\d])(\d{1,5}) ?(?:шт|дана)\.? ?(?:([×xXхХ*])|[·•∙|:–—-]) ?${AMOUNT_SOURCE} ?${CURRENCY_SOURCE}`,
    'giu',
  );
  for (const m of text.matchAll(itemLineRe)) {
    const value = amountFromParts(m[3], m[4]);
    if (value !== null && (m[2] || m[1] === '1')) prices.push(value);
  }
  // An amount alone on its line next to "1 шт." (the order page's item block: title, "1 шт.", "24 990 ₸").
  lines.forEach((line, i) => {
    const amount = CURRENCY_IN_LINE.test(line) ? parseTengeExact(line) : null;
    if (amount === null) return;
    const oneNear = [lines[i - 1], lines[i + 1]].some((l) => /^1 ?(?:шт|дана)\.?$/iu.test(l ?? ''));
    if (oneNear && !ANY_LABEL.test(lines[i - 1] ?? '')) prices.push(amount);
  });
  facts.price = single(prices);

  // Quantity: "Количество: 2", "2 шт", "1 дана".
  const quantities: number[] = [];
  for (const m of text.matchAll(labelRe(QUANTITY_LABELS, String.raw`(\d{1,5})(?![\d.,]?\d)`))) {
    quantities.push(Number(m[1]));
  }
  for (const m of text.matchAll(
    new RegExp(String.raw`(?<![\d.,])(\d{1,5}) ?(?:шт|дана)\.?(?![${L}])`, 'giu'),
  )) {
    quantities.push(Number(m[1]));
  }
  facts.quantity = single(quantities.filter((q) => q >= 1 && q <= 10_000));

  // Product code: labelled, cross-checked with a pasted product link.
  const codes: string[] = [];
  for (const m of text.matchAll(labelRe(CODE_LABELS, String.raw`(\d{3,15})(?![\d${L}])`))) {
    if (m[1]) codes.push(m[1]);
  }
  const labelledCode = single(codes);
  if (distinct(codes).length > 1) facts.productCode = null;
  else facts.productCode = single([labelledCode, product?.code]);
  facts.productUrl = product?.url ?? null;
  facts.merchantId = single(merchants);

  // Line-based fields: seller, title, status.
  const sellers: string[] = [];
  const titles: string[] = [];
  const titlesNearQuantity: string[] = [];
  const statusLabelled: string[] = [];
  const statusFree: string[] = [];
  lines.forEach((line, i) => {
    const seller = labelledValue(lines, i, SELLER_LINE);
    if (seller) sellers.push(cleanLine(seller, 200));
    const title = labelledValue(lines, i, TITLE_LINE);
    if (title && !QUANTITY_LINE.test(title)) titles.push(cleanLine(title, 300));
    const status = labelledValue(lines, i, STATUS_LINE);
    if (status) {
      const word = STATUS_VALUE.exec(status)?.[1] ?? status.split(/[\d(,;]/)[0]?.trim();
      if (word && /\p{L}/u.test(word)) statusLabelled.push(cleanLine(word, 80));
    } else {
      const m = STATUS_AT_START.exec(line);
      if (m?.[1] && FREE_STATUS_TAIL.test(line.slice(m[0].length).trim()))
        statusFree.push(cleanLine(m[1], 80));
    }
    // A product line in an order screen: "Рашгард черный, XL" directly above "1 шт × 2 810 ₸".
    if (!options.pageMode && QUANTITY_LINE.test(line) && titleLike(lines[i - 1])) {
      titlesNearQuantity.push(cleanLine(lines[i - 1] ?? '', 300));
    }
  });
  facts.sellerName = single(sellers);
  facts.productTitle = titles.length > 0 ? single(titles) : single(titlesNearQuantity);
  facts.status = pickStatus(statusLabelled, statusFree);
  return { facts, foundDates: dates.found, ignoredDates: dates.ignored, pricesShown: prices.length };
}

function pickStatus(labelled: string[], free: string[]): string | null {
  const byKey = (list: string[]) => {
    const seen = new Map<string, string>();
    for (const s of list) if (!seen.has(s.toLowerCase())) seen.set(s.toLowerCase(), s);
    return [...seen.values()];
  };
  const a = byKey(labelled);
  if (a.length > 0) return a.length === 1 ? (a[0] ?? null) : null;
  const b = byKey(free);
  if (b.length <= 1) return b[0] ?? null;
  const final = b.filter((s) => FINAL_STATUS.test(s));
  return final.length === 1 ? (final[0] ?? null) : null;
}

/** Labels whose value is a number that is NOT an order number. */
const OTHER_NUMBER_LABEL = new RegExp(
  String.raw`(?:${CODE_LABELS}|телефон|тел\.?|phone|иин|бин|жсн|бсн|трек|track|накладн[${L}]*|waybill)${SEP}$`,
  'iu',
);

/** A 9–10 digit number alone on its line (the app's order header), when exactly one such line exists. */
function loneOrderNumber(lines: string[]): string | null {
  const found: string[] = [];
  lines.forEach((line, i) => {
    const m = /^[^\p{L}\p{N}]{0,3}(?:№ ?|# ?)?(\d{9,10})[^\p{L}\p{N}]{0,3}$/u.exec(line);
    const n = m?.[1];
    if (!n) return;
    if (n.length === 10 && n.startsWith('7')) return; // a phone number without +7/8 (7XX XXX XX XX)
    if (OTHER_NUMBER_LABEL.test(lines[i - 1] ?? '')) return;
    found.push(n);
  });
  return single(found);
}

/**
 * Facts from text pasted from the Kaspi.kz app or typed by the buyer, with the dates found in it.
 * `today` (default: now; injected so the module stays pure) bounds dates written without a year ("14 ноября").
 */
export function readOrderText(text: string, today: Date = new Date()): OrderTextReading {
  if (typeof text !== 'string')
    return { facts: { ...EMPTY_FACTS }, foundDates: [], ignoredDates: [], pricesShown: 0 };
  const reading = readOrderLines(toLines(text), today, {});
  const facts = reading.facts;
  facts.productTitle = lineOrNull(facts.productTitle, 300);
  facts.sellerName = lineOrNull(facts.sellerName, 200);
  facts.status = lineOrNull(facts.status, 80);
  return reading;
}

/** The facts of `readOrderText`. */
export function parseOrderText(text: string, today: Date = new Date()): KaspiFacts {
  return readOrderText(text, today).facts;
}

/**
 * One item and no item price shown: what was paid ("Итого", "Сумма") is the price the claim is about.
 * With two prices that disagree, or more than one piece, the price stays empty.
 */
export function withOneItemTotal(reading: Pick<OrderTextReading, 'facts' | 'pricesShown'>): KaspiFacts {
  const { facts } = reading;
  return facts.price === null &&
    reading.pricesShown === 0 &&
    facts.total !== null &&
    (facts.quantity ?? 1) === 1
    ? { ...facts, price: facts.total }
    : facts;
}
