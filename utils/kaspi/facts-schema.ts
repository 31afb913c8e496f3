import { z } from '../zod';
import { boundedText, isoDate, kaspiUrl } from '../validation';
import type { KaspiFacts } from './types';

/** Runtime check of facts that crossed a boundary (content script → background → panel, paste, import). */
export const orderNumberSchema = z.string().regex(/^\d{9,10}$/, 'order number: 9–10 digits');
export const productCodeSchema = z.string().regex(/^\d{3,15}$/, 'product code: digits');
export const merchantIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'merchant id');
const tenge = z.number().int().min(0).max(10_000_000_000);

export const sellerOfferSchema = z.object({
  name: boundedText(200),
  merchantId: merchantIdSchema.nullable(),
  price: tenge.nullable(),
  deliveryText: boundedText(200).nullable(),
});

export const kaspiFactsSchema = z.object({
  orderNumber: orderNumberSchema.nullable(),
  productCode: productCodeSchema.nullable(),
  productTitle: boundedText(300).nullable(),
  productUrl: kaspiUrl.nullable(),
  imageUrl: z
    .url({ protocol: /^https$/ })
    .max(2000)
    .nullable(),
  price: tenge.nullable(),
  sellerName: boundedText(200).nullable(),
  merchantId: merchantIdSchema.nullable(),
  sellers: z.array(sellerOfferSchema).max(50).nullable(),
  status: boundedText(80).nullable(),
  orderDate: isoDate.nullable(),
  receivedDate: isoDate.nullable(),
  quantity: z.number().int().min(1).max(10_000).nullable(),
  total: tenge.nullable(),
}) satisfies z.ZodType<KaspiFacts>;

export const kaspiPageKindSchema = z.enum(['product', 'merchant', 'order', 'order-list', 'other']);
