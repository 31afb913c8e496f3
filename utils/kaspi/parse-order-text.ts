import { cleanLine, lineOrNull } from './clean-text';
import { readKaspiDateAt } from './dates';
import { AMOUNT_SOURCE, CURRENCY_SOURCE, amountFromParts } from './money';
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
function datesAfter(text: string, labels: string, reference: Date): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(labelRe(labels, ''))) {
    const date = readKaspiDateAt(text.slice((m.index ?? 0) + m[0].length), reference);
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
  'бер[іи]лген к[үу]н[іи]',
  'received',
].join('|');
const TOTAL_LABELS = [
  'итого(?: к оплате)?',
  'всего к оплате',
  'к оплате',
  'оплачено',
  'жалпы сомасы',
  'жалпы сома',
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

/** A line that is a label with a value after ":" (or nothing, the value being on the next line). */
function labelledValue(lines: string[], i: number, re: RegExp): string | null {
  const m = re.exec(lines[i] ?? '');
  if (!m) return null;
  const value = (m[1] ?? m[2] ?? '').replace(/^[*_\x60"'«»\s]+|[*_\x60"'«»\s]+$/g, '');
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

/** Fields of an order found in lines of text (a paste, or the visible lines of an order page). */
export function factsFromLines(lines: string[], reference: Date, options: OrderTextOptions = {}): KaspiFacts {
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

  // Order date: labelled, or "Заказ № … от 14.11.2025".
  const orderDates = datesAfter(text, ORDER_DATE_LABELS, reference);
  for (const m of text.matchAll(ORDER_RE)) {
    const rest = text.slice((m.index ?? 0) + m[0].length);
    const from = /^[ ,]*(?:от|from|,) */iu.exec(rest);
    const date = from ? readKaspiDateAt(rest.slice(from[0].length), reference) : null;
    if (date) orderDates.push(date);
  }
  facts.orderDate = single(orderDates);
  facts.receivedDate = single(datesAfter(text, RECEIVED_LABELS, reference));

  // Money: a total ("Итого", "Жалпы сомасы") wins over a plain "Сумма".
  const totals = distinct(amountsAfter(text, TOTAL_LABELS));
  facts.total = totals.length > 0 ? single(totals) : single(amountsAfter(text, SUM_LABELS));
  const prices = amountsAfter(text, PRICE_LABELS);
  const timesRe = new RegExp(
    String.raw`(?<![\d])\d{1,5} ?(?:шт|дана)\.? ?[×xXхХ*] ?${AMOUNT_SOURCE} ?${CURRENCY_SOURCE}`,
    'giu',
  );
  for (const m of text.matchAll(timesRe)) {
    const value = amountFromParts(m[1], m[2]);
    if (value !== null) prices.push(value);
  }
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
  return facts;
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
 * Facts from text pasted from the Kaspi.kz app or typed by the buyer. `reference` (default: now) gives the year
 * of dates written without one ("14 ноября").
 */
export function parseOrderText(text: string, reference: Date = new Date()): KaspiFacts {
  if (typeof text !== 'string') return { ...EMPTY_FACTS };
  const facts = factsFromLines(toLines(text), reference);
  facts.productTitle = lineOrNull(facts.productTitle, 300);
  facts.sellerName = lineOrNull(facts.sellerName, 200);
  facts.status = lineOrNull(facts.status, 80);
  return facts;
}
