/**
 * The deadlines a kaspi.kz buyer faces, as data with their sources (utils/facts), and
 * `computeDeadlines`, which derives a case's deadlines from its facts and timeline.
 *
 * Counting: the day of the event is day 0 and the period runs from the next day, so a 14-day window
 * opened on 1 March ends on 15 March, inclusive (the Civil Code's chapter on calculating periods;
 * its article numbers are not confirmed, see LAW.civilPeriods, so no letter cites them).
 * A last day on a non-working day moves to the next working day (the same chapter) ONLY for periods
 * the other side must keep (`endsOnWorkingDay`: the seller's answer). The buyer's own windows end on
 * the plain date: a reminder must never say "you still have time" when Kaspi or a seller may count
 * the plain date — earlier is the safe side for a buyer.
 */
import type { Case, Channel, TimelineEvent } from '../cases/schema';
import { isDefectProblem, PROBLEMS } from '../cases/problems';
import { SOURCES, type Source } from '../facts/sources';
import { returnExceptionOf } from '../facts/return-exceptions';
import type { Lang, Localized } from '../i18n/languages';
import { addCalendarDays, addWorkingDays, daysBetween, todayInKz, workingDayOnOrAfter } from './calendar';

export const DEADLINE_KINDS = [
  'kaspi-return-14',
  'kaspi-return-defect-30',
  'law-return-14',
  'kaspi-support-answer',
  'seller-claim-answer',
  'authority-answer',
  'buyer-reminder',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * Kinds earlier versions computed and no longer do. 'card-refund-90' came from guide.kaspi.kz q12932,
 * which is about Kaspi Gold purchases at other shops' terminals, not marketplace orders (issue 9).
 * The database upgrade deletes their reminders (utils/db.ts).
 */
export const RETIRED_DEADLINE_KINDS: readonly string[] = ['card-refund-90'];

export type DeadlineBasis = 'calendar-days' | 'working-days';
export type DeadlineStatus = 'upcoming' | 'due-today' | 'overdue';

/** Why a deadline is counted the way it is, when the buyer should know. */
export type DeadlineHint =
  | 'from-order-date'
  | 'warranty-end'
  | 'warranty-unknown'
  | 'claim-receipt-estimated'
  | 'moved-to-working-day';

export interface Deadline {
  kind: DeadlineKind;
  /** The day counting starts from (day 0), in Kazakhstan. */
  startDate: string;
  /** The last day, inclusive, in Kazakhstan. */
  dueDate: string;
  basis: DeadlineBasis;
  length: number;
  source: Source;
  /** Relative to `opts.today` (or today in Kazakhstan). */
  status: DeadlineStatus;
  /** How this one was counted, when it matters to the buyer (DEADLINE_HINTS). */
  hints: DeadlineHint[];
  /** Kaspi support only: the earliest day an answer can be expected (1 working day). */
  earliestDate?: string;
  /** Buyer's reminder only: the buyer's own words. */
  note?: string;
}

/** What a deadline counts from. */
export type DeadlineAnchor = 'receipt' | 'submission' | 'claim-received' | 'buyer-date';

export interface DeadlineRule {
  kind: DeadlineKind;
  basis: DeadlineBasis;
  length: number;
  countedFrom: DeadlineAnchor;
  /** A last day on a non-working day moves to the next working day (periods the other side keeps). */
  endsOnWorkingDay: boolean;
  label: Localized;
  source: Source;
  /** How we apply the rule. */
  caveat: string;
}

const BUYER: Source = { title: 'Ваше напоминание', url: null, checkedOn: '2026-11-30', status: 'kaspi' };

export const DEADLINE_RULES: Readonly<Record<DeadlineKind, DeadlineRule>> = {
  'kaspi-return-14': {
    kind: 'kaspi-return-14',
    basis: 'calendar-days',
    length: 14,
    countedFrom: 'receipt',
    endsOnWorkingDay: false,
    label: {
      ru: 'Возврат через Kaspi (14 дней с получения)',
      kk: 'Kaspi арқылы қайтару (алған күннен бастап 14 күн)',
      en: 'Return via Kaspi (14 days from receipt)',
    },
    source: SOURCES.kaspiReturns,
    caveat: 'Unused item with its look kept (q16178). Counted from order.receivedDate.',
  },
  'kaspi-return-defect-30': {
    kind: 'kaspi-return-defect-30',
    basis: 'calendar-days',
    length: 30,
    countedFrom: 'receipt',
    endsOnWorkingDay: false,
    label: {
      ru: 'Возврат брака через Kaspi (30 дней с получения или до конца гарантии)',
      kk: 'Ақаулы тауарды Kaspi арқылы қайтару (алған күннен бастап 30 күн немесе кепілдік біткенге дейін)',
      en: 'Return of a defective item via Kaspi (30 days from receipt, or until the warranty ends)',
    },
    source: SOURCES.kaspiReturns,
    caveat:
      'Kaspi (q16178): 30 days or until the warranty ends. With a warranty end date later than the 30th day, that date; ' +
      'without one, the 30th day (the earlier end) and a hint to enter it. Defect problems only (utils/cases/problems.ts).',
  },
  'law-return-14': {
    kind: 'law-return-14',
    basis: 'calendar-days',
    length: 14,
    countedFrom: 'receipt',
    endsOnWorkingDay: false,
    label: {
      ru: 'Обмен или возврат по закону (14 дней с получения)',
      kk: 'Заң бойынша айырбастау немесе қайтару (алған күннен бастап 14 күн)',
      en: 'Exchange or return under the law (14 days from receipt)',
    },
    source: SOURCES.law274Art14,
    caveat:
      'Law 274-IV Art. 14 counts 14 days from handover (Art. 30 p.1 says "from acquisition"; for a delivered order the ' +
      'two meet at receipt). Without a received date we count from the order date — earlier, so safe — and say so. ' +
      'Not shown for the goods Art. 30 p.1 excepts (utils/facts/return-exceptions.ts), nor for an item never received.',
  },
  'kaspi-support-answer': {
    kind: 'kaspi-support-answer',
    basis: 'working-days',
    length: 3,
    countedFrom: 'submission',
    endsOnWorkingDay: false,
    label: {
      ru: 'Ответ поддержки Kaspi',
      kk: 'Kaspi қолдау қызметінің жауабы',
      en: 'Answer from Kaspi support',
    },
    source: SOURCES.seedGuide,
    caveat:
      'Standard: 1–3 working days (due on the 3rd, earliest the 1st); needs checking: up to 10 days; expert examination: up to 30 days ' +
      '(SUPPORT_ANSWER_VARIANTS, from the seed guide only). "Days" for the longer variants are read as calendar days (the earlier end).',
  },
  'seller-claim-answer': {
    kind: 'seller-claim-answer',
    basis: 'calendar-days',
    length: 10,
    countedFrom: 'claim-received',
    endsOnWorkingDay: true,
    label: {
      ru: 'Ответ продавца на претензию (10 дней с её получения)',
      kk: 'Сатушының наразылық хатқа жауабы (оны алған күннен бастап 10 күн)',
      en: "Seller's answer to the claim (10 days from receiving it)",
    },
    source: SOURCES.law274Art42_4,
    caveat:
      'Art. 42-4: 10 calendar days from the day the seller RECEIVES the claim. With the received date (delivery notice, ' +
      'acceptance mark) we count from it; else from the day it was sent plus CLAIM_DELIVERY_ALLOWANCE for the way it went ' +
      '(our estimate, shown as such). A last day on a non-working day moves to the next working day: Shagym never calls the ' +
      'seller late too early.',
  },
  'authority-answer': {
    kind: 'authority-answer',
    basis: 'working-days',
    length: 15,
    countedFrom: 'submission',
    endsOnWorkingDay: false,
    label: {
      ru: 'Ответ на обращение в госорган (15 рабочих дней)',
      kk: 'Мемлекеттік органға өтінішке жауап (15 жұмыс күні)',
      en: 'Answer to the appeal to the authority (15 working days)',
    },
    source: SOURCES.adminProcedureCode76,
    caveat:
      'APPK Art. 76 (utils/facts/law.ts appealTerm): an administrative procedure started by an appeal takes 15 working days ' +
      'from its receipt, unless a law says otherwise; the body may extend it, to two months at most, and must tell the ' +
      'applicant. Counted from the day the buyer sent the appeal (receipt through e-Otinish is the same day).',
  },
  'buyer-reminder': {
    kind: 'buyer-reminder',
    basis: 'calendar-days',
    length: 0,
    countedFrom: 'buyer-date',
    endsOnWorkingDay: false,
    label: { ru: 'Ваше напоминание', kk: 'Сіздің еске салғышыңыз', en: 'Your reminder' },
    source: BUYER,
    caveat: 'A date the buyer picked; one notification on that day.',
  },
};

/** The label of a deadline kind in a language: the one source for every screen, notification and archive. */
export function deadlineLabel(kind: DeadlineKind, lang: Lang): string {
  return DEADLINE_RULES[kind].label[lang];
}

/** What the buyer reads under a deadline counted in a particular way. */
export const DEADLINE_HINTS: Readonly<Record<DeadlineHint, Localized>> = {
  'from-order-date': {
    ru: 'Посчитано от даты заказа: укажите дату получения, и срок будет точным.',
    kk: 'Тапсырыс күнінен бастап есептелді: алған күнді көрсетсеңіз, мерзім нақты болады.',
    en: 'Counted from the order date: enter the day you received it for the exact date.',
  },
  'warranty-end': {
    ru: 'До конца гарантии, которую вы указали.',
    kk: 'Сіз көрсеткен кепілдік мерзімі біткенге дейін.',
    en: 'Until the end of the warranty you entered.',
  },
  'warranty-unknown': {
    ru: 'Если гарантия длиннее 30 дней, возврат возможен до её конца: укажите дату окончания гарантии.',
    kk: 'Кепілдік 30 күннен ұзақ болса, оны соңына дейін қайтаруға болады: кепілдіктің аяқталу күнін көрсетіңіз.',
    en: 'If the warranty runs longer than 30 days, you can return it until the warranty ends: enter that date.',
  },
  'claim-receipt-estimated': {
    ru: 'Дата получения претензии продавцом — наша оценка по способу отправки; укажите её по уведомлению о вручении.',
    kk: 'Сатушының наразылық хатты алған күні — жіберу тәсілі бойынша біздің болжамымыз; оны табыс ету хабарламасы бойынша көрсетіңіз.',
    en: 'The day the seller received the claim is our estimate from how it was sent; enter it from the delivery notice.',
  },
  'moved-to-working-day': {
    ru: 'Последний день выпал на выходной и перенесён на следующий рабочий день.',
    kk: 'Соңғы күн демалысқа түсіп, келесі жұмыс күніне ауыстырылды.',
    en: 'The last day fell on a day off and moved to the next working day.',
  },
};

/** How long Kaspi support may take (seed guide). Default 'standard'. */
export const SUPPORT_VARIANTS = ['standard', 'needs-check', 'expert'] as const;
export type SupportVariant = (typeof SUPPORT_VARIANTS)[number];
export const SUPPORT_ANSWER_VARIANTS: Readonly<
  Record<SupportVariant, { basis: DeadlineBasis; length: number; earliest: number | null }>
> = {
  standard: { basis: 'working-days', length: 3, earliest: 1 },
  'needs-check': { basis: 'calendar-days', length: 10, earliest: null },
  expert: { basis: 'calendar-days', length: 30, earliest: null },
};

/**
 * How the claim went to the seller (Art. 42-4: by hand with a mark of receipt, by registered mail with
 * a delivery notice, or to the e-mail the seller gave), and how many days we allow for it to arrive
 * when the buyer does not know the received date. The allowance for post is Shagym's own estimate,
 * not a legal figure: it only keeps us from calling the seller late before the claim could have arrived.
 */
export const CLAIM_DELIVERIES = ['hand', 'email', 'post'] as const;
export type ClaimDelivery = (typeof CLAIM_DELIVERIES)[number];
export const CLAIM_DELIVERY_ALLOWANCE: Readonly<Record<ClaimDelivery, number>> = {
  hand: 0,
  email: 0,
  post: 7,
};

/**
 * What each channel does to a case: the timeline event "I sent it" records, and who is then expected
 * to answer. The one table for "which channels count as a request to Kaspi support".
 */
export const CHANNEL_ROLES: Readonly<
  Record<
    Channel,
    { event: 'submitted' | 'claim-sent' | 'escalated'; awaits: 'kaspi' | 'seller' | 'authority' }
  >
> = {
  app: { event: 'submitted', awaits: 'kaspi' },
  website: { event: 'submitted', awaits: 'kaspi' },
  hotline: { event: 'submitted', awaits: 'kaspi' },
  email: { event: 'submitted', awaits: 'kaspi' },
  telegram: { event: 'submitted', awaits: 'kaspi' },
  'claim-letter': { event: 'claim-sent', awaits: 'seller' },
  authority: { event: 'escalated', awaits: 'authority' },
};

/** Channels of a complaint to Kaspi itself; an answer is expected per the seed guide. */
export const SUPPORT_CHANNELS: readonly Channel[] = (Object.keys(CHANNEL_ROLES) as Channel[]).filter(
  (c) => CHANNEL_ROLES[c].awaits === 'kaspi',
);

/** Kinds where Shagym waits for someone else's answer: overdue means "escalate". */
export const AWAITED_ANSWER_KINDS: readonly DeadlineKind[] = [
  'kaspi-support-answer',
  'seller-claim-answer',
  'authority-answer',
];

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
  hints: DeadlineHint[] = [],
): Deadline {
  const rule = DEADLINE_RULES[kind];
  const plainDue =
    variant.basis === 'working-days'
      ? addWorkingDays(startDate, variant.length)
      : addCalendarDays(startDate, variant.length);
  const dueDate = rule.endsOnWorkingDay ? workingDayOnOrAfter(plainDue) : plainDue;
  return {
    kind,
    startDate,
    dueDate,
    basis: variant.basis,
    length: variant.length,
    source: rule.source,
    status: statusOf(dueDate, today),
    hints: dueDate === plainDue ? hints : [...hints, 'moved-to-working-day'],
  };
}

const isSupportSubmission = (e: TimelineEvent) =>
  e.kind === 'submitted' && (e.channel === null || SUPPORT_CHANNELS.includes(e.channel));
/** The appeal to the authority went out (escalation, or "I sent it" on the authority channel). */
const isAppealSent = (e: TimelineEvent) =>
  e.kind === 'escalated' || (e.kind === 'submitted' && e.channel === 'authority');
const isClaimSent = (e: TimelineEvent) =>
  e.kind === 'claim-sent' || (e.kind === 'submitted' && e.channel === 'claim-letter');

/** Timeline events in the order they happened: Kazakhstan day, then `at`. */
function chronological(timeline: readonly TimelineEvent[]): TimelineEvent[] {
  return timeline
    .filter((e) => !e.undoneAt)
    .map((e) => ({ e, day: eventDate(e) }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.e.at - b.e.at))
    .map(({ e }) => e);
}

/**
 * Walks the timeline in order and returns the requests still waiting for an answer:
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
  authority: TimelineEvent | null;
} {
  let support: TimelineEvent | null = null;
  let claim: TimelineEvent | null = null;
  let authority: TimelineEvent | null = null;
  let lastStarted: 'support' | 'claim' | null = null;
  for (const e of chronological(timeline)) {
    if (isClaimSent(e)) [claim, lastStarted] = [e, 'claim'];
    else if (isSupportSubmission(e)) [support, lastStarted] = [e, 'support'];
    else if (isAppealSent(e)) authority = e;
    else if ((e.kind === 'answer-received' || e.kind === 'outcome') && e.party === 'authority')
      authority = null;
    else if (e.kind === 'answer-received' || (e.kind === 'outcome' && e.party)) {
      // An outcome from the seller or Kaspi ends that side's wait, as an answer does.
      if (e.kind === 'outcome' && e.party === 'seller') claim = null;
      if (e.kind === 'outcome' && e.party === 'kaspi') support = null;
      if (e.kind === 'outcome') continue;
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
  return { support, claim, authority };
}

/** The day the claim letter went to the seller: the latest 'claim-sent' event, if any. */
export function claimSentDate(timeline: readonly TimelineEvent[]): string | null {
  const sent = chronological(timeline).filter(isClaimSent);
  const last = sent[sent.length - 1];
  return last ? eventDate(last) : null;
}

export interface ClaimFacts {
  /** When the claim went out. */
  sentDate: string;
  /** How: null when the buyer did not say (counted as post, the longest). */
  delivery: ClaimDelivery | null;
  /** When the seller received it, from the delivery notice or the acceptance mark. */
  receivedDate: string | null;
}

/**
 * The seller's answer deadline (Art. 42-4): 10 calendar days from the day the seller received the
 * claim — the received date when known, else the sent date plus the delivery allowance — moved to a
 * working day. Before the day after it, "the seller did not answer" cannot be said.
 */
export function sellerAnswerDeadline(claim: ClaimFacts, today: string): Deadline {
  const estimated = claim.receivedDate === null;
  const start =
    claim.receivedDate ?? addCalendarDays(claim.sentDate, CLAIM_DELIVERY_ALLOWANCE[claim.delivery ?? 'post']);
  const hints: DeadlineHint[] =
    estimated && CLAIM_DELIVERY_ALLOWANCE[claim.delivery ?? 'post'] > 0 ? ['claim-receipt-estimated'] : [];
  return build('seller-claim-answer', start, today, DEADLINE_RULES['seller-claim-answer'], hints);
}

/** True once the seller's 10 days have run out (the day after the deadline): the "no answer" appeal may be written. */
export function sellerAnswerOverdue(claim: ClaimFacts, today: string): boolean {
  return sellerAnswerDeadline(claim, today).status === 'overdue';
}

/**
 * A case's active deadlines, earliest first. Resolved and closed cases have none.
 * - order.receivedDate → Kaspi return 14 days (when the item was received) and the defect window
 *   (30 days, or the warranty's end when later; defect problems only);
 * - the law's 14 days from receipt (else from the order date, flagged), unless the item may be one of
 *   the goods Art. 30 p.1 excepts, or the problem is one where nothing was received;
 * - the pending support request → Kaspi support answer (variant from opts, default standard);
 * - the pending claim letter → seller's answer (sellerAnswerDeadline);
 * - opts.buyerReminder → the buyer's own date.
 * Return windows stay listed after the buyer complained: a complaint is not a filed return, and a
 * missed window is the costly mistake.
 */
export function computeDeadlines(c: Case, opts: ComputeOptions = {}): Deadline[] {
  if (c.status === 'resolved' || c.status === 'closed') return [];
  const today = opts.today ?? todayInKz(Date.now());
  const out: Deadline[] = [];
  const { receivedDate, orderDate } = c.order;
  const received = c.problem === null || PROBLEMS[c.problem].itemReceived || receivedDate !== null;
  if (receivedDate) {
    out.push(build('kaspi-return-14', receivedDate, today));
    if (isDefectProblem(c.problem)) {
      const thirty = build('kaspi-return-defect-30', receivedDate, today);
      const warranty = c.warrantyUntil;
      if (warranty && warranty > thirty.dueDate) {
        out.push({
          ...thirty,
          dueDate: warranty,
          status: statusOf(warranty, today),
          hints: ['warranty-end'],
        });
      } else out.push(warranty ? thirty : { ...thirty, hints: ['warranty-unknown'] });
    }
  }
  const lawStart = receivedDate ?? orderDate;
  if (lawStart && received && returnExceptionOf(c.returnException, c.order.productTitle) === null) {
    out.push(
      build(
        'law-return-14',
        lawStart,
        today,
        DEADLINE_RULES['law-return-14'],
        receivedDate ? [] : ['from-order-date'],
      ),
    );
  }
  const { support, claim, authority } = pendingWaits(c.timeline);
  if (support) {
    const variant = SUPPORT_ANSWER_VARIANTS[opts.supportVariant ?? 'standard'];
    const start = eventDate(support);
    const d = build('kaspi-support-answer', start, today, variant);
    if (variant.earliest !== null) d.earliestDate = addWorkingDays(start, variant.earliest);
    out.push(d);
  }
  if (claim) {
    out.push(
      sellerAnswerDeadline(
        { sentDate: eventDate(claim), delivery: c.claimDelivery, receivedDate: c.claimReceivedDate },
        today,
      ),
    );
  }
  if (authority) out.push(build('authority-answer', eventDate(authority), today));
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
