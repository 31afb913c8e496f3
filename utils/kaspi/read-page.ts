import { field, readBackendComponent } from './backend-json';
import { classifyKaspiPage, classifyKaspiUrl, readDocumentSignals } from './classify';
import { cleanLine, lineOrNull } from './clean-text';
import { parseTengeExact } from './money';
import { readOrderLines, single, withOneItemTotal } from './parse-order-text';
import { EMPTY_FACTS, type KaspiFacts, type KaspiPage, type SellerOffer } from './types';
import {
  merchantIdFromHref,
  merchantIdFromPath,
  parseKaspiUrl,
  productCodeFromPath,
  productRef,
} from './urls';
import { isHidden, visibleText, withVisibilityMemo } from './visible-text';

export { classifyKaspiPage, classifyKaspiUrl };

/**
 * Facts of a kaspi.kz page, for the complaint panel. Sources, best first: the URL, meta tags, the inline
 * `BACKEND.components.*` JSON, visible text; Kaspi's class names (Aug 2025 markup) are one more signal only.
 * When two sources disagree the field is null: a stale SPA view must not put one product's code next to
 * another product's title. Every string is cleaned (control characters out, length bounded).
 */
export function readKaspiPage(url: string, doc: Document, options: { now?: Date } = {}): KaspiPage {
  // Many elements are checked for visibility in one read: their ancestors are walked once.
  return withVisibilityMemo(() => readPage(url, doc, options));
}

function readPage(url: string, doc: Document, options: { now?: Date }): KaspiPage {
  const kind = classifyKaspiUrl(url);
  if (kind === 'product') return { kind, facts: readProduct(url, doc) };
  if (kind === 'merchant') return { kind, facts: readMerchant(url, doc) };
  if (kind === 'other') return { kind, facts: { ...EMPTY_FACTS } };
  const signals = readDocumentSignals(url, doc);
  if (signals.kind !== 'order') return { kind: signals.kind, facts: { ...EMPTY_FACTS } };
  return {
    kind: 'order',
    facts: readOrder(doc, signals.lines, signals.orderNumbers[0] ?? null, options.now),
  };
}

function meta(doc: Document, property: string): string | null {
  const el = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  const value = el?.getAttribute('content');
  return value ? value.trim() : null;
}

function digits(value: unknown, min: number, max: number): string | null {
  const s = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  return typeof s === 'string' && new RegExp(`^\\d{${min},${max}}$`).test(s.trim()) ? s.trim() : null;
}

function tenge(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  return typeof value === 'string' ? parseTengeExact(value) : null;
}

function httpsUrl(value: string | null): string | null {
  if (!value || value.length > 2000) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname && u.href.length <= 2000 ? u.href : null;
  } catch {
    return null;
  }
}

/** First element matching `selector` that is visible. */
function visible(doc: ParentNode, selector: string): Element | null {
  const all = doc.querySelectorAll(selector);
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el && !isHidden(el)) return el;
  }
  return null;
}

/** Comparison key of a text: spaces collapsed, case kept. */
const same = (s: string | null) => (s === null ? null : cleanLine(s, 300));

/** Product page: https://kaspi.kz/shop/p/<slug>-<code>/ (see urls.ts, backend-json.ts). */
function readProduct(url: string, doc: Document): KaspiFacts {
  const facts: KaspiFacts = { ...EMPTY_FACTS };
  const path = parseKaspiUrl(url)?.pathname ?? '';
  const item = readBackendComponent(doc, 'item');
  const card = field(item, 'card');

  // Product code: path, <meta product:retailer_item_id>, BACKEND card.id, visible "Код товара: N".
  const sku = /(?:Код товара|Тауар коды)\s*:?\s*(\d{3,15})/iu.exec(visibleText(visible(doc, '.item__sku')));
  const codeSources = [
    productCodeFromPath(path),
    digits(meta(doc, 'product:retailer_item_id'), 3, 15),
    digits(field(card, 'id'), 3, 15),
    sku?.[1] ?? null,
  ];
  const code = agree(codeSources);
  facts.productCode = code;

  // Title: BACKEND card.title and the visible <h1 class="item__heading">.
  const titleSources = [
    typeof field(card, 'title') === 'string' ? same(field(card, 'title') as string) : null,
    same(visibleText(visible(doc, 'h1.item__heading')) || null),
  ];
  facts.productTitle = lineOrNull(agree(titleSources), 300);

  // Price: <meta product:price:amount>, BACKEND card.price, visible .item__price-once ("2&nbsp;810 ₸").
  facts.price = agree([
    tenge(meta(doc, 'product:price:amount')),
    tenge(field(card, 'price')),
    parseTengeExact(visibleText(visible(doc, '.item__price-once')) || null),
  ]);

  // URL: og:url (else <link rel=canonical>, else the address), only when its code is the product code.
  const ref =
    productRef(meta(doc, 'og:url')) ??
    productRef(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null) ??
    productRef(url);
  facts.productUrl = code !== null && ref?.code === code ? ref.url : null;

  // Image: og:image (https only).
  facts.imageUrl = httpsUrl(meta(doc, 'og:image'));

  facts.sellers = readSellers(doc);
  if (facts.sellers?.length === 1) {
    const only = facts.sellers[0];
    facts.sellerName = only?.name ?? null;
    facts.merchantId = only?.merchantId ?? null;
  }
  return facts;
}

/** All present sources equal → that value; none present or any disagreement → null. */
function agree<T>(values: ReadonlyArray<T | null>): T | null {
  return single(values);
}

const MERCHANT_LINK = 'a[href*="/shop/info/merchant/"]';

/**
 * Sellers table (Aug 2025: table.sellers-table__self): every visible table row holding a link to
 * /shop/info/merchant/<id>/. Name = the link's text; price = the row's first cell that is only a price
 * (.sellers-table__price-cell-text without _installments-price when present); delivery = the row's delivery
 * options ("Postomat, завтра; Доставка, Пн, 11 августа, бесплатно").
 */
function readSellers(doc: Document): SellerOffer[] | null {
  const sellers: SellerOffer[] = [];
  const seen = new Set<Element>();
  const keys = new Set<string>();
  const links = doc.querySelectorAll(`tr ${MERCHANT_LINK}`);
  for (let i = 0; i < links.length && sellers.length < 50; i++) {
    const row = links[i]?.closest('tr');
    if (!row || seen.has(row)) continue;
    seen.add(row);
    if (isHidden(row)) continue;
    const offer = readSellerRow(row);
    if (!offer) continue;
    const key = `${offer.merchantId}|${offer.name}|${offer.price}`;
    if (keys.has(key)) continue;
    keys.add(key);
    sellers.push(offer);
  }
  return sellers.length > 0 ? sellers : null;
}

function readSellerRow(row: Element): SellerOffer | null {
  let name: string | null = null;
  let merchantId: string | null = null;
  const links = row.querySelectorAll(MERCHANT_LINK);
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (!link) continue;
    const text = lineOrNull(visibleText(link), 200);
    const id = merchantIdFromHref(link.getAttribute('href'));
    if (!text || !id || /^\(.*\)$/.test(text)) continue; // "(424 отзыва)" is the rating link
    name = text;
    merchantId = id;
    break;
  }
  if (!name) return null;

  let price: number | null = null;
  const cell = visible(row, '.sellers-table__price-cell-text:not(._installments-price)');
  if (cell) price = parseTengeExact(visibleText(cell));
  else {
    const cells = row.querySelectorAll('td');
    for (let i = 0; i < cells.length && price === null; i++) {
      price = parseTengeExact(visibleText(cells[i]) || null);
    }
  }

  const options: string[] = [];
  const optionEls = row.querySelectorAll('.sellers-table__delivery-cell-option');
  for (let i = 0; i < optionEls.length; i++) {
    const text = cleanLine(visibleText(optionEls[i]), 200).replace(/[,\s]+$/, '');
    if (text) options.push(text);
  }
  return { name, merchantId, price, deliveryText: lineOrNull(options.join('; '), 200) };
}

/** Merchant page: https://kaspi.kz/shop/info/merchant/<id>/…, BACKEND.components.merchant {uid, name}. */
function readMerchant(url: string, doc: Document): KaspiFacts {
  const facts: KaspiFacts = { ...EMPTY_FACTS };
  const u = parseKaspiUrl(url);
  const pathId = merchantIdFromPath(u?.pathname ?? '');
  const merchant = readBackendComponent(doc, 'merchant');
  const uid = field(merchant, 'uid');
  const uidText = typeof uid === 'string' || typeof uid === 'number' ? String(uid) : null;
  // The URL and the page data must name the same merchant (ids compared without case).
  const consistent = uidText === null || (pathId !== null && uidText.toLowerCase() === pathId.toLowerCase());
  facts.merchantId = consistent
    ? uidText !== null && /^[A-Za-z0-9_-]{1,40}$/.test(uidText)
      ? uidText
      : pathId
    : null;
  const name = field(merchant, 'name');
  facts.sellerName = consistent && typeof name === 'string' ? lineOrNull(name, 200) : null;
  // …/review/?productCode=N&tabId=PRODUCT: the product the buyer came from.
  facts.productCode = digits(u?.searchParams.get('productCode') ?? null, 3, 15);
  return facts;
}

/**
 * Order page (generic, see classify.ts): the visible lines read like a paste from the app; product and
 * merchant links of the page add the product URL/code and the merchant id.
 */
function readOrder(doc: Document, lines: string[], orderNumber: string | null, now = new Date()): KaspiFacts {
  const reading = readOrderLines(lines, now, { pageMode: true, orderNumber });
  const facts = reading.facts;
  const main = doc.body;
  if (!main) return facts;

  const products = new Map<
    string,
    { url: string; code: string; title: string | null; image: string | null }
  >();
  const productLinks = main.querySelectorAll('a[href*="/shop/p/"]');
  for (let i = 0; i < productLinks.length && i < 200; i++) {
    const a = productLinks[i];
    if (!a || isHidden(a)) continue;
    const ref = productRef(a.getAttribute('href'));
    if (!ref) continue;
    const entry = products.get(ref.code) ?? { ...ref, title: null, image: null };
    entry.title ??= lineOrNull(visibleText(a), 300);
    entry.image ??= httpsUrl(a.querySelector('img')?.getAttribute('src') ?? null);
    products.set(ref.code, entry);
  }
  if (products.size === 1) {
    const p = [...products.values()][0];
    if (p) {
      const code = single([facts.productCode, p.code]);
      const agreed = facts.productCode === null || facts.productCode === p.code;
      facts.productCode = code;
      facts.productUrl = agreed ? p.url : null;
      facts.productTitle =
        facts.productTitle === null ? p.title : single([same(facts.productTitle), same(p.title)]);
      facts.imageUrl = agreed ? p.image : null;
    }
  } else if (products.size > 1) {
    facts.productUrl = null;
  }

  const merchants = new Map<string, string | null>();
  const merchantLinks = main.querySelectorAll(MERCHANT_LINK);
  for (let i = 0; i < merchantLinks.length && i < 200; i++) {
    const a = merchantLinks[i];
    if (!a || isHidden(a)) continue;
    const id = merchantIdFromHref(a.getAttribute('href'));
    if (id && !merchants.has(id)) merchants.set(id, lineOrNull(visibleText(a), 200));
  }
  if (merchants.size === 1) {
    const [id, name] = [...merchants.entries()][0] ?? [null, null];
    facts.merchantId = single([facts.merchantId, id]);
    facts.sellerName = facts.sellerName === null ? name : single([facts.sellerName, name]);
  }
  // A one-item order (one product on the page) that shows no item price: its total is the price.
  if (products.size === 1) facts.price = withOneItemTotal({ facts, pricesShown: reading.pricesShown }).price;
  facts.productTitle = lineOrNull(facts.productTitle, 300);
  facts.sellerName = lineOrNull(facts.sellerName, 200);
  facts.status = lineOrNull(facts.status, 80);
  return facts;
}
