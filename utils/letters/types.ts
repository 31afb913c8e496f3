import type { buyerSchema, OrderFacts, ProblemKind, Remedy } from '../cases/schema';
import type { z } from 'zod';
import type { ClaimDelivery } from '../deadlines/rules';
import type { EvidenceKind } from '../evidence/schema';
import type { AuthorityRegion } from '../facts/authority';
import type { ReturnExceptionKey } from '../facts/return-exceptions';
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
  /** Kinds of proof the buyer ticked (will attach); listed after the stored files, duplicates dropped. */
  attachments: readonly EvidenceKind[];
  /** The files stored for the case, in the order they were added: each is listed with its name. */
  evidence?: readonly { kind: EvidenceKind; name: string }[];
  sellerAddress?: string | null;
  /** The seller's БИН or ИИН (12 digits), when known. */
  sellerBin?: string | null;
  /** How the claim went, and when the seller received it (the appeal says so, and the deadline counts from it). */
  claimDelivery?: ClaimDelivery | null;
  claimReceivedDate?: string | null;
  /** Where the appeal goes. */
  authorityRegion?: AuthorityRegion | null;
  /** The item may be one of the goods the law's 14-day return excepts: the return right is not cited. */
  returnException?: ReturnExceptionKey | null;
  /** The case's history (utils/cases/lifecycle.ts historyOf): the appeal lists what happened, in order. */
  history?: readonly HistoryEntry[];
}

/** One event of the case's history as a letter states it. */
export interface HistoryEntry {
  date: string;
  kind: string;
  channel: string | null;
  party: 'seller' | 'kaspi' | 'authority' | null;
  outcome: 'refunded' | 'replaced' | 'repaired' | 'price-reduced' | 'refused' | null;
  note: string;
}

/** Facts a text needs, in the order the UI should ask for them. */
export const MISSING_FIELDS = [
  'order-or-product',
  'seller-name',
  'problem',
  'description',
  'remedy',
  'buyer-name',
  'buyer-address',
  'buyer-iin',
  'claim-sent-date',
  'seller-answer',
  'seller-answer-not-due',
  'authority-region',
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
  'buyer-address': {
    ru: 'Ваш почтовый адрес (для письменного ответа)',
    kk: 'Пошталық мекенжайыңыз (жазбаша жауап үшін)',
    en: 'Your postal address (for the written answer)',
  },
  'buyer-iin': {
    ru: 'Ваш ИИН (12 цифр) — его требует обращение в госорган',
    kk: 'ЖСН-іңіз (12 сан) — оны мемлекеттік органға өтініш талап етеді',
    en: 'Your IIN (12 digits): an appeal to a state body requires it',
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
  'seller-answer-not-due': {
    ru: 'Срок ответа продавца (10 дней с получения претензии) ещё не истёк: обращение «нет ответа» можно подготовить после него',
    kk: 'Сатушының жауап беру мерзімі (наразылық хатты алғаннан бастап 10 күн) әлі өтпеді: «жауап жоқ» өтінішін одан кейін дайындауға болады',
    en: "The seller's 10 days from receiving the claim have not run out yet: the 'no answer' complaint can be prepared after that",
  },
  'authority-region': {
    ru: 'Ваш регион — обращение направляется в департамент по защите прав потребителей региона',
    kk: 'Өңіріңіз — өтініш өңірдің тұтынушылардың құқықтарын қорғау департаментіне жіберіледі',
    en: "Your region: the complaint goes to that region's consumer-protection department",
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
