/**
 * The deadlines a kaspi.kz buyer faces, as data with their sources (research §3), and
 * `computeDeadlines`, which derives a case's deadlines from its facts and timeline.
 *
 * Counting (all rules): the day of the event is day 0 and the period runs from the next day
 * (Civil Code RK Art. 180 — counting starts the day after the event), so a 14-day window opened on
 * 1 March ends on 15 March, inclusive. We do NOT move a last day that falls on a weekend or holiday
 * to the next working day (which the Civil Code may allow for legal periods): a reminder must never
 * say "you still have time" when a platform (Kaspi) might count the plain date. Earlier is the safe
 * side for a buyer.
 */
import type { Case, Channel, TimelineEvent } from '../cases/schema';
import { addCalendarDays, addWorkingDays, daysBetween, todayInKz } from './calendar';

export const DEADLINE_KINDS = [
  'kaspi-return-14',
  'kaspi-return-defect-30',
  'law-return-14',
  'card-refund-90',
  'kaspi-support-answer',
  'seller-claim-answer',
  'buyer-reminder',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type DeadlineBasis = 'calendar-days' | 'working-days';
export type DeadlineStatus = 'upcoming' | 'due-today' | 'overdue';

export interface DeadlineSource {
  title: string;
  url: string | null;
}

export interface Deadline {
  kind: DeadlineKind;
  /** The day counting starts from (day 0), in Kazakhstan. */
  startDate: string;
  /** The last day, inclusive, in Kazakhstan. */
  dueDate: string;
  basis: DeadlineBasis;
  length: number;
  /** i18n key, e.g. 'deadline.kaspiReturn14'. */
  labelKey: string;
  source: DeadlineSource;
  /** Relative to `opts.today` (or today in Kazakhstan). */
  status: DeadlineStatus;
  /** Kaspi support only: the earliest day an answer can be expected (1 working day). */
  earliestDate?: string;
  /** Buyer's reminder only: the buyer's own words. */
  note?: string;
}

/** What a deadline counts from. */
export type DeadlineAnchor = 'receipt' | 'purchase' | 'submission' | 'claim-sent' | 'buyer-date';

export interface DeadlineRule {
  kind: DeadlineKind;
  basis: DeadlineBasis;
  length: number;
  countedFrom: DeadlineAnchor;
  labelKey: string;
  source: DeadlineSource;
  /** What the UI should know about how we apply the rule. */
  caveat: string;
}

const KASPI_RETURNS: DeadlineSource = {
  title: 'Kaspi Гид: возврат товара (q16178)',
  url: 'https://guide.kaspi.kz/client/kz/shop/returns/q16178',
};
const LAW_274: DeadlineSource = {
  title: 'Закон РК № 274-IV «О защите прав потребителей» (04.05.2010), ст. 30 п. 1',
  url: 'https://adilet.zan.kz/rus/docs/Z100000274_',
};
const LAW_274_42_4: DeadlineSource = {
  title: 'Закон РК № 274-IV «О защите прав потребителей» (04.05.2010), ст. 42-4',
  url: 'https://adilet.zan.kz/rus/docs/Z100000274_',
};
const SEED_GUIDE: DeadlineSource = {
  title: 'Гид по жалобам на продавцов Kaspi: «Сроки рассмотрения жалобы»',
  url: null,
};
const KASPI_CARD_REFUND: DeadlineSource = {
  title: 'Kaspi Гид: отмена покупки по карте (q12932)',
  url: 'https://guide.kaspi.kz/client/ru/gold/returns/q12932',
};
const BUYER: DeadlineSource = { title: 'Ваше напоминание', url: null };

export const DEADLINE_RULES: Readonly<Record<DeadlineKind, DeadlineRule>> = {
  'kaspi-return-14': {
    kind: 'kaspi-return-14',
    basis: 'calendar-days',
    length: 14,
    countedFrom: 'receipt',
    labelKey: 'deadline.kaspiReturn14',
    source: KASPI_RETURNS,
    caveat:
      'Unused item with its look kept. Counted from order.receivedDate; always shown while the case is open.',
  },
  'kaspi-return-defect-30': {
    kind: 'kaspi-return-defect-30',
    basis: 'calendar-days',
    length: 30,
    countedFrom: 'receipt',
    labelKey: 'deadline.kaspiReturnDefect30',
    source: KASPI_RETURNS,
    caveat:
      'Kaspi: 30 days or until the warranty ends. We have no warranty date, so we remind at 30 days (the earlier end). ' +
      "Shown only when the problem is a defect: 'poor-quality' or 'not-as-described' (an item unlike its description is treated as not of proper quality).",
  },
  'law-return-14': {
    kind: 'law-return-14',
    basis: 'calendar-days',
    length: 14,
    countedFrom: 'purchase',
    labelKey: 'deadline.lawReturn14',
    source: LAW_274,
    caveat:
      'Proper-quality goods, not in the Art. 30 exceptions (LAW_RETURN_EXCEPTIONS). Counted from order.orderDate, which is ' +
      'never later than receipt, so it is the earlier (safe) reading of "purchase".',
  },
  'card-refund-90': {
    kind: 'card-refund-90',
    basis: 'calendar-days',
    length: 90,
    countedFrom: 'purchase',
    labelKey: 'deadline.cardRefund90',
    source: KASPI_CARD_REFUND,
    caveat:
      'After 90 days from the purchase, money for a card purchase cannot be returned (payment system rules).',
  },
  'kaspi-support-answer': {
    kind: 'kaspi-support-answer',
    basis: 'working-days',
    length: 3,
    countedFrom: 'submission',
    labelKey: 'deadline.kaspiSupportAnswer',
    source: SEED_GUIDE,
    caveat:
      'Standard: 1–3 working days (due on the 3rd, earliest the 1st); needs checking: up to 10 days; expert examination: up to 30 days ' +
      '(SUPPORT_ANSWER_VARIANTS). "Days" for the longer variants are read as calendar days (the earlier end).',
  },
  'seller-claim-answer': {
    kind: 'seller-claim-answer',
    basis: 'calendar-days',
    length: 10,
    countedFrom: 'claim-sent',
    labelKey: 'deadline.sellerClaimAnswer',
    source: LAW_274_42_4,
    caveat:
      'The law counts 10 days from the day the seller RECEIVES the claim; we count from the day it was sent. That is exact for a ' +
      'claim handed over or e-mailed, and early by the delivery time for registered mail: the reminder comes no later than the ' +
      'legal deadline, but before calling the seller late (Administrative Code Art. 190 p.5) check the delivery notice date.',
  },
  'buyer-reminder': {
    kind: 'buyer-reminder',
    basis: 'calendar-days',
    length: 0,
    countedFrom: 'buyer-date',
    labelKey: 'deadline.buyerReminder',
    source: BUYER,
    caveat: 'A date the buyer picked; one notification on that day.',
  },
};

/** How long Kaspi support may take (seed guide). Default 'standard'. */
export type SupportVariant = 'standard' | 'needs-check' | 'expert';
export const SUPPORT_ANSWER_VARIANTS: Readonly<
  Record<SupportVariant, { basis: DeadlineBasis; length: number; earliest: number | null }>
> = {
  standard: { basis: 'working-days', length: 3, earliest: 1 },
  'needs-check': { basis: 'calendar-days', length: 10, earliest: null },
  expert: { basis: 'calendar-days', length: 30, earliest: null },
};

/** Law 274-IV Art. 30 p.1: proper-quality goods that cannot be returned or exchanged. The UI warns. */
export const LAW_RETURN_EXCEPTIONS: readonly { key: string; ru: string; kk: string; en: string }[] = [
  {
    key: 'medicines',
    ru: 'Лекарственные средства и медицинские изделия',
    kk: 'Дәрілік заттар және медициналық бұйымдар',
    en: 'Medicines and medical devices',
  },
  { key: 'underwear', ru: 'Нательное бельё', kk: 'Іш киім', en: 'Underwear' },
  { key: 'hosiery', ru: 'Чулочно-носочные изделия', kk: 'Шұлық-ұйық бұйымдары', en: 'Hosiery' },
  {
    key: 'animals-plants',
    ru: 'Животные и растения',
    kk: 'Жануарлар мен өсімдіктер',
    en: 'Animals and plants',
  },
  {
    key: 'sold-by-length',
    ru: 'Метражные товары (продаются на метраж)',
    kk: 'Метрмен сатылатын тауарлар',
    en: 'Goods sold by length',
  },
  { key: 'mobile-phones', ru: 'Мобильные телефоны', kk: 'Ұялы телефондар', en: 'Mobile phones' },
];

/** Plain labels; to be moved into the i18n layer under `labelKey`. Kazakh wording not yet reviewed by a native speaker. */
export const DEADLINE_LABELS: Readonly<Record<DeadlineKind, { ru: string; kk: string; en: string }>> = {
  'kaspi-return-14': {
    ru: 'Возврат через Kaspi (14 дней с получения)',
    kk: 'Kaspi арқылы қайтару (алған күннен бастап 14 күн)',
    en: 'Return via Kaspi (14 days from receipt)',
  },
  'kaspi-return-defect-30': {
    ru: 'Возврат брака через Kaspi (30 дней с получения)',
    kk: 'Ақаулы тауарды Kaspi арқылы қайтару (алған күннен бастап 30 күн)',
    en: 'Return of a defective item via Kaspi (30 days from receipt)',
  },
  'law-return-14': {
    ru: 'Возврат или обмен по закону (14 дней с покупки)',
    kk: 'Заң бойынша қайтару немесе айырбастау (сатып алған күннен бастап 14 күн)',
    en: 'Return or exchange under the law (14 days from purchase)',
  },
  'card-refund-90': {
    ru: 'Возврат денег на карту (90 дней с покупки)',
    kk: 'Ақшаны картаға қайтару (сатып алған күннен бастап 90 күн)',
    en: 'Refund to the card (90 days from purchase)',
  },
  'kaspi-support-answer': {
    ru: 'Ответ поддержки Kaspi',
    kk: 'Kaspi қолдау қызметінің жауабы',
    en: 'Answer from Kaspi support',
  },
  'seller-claim-answer': {
    ru: 'Ответ продавца на претензию (10 дней)',
    kk: 'Сатушының наразылық хатқа жауабы (10 күн)',
    en: "Seller's answer to the claim (10 days)",
  },
  'buyer-reminder': {
    ru: 'Ваше напоминание',
    kk: 'Сіздің еске салғышыңыз',
    en: 'Your reminder',
  },
};

/** Channels of a complaint to Kaspi itself (research §2); an answer is expected per the seed guide. */
export const SUPPORT_CHANNELS: readonly Channel[] = ['app', 'website', 'hotline', 'email', 'telegram'];

/** The problems that make the item defective for the Kaspi 30-day return. */
export const DEFECT_PROBLEMS: readonly NonNullable<Case['problem']>[] = ['poor-quality', 'not-as-described'];

/** Kinds where Shagym waits for someone else's answer: overdue means "escalate". */
export const AWAITED_ANSWER_KINDS: readonly DeadlineKind[] = ['kaspi-support-answer', 'seller-claim-answer'];

export interface ComputeOptions {
  /** 'YYYY-MM-DD' in Kazakhstan; default: today in Kazakhstan. */
  today?: string;
  /** Which Kaspi support timeline applies; default 'standard'. */
  supportVariant?: SupportVariant;
  /** A date the buyer picked for their own reminder. */
  buyerReminder?: { date: string; note?: string } | null;
}

/** The Kazakhstan day of a timeline event: what the buyer entered, else the day of `at`. */
export function eventDate(e: TimelineEvent): string {
  return e.date ?? todayInKz(e.at);
}

function statusOf(dueDate: string, today: string): DeadlineStatus {
  const left = daysBetween(today, dueDate);
  return left > 0 ? 'upcoming' : left === 0 ? 'due-today' : 'overdue';
}

function build(
  kind: DeadlineKind,
  startDate: string,
  today: string,
  variant: { basis: DeadlineBasis; length: number } = DEADLINE_RULES[kind],
): Deadline {
  const rule = DEADLINE_RULES[kind];
  const dueDate =
    variant.basis === 'working-days'
      ? addWorkingDays(startDate, variant.length)
      : addCalendarDays(startDate, variant.length);
  return {
    kind,
    startDate,
    dueDate,
    basis: variant.basis,
    length: variant.length,
    labelKey: rule.labelKey,
    source: rule.source,
    status: statusOf(dueDate, today),
  };
}

const isSupportSubmission = (e: TimelineEvent) =>
  e.kind === 'submitted' && (e.channel === null || SUPPORT_CHANNELS.includes(e.channel));
const isClaimSent = (e: TimelineEvent) =>
  e.kind === 'claim-sent' || (e.kind === 'submitted' && e.channel === 'claim-letter');

/**
 * Walks the timeline in order (Kazakhstan day, then `at`) and returns the requests still waiting for
 * an answer:
 * - a 'submitted' event to Kaspi (app, website, hotline, e-mail, Telegram, or no channel given — the
 *   usual complaint goes to Kaspi, and a reminder too many beats one missed) starts a support wait;
 * - a 'claim-sent' event, or 'submitted' with channel 'claim-letter', starts a seller wait;
 * - a later request of the same kind replaces the earlier one (one reminder per kind);
 * - 'answer-received' ends the wait of its channel (Kaspi channels → support; 'claim-letter' → seller);
 *   with no channel it ends the most recently started wait; 'authority' ends none.
 */
function pendingWaits(timeline: readonly TimelineEvent[]): {
  support: TimelineEvent | null;
  claim: TimelineEvent | null;
} {
  const ordered = timeline
    .map((e) => ({ e, day: eventDate(e) }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.e.at - b.e.at))
    .map(({ e }) => e);
  let support: TimelineEvent | null = null;
  let claim: TimelineEvent | null = null;
  let lastStarted: 'support' | 'claim' | null = null;
  for (const e of ordered) {
    if (isClaimSent(e)) [claim, lastStarted] = [e, 'claim'];
    else if (isSupportSubmission(e)) [support, lastStarted] = [e, 'support'];
    else if (e.kind === 'answer-received') {
      const answers: 'support' | 'claim' | null =
        e.channel === 'claim-letter'
          ? 'claim'
          : e.channel === null
            ? lastStarted
            : SUPPORT_CHANNELS.includes(e.channel)
              ? 'support'
              : null;
      if (answers === 'claim') claim = null;
      if (answers === 'support') support = null;
      // The most recent wait still open, if any.
      if (answers === lastStarted) lastStarted = support ? 'support' : claim ? 'claim' : null;
    }
  }
  return { support, claim };
}

/**
 * A case's active deadlines, earliest first. Resolved and closed cases have none.
 * - order.receivedDate → Kaspi return 14 days (always) and 30 days (defect problems only);
 * - order.orderDate → law return 14 days and card refund 90 days;
 * - the pending support request → Kaspi support answer (variant from opts, default standard);
 * - the pending claim letter → seller's answer, 10 calendar days from sending (see the rule's caveat);
 * - opts.buyerReminder → the buyer's own date.
 * Return windows stay listed after the buyer complained: a complaint is not a filed return, and a
 * missed window is the costly mistake.
 */
export function computeDeadlines(c: Case, opts: ComputeOptions = {}): Deadline[] {
  if (c.status === 'resolved' || c.status === 'closed') return [];
  const today = opts.today ?? todayInKz(Date.now());
  const out: Deadline[] = [];
  const { receivedDate, orderDate } = c.order;
  if (receivedDate) {
    out.push(build('kaspi-return-14', receivedDate, today));
    if (c.problem && DEFECT_PROBLEMS.includes(c.problem))
      out.push(build('kaspi-return-defect-30', receivedDate, today));
  }
  if (orderDate) {
    out.push(build('law-return-14', orderDate, today));
    out.push(build('card-refund-90', orderDate, today));
  }
  const { support, claim } = pendingWaits(c.timeline);
  if (support) {
    const variant = SUPPORT_ANSWER_VARIANTS[opts.supportVariant ?? 'standard'];
    const start = eventDate(support);
    const d = build('kaspi-support-answer', start, today, variant);
    if (variant.earliest !== null) d.earliestDate = addWorkingDays(start, variant.earliest);
    out.push(d);
  }
  if (claim) out.push(build('seller-claim-answer', eventDate(claim), today));
  if (opts.buyerReminder) {
    const d = build('buyer-reminder', opts.buyerReminder.date, today);
    if (opts.buyerReminder.note) d.note = opts.buyerReminder.note;
    out.push(d);
  }
  return out.sort(
    (a, b) =>
      daysBetween(b.dueDate, a.dueDate) || DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind),
  );
}

/** The earliest deadline not yet passed; if all have passed, the most recently passed; null if none. */
export function nextDeadline(deadlines: readonly Deadline[]): Deadline | null {
  const byDue = [...deadlines].sort((a, b) => daysBetween(b.dueDate, a.dueDate));
  const ahead = byDue.find((d) => d.status !== 'overdue');
  return ahead ?? byDue[byDue.length - 1] ?? null;
}

export type UrgencyBucket = 'overdue' | 'due-soon' | 'waiting' | 'closed';
export interface Urgency {
  /** Sort key, lower first: bucket (overdue, due-soon, waiting, closed), then days left. */
  rank: number;
  nextDue: string | null;
  /** Calendar days from today to nextDue (negative when overdue). */
  daysLeft: number | null;
  bucket: UrgencyBucket;
}

/** A deadline within this many days (inclusive) is "due soon". */
export const DUE_SOON_DAYS = 3;
const BUCKET_ORDER: readonly UrgencyBucket[] = ['overdue', 'due-soon', 'waiting', 'closed'];

function rankOf(bucket: UrgencyBucket, daysLeft: number | null): number {
  const within = daysLeft === null ? 99_999 : Math.min(Math.max(daysLeft + 50_000, 0), 99_998);
  return BUCKET_ORDER.indexOf(bucket) * 100_000 + within;
}

/**
 * Where a case goes in the popup: overdue first, then due soon (≤ 3 days), then waiting, then closed.
 * - overdue: an awaited answer (Kaspi support, seller) is late — the buyer should escalate. A return
 *   window that has passed is not "overdue": nothing can be done about it, so it does not pin the case
 *   to the top forever;
 * - due-soon / waiting: by the next deadline not yet passed;
 * - waiting with nextDue null: an open case with no deadline ahead (e.g. no dates entered yet).
 */
export function urgency(c: Case, today: string, opts: Omit<ComputeOptions, 'today'> = {}): Urgency {
  if (c.status === 'resolved' || c.status === 'closed') {
    return { rank: rankOf('closed', null), nextDue: null, daysLeft: null, bucket: 'closed' };
  }
  const deadlines = computeDeadlines(c, { ...opts, today });
  const late = deadlines.find((d) => d.status === 'overdue' && AWAITED_ANSWER_KINDS.includes(d.kind));
  if (late) {
    const daysLeft = daysBetween(today, late.dueDate);
    return { rank: rankOf('overdue', daysLeft), nextDue: late.dueDate, daysLeft, bucket: 'overdue' };
  }
  const next = deadlines.find((d) => d.status !== 'overdue');
  if (!next) return { rank: rankOf('waiting', null), nextDue: null, daysLeft: null, bucket: 'waiting' };
  const daysLeft = daysBetween(today, next.dueDate);
  const bucket = daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'waiting';
  return { rank: rankOf(bucket, daysLeft), nextDue: next.dueDate, daysLeft, bucket };
}
