import { z } from 'zod';
import { merchantIdSchema, orderNumberSchema, productCodeSchema } from '../kaspi/facts-schema';
import { evidenceKindSchema } from '../evidence/schema';
import { boundedText, epochMs, freeText, isoDate, kaspiUrl } from '../validation';

/** The problems a buyer can dispute (seed guide "Какие проблемы можно оспорить") plus "other". */
export const PROBLEM_KINDS = [
  'poor-quality',
  'not-as-described',
  'late-delivery',
  'return-refused',
  'fraud',
  'other',
] as const;
export const problemKindSchema = z.enum(PROBLEM_KINDS);
export type ProblemKind = z.infer<typeof problemKindSchema>;

/** What the buyer asks for (Law 274-IV: replacement, price reduction, repair, refund; plus delivery). */
export const REMEDIES = ['refund', 'replacement', 'repair', 'price-reduction', 'delivery'] as const;
export const remedySchema = z.enum(REMEDIES);
export type Remedy = z.infer<typeof remedySchema>;

/** Where a complaint can be sent (seed guide "Способы подачи жалобы", research §2). */
export const CHANNELS = [
  'app',
  'website',
  'hotline',
  'email',
  'telegram',
  'claim-letter',
  'authority',
] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

export const CASE_STATUSES = ['draft', 'open', 'submitted', 'escalated', 'resolved', 'closed'] as const;
export const caseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** The order as the buyer confirmed it (prefilled from the page or the app, then edited). */
export const orderFactsSchema = z.object({
  orderNumber: orderNumberSchema.nullable(),
  productCode: productCodeSchema.nullable(),
  productTitle: boundedText(300).nullable(),
  productUrl: kaspiUrl.nullable(),
  sellerName: boundedText(200).nullable(),
  merchantId: merchantIdSchema.nullable(),
  /** Integer tenge. */
  price: z.number().int().min(0).max(10_000_000_000).nullable(),
  orderDate: isoDate.nullable(),
  receivedDate: isoDate.nullable(),
});
export type OrderFacts = z.infer<typeof orderFactsSchema>;

export const EMPTY_ORDER: OrderFacts = {
  orderNumber: null,
  productCode: null,
  productTitle: null,
  productUrl: null,
  sellerName: null,
  merchantId: null,
  price: null,
  orderDate: null,
  receivedDate: null,
};

export const TIMELINE_KINDS = [
  'created',
  'edited',
  'submitted',
  'claim-sent',
  'answer-received',
  'escalated',
  'resolved',
  'closed',
  'note',
  'evidence-added',
] as const;

export const timelineEventSchema = z.object({
  id: z.uuid(),
  at: epochMs,
  kind: z.enum(TIMELINE_KINDS),
  /** The day it happened in Kazakhstan (what the buyer entered), when it differs from `at`. */
  date: isoDate.nullable().default(null),
  channel: channelSchema.nullable().default(null),
  note: freeText(2000).default(''),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** The buyer's own details, needed for a formal claim letter. */
export const buyerSchema = z.object({
  name: freeText(200).default(''),
  phone: freeText(40).default(''),
  email: freeText(200).default(''),
  address: freeText(400).default(''),
});
export type Buyer = z.infer<typeof buyerSchema>;

export const caseSchema = z.object({
  id: z.uuid(),
  schemaVersion: z.literal(1).default(1),
  order: orderFactsSchema,
  problem: problemKindSchema.nullable(),
  remedy: remedySchema.nullable(),
  description: freeText(4000).default(''),
  status: caseStatusSchema,
  buyer: buyerSchema.nullable().default(null),
  /** The proof the buyer has ticked in the checklist (also the claim letter's list of attachments). */
  proof: z.array(evidenceKindSchema).max(20).default([]),
  /** Which Kaspi support timeline applies (seed guide: 1–3 working days, 10 days, 30 days). */
  supportVariant: z.enum(['standard', 'needs-check', 'expert']).default('standard'),
  /** The buyer's own reminder. */
  buyerReminder: z
    .object({ date: isoDate, note: freeText(200).default('') })
    .nullable()
    .default(null),
  /** What the seller answered to the claim, for the appeal to the authority. */
  sellerAnswer: z.enum(['refused', 'no-answer']).nullable().default(null),
  /** Seller's address for the claim letter, when the buyer knows it. */
  sellerAddress: freeText(400).default(''),
  timeline: z.array(timelineEventSchema).max(1000),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type Case = z.infer<typeof caseSchema>;
/** What is written: the same shape before defaults are applied. */
export type CaseInput = z.input<typeof caseSchema>;
