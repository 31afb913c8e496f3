import { z } from '../zod';
import { merchantIdSchema, orderNumberSchema, productCodeSchema } from '../kaspi/facts-schema';
import { evidenceKindSchema } from '../evidence/schema';
import { RETURN_EXCEPTION_KEYS } from '../facts/return-exceptions';
import { AUTHORITY_REGIONS } from '../facts/authority';
import { CLAIM_DELIVERIES, SUPPORT_VARIANTS } from '../deadlines/rules';
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
  /** What came of it (`outcome`): refunded, replaced, repaired, price reduced, or refused. */
  'outcome',
  /** A closed case taken up again. */
  'reopened',
  /** A piece of evidence removed by the buyer (issue 11): what it was and its SHA-256, as Hunchly logs it. */
  'evidence-removed',
] as const;

/** Who answered: the seller, Kaspi (support), or the authority an appeal went to. */
export const ANSWER_PARTIES = ['seller', 'kaspi', 'authority'] as const;
export type AnswerParty = (typeof ANSWER_PARTIES)[number];

/** What came of a complaint. */
export const OUTCOMES = ['refunded', 'replaced', 'repaired', 'price-reduced', 'refused'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const timelineEventSchema = z.object({
  id: z.uuid(),
  at: epochMs,
  kind: z.enum(TIMELINE_KINDS),
  /** The day it happened in Kazakhstan (what the buyer entered), when it differs from `at`. */
  date: isoDate.nullable().default(null),
  channel: channelSchema.nullable().default(null),
  note: freeText(2000).default(''),
  // Added in issue 10; absent on older events (read as null / none).
  /** 'answer-received' and 'outcome': who answered. */
  party: z.enum(ANSWER_PARTIES).nullable().optional(),
  /** 'outcome': what came of it. */
  outcome: z.enum(OUTCOMES).nullable().optional(),
  /** Files that back the event (a screenshot of the reply): ids in the evidence table. */
  evidenceIds: z.array(z.uuid()).max(20).optional(),
  /** 'evidence-removed': the file that was removed (its metadata stays here once its row is gone). */
  evidence: z
    .object({
      id: z.uuid(),
      fileName: freeText(200),
      kind: evidenceKindSchema,
      size: z
        .number()
        .int()
        .min(0)
        .max(2 ** 32),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      capturedAt: epochMs,
    })
    .optional(),
  /** Undone by the buyer (kept in the history, counts for nothing); null when it stands. */
  undoneAt: epochMs.nullable().optional(),
  /** When the buyer last corrected its date or text. */
  correctedAt: epochMs.nullable().optional(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** A Kazakhstan ИИН or БИН: 12 digits; empty when not known. */
export const iinOrBin = z.union([z.literal(''), z.string().regex(/^\d{12}$/, { error: 'iin' })]).default('');

/** The buyer's own details, needed for a formal claim letter and an appeal (ИИН: APPK Art. 63). */
export const buyerSchema = z.object({
  name: freeText(200).default(''),
  phone: freeText(40).default(''),
  email: freeText(200).default(''),
  address: freeText(400).default(''),
  iin: iinOrBin,
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
  supportVariant: z.enum(SUPPORT_VARIANTS).default('standard'),
  /** The buyer's own reminder. */
  buyerReminder: z
    .object({ date: isoDate, note: freeText(200).default('') })
    .nullable()
    .default(null),
  /** What the seller answered to the claim, for the appeal to the authority. */
  sellerAnswer: z.enum(['refused', 'no-answer']).nullable().default(null),
  /** Seller's address for the claim letter, when the buyer knows it. */
  sellerAddress: freeText(400).default(''),
  /** Seller's БИН (a company) or ИИН (a sole trader), when the buyer knows it. */
  sellerBin: iinOrBin,
  /** Kaspi's window for a defective item runs "30 days or until the warranty ends" (q16178). */
  warrantyUntil: isoDate.nullable().default(null),
  /**
   * Whether the item is one of the goods the law's 14-day return excepts: a key, 'none' (the buyer
   * said it is not), or null (not asked: guessed from the title, see utils/facts/return-exceptions.ts).
   */
  returnException: z
    .enum([...RETURN_EXCEPTION_KEYS, 'none'])
    .nullable()
    .default(null),
  /** How the claim went to the seller, and when the seller received it (Art. 42-4's 10 days count from then). */
  claimDelivery: z.enum(CLAIM_DELIVERIES).nullable().default(null),
  claimReceivedDate: isoDate.nullable().default(null),
  /** Where the appeal goes: the consumer-protection department of the buyer's region. */
  authorityRegion: z.enum(AUTHORITY_REGIONS).nullable().default(null),
  timeline: z.array(timelineEventSchema).max(1000),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type Case = z.infer<typeof caseSchema>;
/** What is written: the same shape before defaults are applied. */
export type CaseInput = z.input<typeof caseSchema>;
