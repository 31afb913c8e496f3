import type { buyerSchema, OrderFacts, ProblemKind, Remedy } from '../cases/schema';
import type { z } from 'zod';
import type { EvidenceKind } from '../evidence/schema';
import type { Lang } from '../i18n/languages';

/** The texts Shagym writes. */
export const TEXT_KINDS = ['support-message', 'email', 'claim-letter', 'authority-appeal'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export type SellerAnswer = 'refused' | 'no-answer';

/** Everything a text may use. Free text (titles, names, description) is inserted literally. */
export interface LetterInput {
  order: OrderFacts;
  /** `null` while the buyer has not chosen: missingFacts then asks for it. */
  problem: ProblemKind | null;
  remedy: Remedy | null;
  /** The buyer's own words. */
  description: string;
  buyer: z.input<typeof buyerSchema> | null;
  /** YYYY-MM-DD in Kazakhstan: the date of the letter. */
  today: string;
  /** YYYY-MM-DD: when the claim letter went to the seller (needed for the authority appeal). */
  claimSentDate?: string | null;
  sellerAnswer?: SellerAnswer | null;
  /** Kinds of proof the buyer will attach; listed in the order given, duplicates dropped. */
  attachments: readonly EvidenceKind[];
  sellerAddress?: string | null;
}

/** Facts a text needs, in the order the UI should ask for them. */
export const MISSING_FIELDS = [
  'order-or-product',
  'seller-name',
  'problem',
  'description',
  'remedy',
  'buyer-name',
  'buyer-contact',
  'claim-sent-date',
  'seller-answer',
] as const;
export type MissingField = (typeof MISSING_FIELDS)[number];

/** What to ask the buyer for, per missing field. */
export const MISSING_FIELD_LABELS: Readonly<Record<MissingField, Readonly<Record<Lang, string>>>> = {
  'order-or-product': {
    ru: 'Номер заказа или название товара',
    kk: 'Тапсырыс нөмірі немесе тауардың атауы',
    en: 'The order number or the name of the item',
  },
  'seller-name': { ru: 'Название продавца', kk: 'Сатушының атауы', en: "The seller's name" },
  problem: { ru: 'В чём проблема', kk: 'Мәселенің түрі', en: 'What the problem is' },
  description: {
    ru: 'Описание проблемы своими словами',
    kk: 'Мәселенің өз сөзіңізбен сипаттамасы',
    en: 'A description of the problem in your own words',
  },
  remedy: { ru: 'Чего вы требуете', kk: 'Не талап ететініңіз', en: 'What you demand' },
  'buyer-name': { ru: 'Ваши фамилия и имя', kk: 'Тегіңіз бен атыңыз', en: 'Your full name' },
  'buyer-contact': {
    ru: 'Телефон, e-mail или почтовый адрес для ответа',
    kk: 'Жауап алу үшін телефон, e-mail немесе пошталық мекенжай',
    en: 'A phone number, e-mail or postal address for the answer',
  },
  'claim-sent-date': {
    ru: 'Дата отправки претензии продавцу',
    kk: 'Наразылық хаттың сатушыға жіберілген күні',
    en: 'The date you sent the claim to the seller',
  },
  'seller-answer': {
    ru: 'Ответ продавца: отказ или нет ответа',
    kk: 'Сатушының жауабы: бас тарту немесе жауап жоқ',
    en: "The seller's answer: refused, or no answer",
  },
};

/** Thrown by buildText when a fact the text needs is absent; the UI should have called missingFacts first. */
export class MissingFactsError extends Error {
  override readonly name = 'MissingFactsError';
  readonly kind: TextKind;
  readonly missing: readonly MissingField[];

  constructor(kind: TextKind, missing: readonly MissingField[]) {
    super(`cannot build ${kind}: missing ${missing.join(', ')}`);
    this.kind = kind;
    this.missing = missing;
  }
}
