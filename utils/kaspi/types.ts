/**
 * What Shagym reads from a kaspi.kz page or from text pasted from the Kaspi app.
 * Plain types only (no zod): this file is imported by the content script, which must stay tiny.
 * The runtime schema lives in ./facts-schema.ts and is applied by every receiver.
 * Every field is `null` when it was not found — never guessed.
 */
export type KaspiPageKind = 'product' | 'merchant' | 'order' | 'order-list' | 'other';

export interface SellerOffer {
  name: string;
  merchantId: string | null;
  price: number | null;
  deliveryText: string | null;
}

export interface KaspiFacts {
  /** Kaspi order code: 9 digits through 2025, 10 digits seen in 2026. */
  orderNumber: string | null;
  productCode: string | null;
  productTitle: string | null;
  productUrl: string | null;
  imageUrl: string | null;
  /** Integer tenge. */
  price: number | null;
  sellerName: string | null;
  merchantId: string | null;
  /** On product pages: every seller in the sellers table. */
  sellers: SellerOffer[] | null;
  /** Order status as Kaspi shows it (Выдан, Возврат, Отменен, …, or the Kazakh words). */
  status: string | null;
  /** ISO date YYYY-MM-DD. */
  orderDate: string | null;
  /** ISO date YYYY-MM-DD. */
  receivedDate: string | null;
  quantity: number | null;
  /** Order total, integer tenge. */
  total: number | null;
}

export interface KaspiPage {
  kind: KaspiPageKind;
  facts: KaspiFacts;
}

export const EMPTY_FACTS: Readonly<KaspiFacts> = Object.freeze({
  orderNumber: null,
  productCode: null,
  productTitle: null,
  productUrl: null,
  imageUrl: null,
  price: null,
  sellerName: null,
  merchantId: null,
  sellers: null,
  status: null,
  orderDate: null,
  receivedDate: null,
  quantity: null,
  total: null,
});
