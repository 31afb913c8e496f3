import { PROBLEMS, effectiveRemedy, isDefectProblem } from '../cases/problems';
import type { Channel, ProblemKind, Remedy } from '../cases/schema';
import { sellerAnswerDeadline, sellerAnswerOverdue, type ClaimDelivery } from '../deadlines/rules';
import type { EvidenceKind } from '../evidence/schema';
import type { AuthorityRegion } from '../facts/authority';
import type { Lang } from '../i18n/languages';
import { formatPrice } from './format';
import { endSentence, PHRASES, type Phrases } from './phrases';
import {
  MISSING_FIELDS,
  MissingFactsError,
  type HistoryEntry,
  type LetterInput,
  type MissingField,
  type SellerAnswer,
  type TextKind,
} from './types';

/**
 * The complaint texts, as plain text. Pure: the same input gives the same text (golden tests in
 * tests/unit/letters/__golden__). Anything from the input is inserted literally — never as HTML; the
 * UI renders text only. A fact that is absent is either asked for (missingFacts) or left out, never
 * printed as a placeholder.
 */

/** Kaspi support forms take short messages; Shagym keeps the support message within this many characters. */
export const SUPPORT_MESSAGE_MAX = 1000;
/** From the seed guide; not confirmed by another source (see utils/channels). */
export const KASPI_SUPPORT_EMAIL = 'support@kaspi.kz';

const SUBJECT_TITLE_MAX = 80;
/** Shorter than this, a cut description says too little: the support message leaves it out instead. */
const MIN_DESCRIPTION_ROOM = 40;

/** Where each text is meant to go. */
export const TEXT_KIND_CHANNELS: Readonly<Record<TextKind, readonly Channel[]>> = {
  'support-message': ['app', 'website'],
  email: ['email'],
  'claim-letter': ['claim-letter'],
  'authority-appeal': ['authority'],
};

/**
 * The 14-day exchange or return (Law Art. 14 and Art. 30 p.1) is cited when the seller refused a
 * return and the buyer asks for the money back or an exchange, and the item is not one of the goods
 * Art. 30 p.1 excepts. Not for repair or a price reduction (those presume a defect), and not for the
 * other problems: poor quality and not-as-described are defects, and for "other" we cannot tell.
 */
export function citesReturnRight(
  problem: ProblemKind,
  remedy: Remedy,
  exception: string | null | undefined = null,
): boolean {
  return problem === 'return-refused' && (remedy === 'refund' || remedy === 'replacement') && !exception;
}

function present(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** For one-line fields (title, names, addresses): line breaks become spaces, the rest stays as typed. */
function oneLine(value: string | null | undefined): string | null {
  const v = present(value);
  return v === null ? null : v.replace(/\s*[\r\n]+\s*/g, ' ');
}

const isFormal = (kind: TextKind): boolean => kind === 'claim-letter' || kind === 'authority-appeal';

/**
 * The facts `kind` needs that `input` lacks, in MISSING_FIELDS order; empty when the text can be built.
 * - every text: the order number or the item (claim and appeal: number or title; the Kaspi texts also
 *   accept the product code) and the problem; a description when the problem is "other";
 * - claim letter and appeal: also the buyer's name, the seller's name, the remedy and a description;
 * - claim letter: a contact for the answer (phone, e-mail or postal address);
 * - appeal: the date the claim was sent and the seller's answer (refused or none).
 */
export function missingFacts(kind: TextKind, input: LetterInput): MissingField[] {
  const missing = new Set<MissingField>();
  const o = input.order;
  const formal = isFormal(kind);

  const identified = formal
    ? present(o.orderNumber) !== null || present(o.productTitle) !== null
    : present(o.orderNumber) !== null || present(o.productTitle) !== null || present(o.productCode) !== null;
  if (!identified) missing.add('order-or-product');
  if (input.problem === null) missing.add('problem');
  if ((formal || input.problem === 'other') && present(input.description) === null)
    missing.add('description');

  if (formal) {
    if (present(o.sellerName) === null) missing.add('seller-name');
    // A remedy the problem does not offer (utils/cases/problems.ts) is asked for again, never written.
    if (effectiveRemedy(input.problem, input.remedy) === null) missing.add('remedy');
    if (present(input.buyer?.name) === null) missing.add('buyer-name');
    if (present(input.buyer?.address) === null) missing.add('buyer-address');
  }
  if (kind === 'authority-appeal') {
    // APPK Art. 63: full name, ИИН and postal address.
    if (!/^\d{12}$/.test(input.buyer?.iin ?? '')) missing.add('buyer-iin');
    if (!input.authorityRegion) missing.add('authority-region');
    const sent = present(input.claimSentDate);
    if (sent === null) missing.add('claim-sent-date');
    if (input.sellerAnswer === null || input.sellerAnswer === undefined) missing.add('seller-answer');
    // "No answer" only once the seller's 10 days from receipt have run out.
    else if (
      input.sellerAnswer === 'no-answer' &&
      sent !== null &&
      !sellerAnswerOverdue(claimOf(input, sent), input.today)
    )
      missing.add('seller-answer-not-due');
  }
  return MISSING_FIELDS.filter((f) => missing.has(f));
}

function claimOf(input: LetterInput, sentDate: string) {
  return {
    sentDate,
    delivery: input.claimDelivery ?? null,
    receivedDate: present(input.claimReceivedDate),
  };
}

/** The input with empty strings turned into nulls, one-line fields flattened and the price formatted. */
interface Facts {
  orderNumber: string | null;
  productCode: string | null;
  productTitle: string | null;
  productUrl: string | null;
  sellerName: string | null;
  price: string | null;
  orderDate: string | null;
  receivedDate: string | null;
  problem: ProblemKind;
  remedy: Remedy | null;
  description: string | null;
  buyerName: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  iin: string | null;
  sellerAddress: string | null;
  sellerBin: string | null;
  today: string;
  claimSentDate: string | null;
  claimDelivery: ClaimDelivery | null;
  claimReceivedDate: string | null;
  sellerAnswer: SellerAnswer | null;
  authorityRegion: AuthorityRegion | null;
  returnException: string | null;
  /** Stored files, grouped by kind (in order of first file), then ticked kinds with no file. */
  attachments: { kind: EvidenceKind; names: string[] }[];
  /** What happened with the seller and Kaspi, in order (requests, answers, outcomes). */
  history: HistoryEntry[];
}

/** The events an appeal recounts: what was sent and what came back (not notes, closing or the appeal itself). */
const RECOUNTED = ['claim-sent', 'submitted', 'answer-received', 'outcome'];

/** What goes in the list of attachments: each stored file under its kind, then what the buyer ticked. */
function attachmentsOf(input: LetterInput): Facts['attachments'] {
  const out: Facts['attachments'] = [];
  for (const e of input.evidence ?? []) {
    const name = oneLine(e.name);
    const group = out.find((a) => a.kind === e.kind);
    if (group) {
      if (name) group.names.push(name);
    } else out.push({ kind: e.kind, names: name ? [name] : [] });
  }
  for (const kind of input.attachments) if (!out.some((a) => a.kind === kind)) out.push({ kind, names: [] });
  return out;
}

function facts(kind: TextKind, input: LetterInput): Facts {
  const missing = missingFacts(kind, input);
  if (missing.length > 0 || input.problem === null) throw new MissingFactsError(kind, missing);
  const o = input.order;
  const description = present(input.description);
  return {
    orderNumber: oneLine(o.orderNumber),
    productCode: oneLine(o.productCode),
    productTitle: oneLine(o.productTitle),
    productUrl: oneLine(o.productUrl),
    sellerName: oneLine(o.sellerName),
    price: o.price === null ? null : formatPrice(o.price),
    orderDate: present(o.orderDate),
    receivedDate: present(o.receivedDate),
    problem: input.problem,
    remedy: effectiveRemedy(input.problem, input.remedy),
    description: description === null ? null : description.replace(/\r\n?/g, '\n'),
    buyerName: oneLine(input.buyer?.name),
    phone: oneLine(input.buyer?.phone),
    email: oneLine(input.buyer?.email),
    address: oneLine(input.buyer?.address),
    iin: present(input.buyer?.iin),
    sellerAddress: oneLine(input.sellerAddress),
    sellerBin: present(input.sellerBin),
    today: input.today,
    claimSentDate: present(input.claimSentDate),
    claimDelivery: input.claimDelivery ?? null,
    claimReceivedDate: present(input.claimReceivedDate),
    sellerAnswer: input.sellerAnswer ?? null,
    authorityRegion: input.authorityRegion ?? null,
    returnException: input.returnException ?? null,
    attachments: attachmentsOf(input),
    history: (input.history ?? [])
      .filter((h) => RECOUNTED.includes(h.kind) && h.party !== 'authority' && h.channel !== 'authority')
      .map((h) => ({ ...h, note: oneLine(h.note) ?? '' })),
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function decapitalize(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Cuts `s` to at most `max` UTF-16 units, ending with "…", without splitting a surrogate pair. */
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - 1));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function orderFactLines(
  p: Phrases,
  f: Facts,
  opts: { orderNumber: boolean; url: boolean; seller: boolean },
): string[] {
  const lines: (string | null)[] = [
    opts.orderNumber && f.orderNumber !== null ? `${p.label.orderNumber}: ${f.orderNumber}` : null,
    f.productTitle === null ? null : `${p.label.product}: ${f.productTitle}`,
    f.productCode === null ? null : `${p.label.productCode}: ${f.productCode}`,
    opts.url && f.productUrl !== null ? `${p.label.productUrl}: ${f.productUrl}` : null,
    opts.seller && f.sellerName !== null ? `${p.label.seller}: ${f.sellerName}` : null,
    f.price === null ? null : `${p.label.price}: ${f.price}`,
    f.orderDate === null ? null : `${p.label.orderDate}: ${p.date(f.orderDate)}`,
    f.receivedDate === null ? null : `${p.label.receivedDate}: ${p.date(f.receivedDate)}`,
  ];
  return lines.filter((l): l is string => l !== null);
}

function buyerLines(p: Phrases, f: Facts, appeal = false): string[] {
  const lines: (string | null)[] = [
    f.buyerName === null ? null : `${p.label.from}: ${f.buyerName}`,
    appeal && f.iin !== null ? `${p.appeal.iin}: ${f.iin}` : null,
    f.address === null ? null : `${appeal ? p.appeal.postalAddress : p.label.address}: ${f.address}`,
    f.phone === null ? null : `${p.label.phone}: ${f.phone}`,
    f.email === null ? null : `${p.label.email}: ${f.email}`,
  ];
  return lines.filter((l): l is string => l !== null);
}

/** One attachment: the kind's phrase, then the stored files' names ("Фотографии товара: a.jpg, b.jpg"). */
function attachmentLine(p: Phrases, f: Facts, a: Facts['attachments'][number]): string {
  const what = p.attachment(a.kind, f.problem);
  return a.names.length === 0 ? what : `${what}: ${a.names.join(', ')}`;
}

function inlineAttachments(p: Phrases, f: Facts, label: string): string | null {
  if (f.attachments.length === 0) return null;
  return `${label}: ${f.attachments.map((a) => decapitalize(p.attachment(a.kind, f.problem))).join('; ')}.`;
}

function numbered(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}. ${endSentence(item)}`).join('\n');
}

function signatureBlock(p: Phrases, f: Facts, name: string): string {
  return `${p.label.date}: ${p.date(f.today)}\n${p.label.signature}: /${name}/`;
}

const paragraphs = (parts: readonly (string | null)[]): string =>
  parts.filter((x): x is string => x !== null && x !== '').join('\n\n');

function supportMessage(p: Phrases, f: Facts): string {
  const render = (description: string | null, signed: boolean, title: string | null): string => {
    const withTitle: Facts = { ...f, productTitle: title };
    const problemLines =
      f.problem === 'other'
        ? [`${p.label.problem}: ${description ?? p.problemShort.other}`]
        : [
            `${p.label.problem}: ${p.problemShort[f.problem]}.`,
            ...(description === null ? [] : [`${p.label.details}: ${description}`]),
          ];
    const signature = [f.buyerName, f.phone, f.email].filter((x): x is string => x !== null).join(', ');
    return [
      p.support.greeting(f.orderNumber),
      ...orderFactLines(p, withTitle, { orderNumber: false, url: false, seller: true }),
      ...problemLines,
      f.claimSentDate === null ? null : p.claimStatus(f.claimSentDate, f.sellerAnswer),
      p.wish(f.remedy, f.problem),
      inlineAttachments(p, f, p.support.attached),
      signed && signature !== '' ? signature : null,
    ]
      .filter((x): x is string => x !== null)
      .join('\n');
  };

  const full = render(f.description, true, f.productTitle);
  if (full.length <= SUPPORT_MESSAGE_MAX) return full;

  // Too long: the facts matter more than the buyer's words, so cut the description to the room left
  // (or, when little room is left, drop it — except for "other", where it is the problem itself).
  let description = f.description;
  if (description !== null) {
    const room = SUPPORT_MESSAGE_MAX - render('', true, f.productTitle).length;
    description =
      room >= MIN_DESCRIPTION_ROOM || f.problem === 'other' ? truncate(description, Math.max(room, 1)) : null;
  }
  return fitTitle(render, description, f.productTitle);
}

/** Last resort for extreme inputs (300-character title, 200-character names): drop the signature, then cut the title. */
function fitTitle(
  render: (description: string | null, signed: boolean, title: string | null) => string,
  description: string | null,
  title: string | null,
): string {
  const signed = render(description, true, title);
  if (signed.length <= SUPPORT_MESSAGE_MAX) return signed;
  const unsigned = render(description, false, title);
  if (unsigned.length <= SUPPORT_MESSAGE_MAX || title === null) return unsigned;
  const room = title.length - (unsigned.length - SUPPORT_MESSAGE_MAX);
  return render(description, false, truncate(title, Math.max(room, 20)));
}

function emailBody(p: Phrases, f: Facts): string {
  const problem =
    f.problem === 'other' && f.description !== null
      ? `${p.label.problem}:\n${f.description}`
      : [`${p.label.problem}: ${p.problemShort[f.problem]}.`, f.description]
          .filter((x) => x !== null)
          .join('\n');
  const signature = [
    p.email.closing,
    f.buyerName,
    f.phone === null ? null : `${p.label.phone}: ${f.phone}`,
    f.email === null ? null : `${p.label.email}: ${f.email}`,
  ]
    .filter((x): x is string => x !== null)
    .join('\n');
  return paragraphs([
    p.email.greeting,
    p.email.intro,
    orderFactLines(p, f, { orderNumber: true, url: true, seller: true }).join('\n'),
    problem,
    f.claimSentDate === null ? null : p.claimStatus(f.claimSentDate, f.sellerAnswer),
    p.wish(f.remedy, f.problem),
    inlineAttachments(p, f, p.email.attached),
    signature,
  ]);
}

function emailSubject(p: Phrases, f: Facts): string {
  const ident =
    f.orderNumber !== null
      ? p.email.ident('order', f.orderNumber)
      : f.productTitle !== null
        ? p.email.ident('title', truncate(f.productTitle, SUBJECT_TITLE_MAX))
        : p.email.ident('code', f.productCode ?? '');
  return p.email.subject(ident, f.sellerName, p.problemShort[f.problem]).replace(/\s+/g, ' ');
}

/** Non-null for the formal texts, which missingFacts checked. */
function required<T>(value: T | null, kind: TextKind, field: MissingField): T {
  if (value === null) throw new MissingFactsError(kind, [field]);
  return value;
}

/** The substantive basis of the demand: the law that gives it, per problem (PROBLEMS decides what is a defect). */
function basis(p: Phrases, f: Facts, remedy: Remedy): string | null {
  const lines: string[] = [];
  if (isDefectProblem(f.problem)) {
    lines.push(p.claim.basisDefect);
    if (f.problem === 'not-as-described') lines.push(p.claim.basisNotAsDescribed);
  }
  if (citesReturnRight(f.problem, remedy, f.returnException)) lines.push(p.claim.basisReturn);
  return lines.length === 0 ? null : `${p.claim.basisHeading}\n${lines.join('\n')}`;
}

function claimLetter(p: Phrases, f: Facts): string {
  const seller = required(f.sellerName, 'claim-letter', 'seller-name');
  const remedy = required(f.remedy, 'claim-letter', 'remedy');
  const name = required(f.buyerName, 'claim-letter', 'buyer-name');
  const holdsItem = PROBLEMS[f.problem].itemReceived && isDefectProblem(f.problem);
  return paragraphs([
    [
      p.claim.to(seller, f.sellerBin),
      f.sellerAddress === null ? null : `${p.label.sellerAddress}: ${f.sellerAddress}`,
      ...buyerLines(p, f),
    ]
      .filter((x): x is string => x !== null)
      .join('\n'),
    `${p.claim.title}\n${p.claim.lawLine}`,
    [p.claim.intro, ...orderFactLines(p, f, { orderNumber: true, url: true, seller: false })].join('\n'),
    [p.claim.problemHeading, p.problemStatement[f.problem], f.description]
      .filter((x) => x !== null)
      .join('\n'),
    basis(p, f, remedy),
    `${p.claim.demandHeading}\n${capitalize(p.demand(remedy, f.problem, f.price))}.`,
    holdsItem ? p.claim.qualityCheck : null,
    p.claim.deadline,
    p.claim.replyTo(f.email, f.address),
    p.claim.reserve,
    f.problem === 'fraud' ? p.claim.police : null,
    f.attachments.length === 0
      ? null
      : `${p.label.attachments}:\n${numbered(f.attachments.map((a) => attachmentLine(p, f, a)))}`,
    signatureBlock(p, f, name),
  ]);
}

function authorityAppeal(p: Phrases, f: Facts): string {
  const seller = required(f.sellerName, 'authority-appeal', 'seller-name');
  const remedy = required(f.remedy, 'authority-appeal', 'remedy');
  const name = required(f.buyerName, 'authority-appeal', 'buyer-name');
  const sent = required(f.claimSentDate, 'authority-appeal', 'claim-sent-date');
  const answer = required(f.sellerAnswer, 'authority-appeal', 'seller-answer');
  const region = required(f.authorityRegion, 'authority-appeal', 'authority-region');
  const noAnswer = answer === 'no-answer';
  const claimSent = p.appeal.claimSent(
    sent,
    p.demand(remedy, f.problem, f.price),
    f.claimDelivery,
    f.claimReceivedDate,
  );
  const due = sellerAnswerDeadline(
    { sentDate: sent, delivery: f.claimDelivery, receivedDate: f.claimReceivedDate },
    f.today,
  ).dueDate;
  return paragraphs([
    p.appeal.to(region),
    buyerLines(p, f, true).join('\n'),
    p.appeal.title,
    p.appeal.intro(seller),
    [p.appeal.orderIntro, ...orderFactLines(p, f, { orderNumber: true, url: true, seller: false })].join(
      '\n',
    ),
    [p.appeal.problemHeading, p.problemStatement[f.problem], f.description]
      .filter((x) => x !== null)
      .join('\n'),
    p.appeal.lawSentence,
    basis(p, f, remedy),
    noAnswer
      ? `${claimSent}\n${endSentence(p.appeal.noAnswer(f.today, due))}`
      : `${claimSent} ${p.appeal.refused}`,
    f.history.length
      ? `${p.appeal.historyHeading}\n${numbered(f.history.map((h) => p.appeal.historyLine(h)))}`
      : null,
    f.problem === 'fraud' ? p.appeal.police : null,
    `${p.appeal.requestsHeading}\n${p.appeal
      .requests(noAnswer)
      .map((r, i) => `${i + 1}. ${r}`)
      .join('\n')}`,
    `${p.label.attachments}:\n${numbered([
      p.appeal.claimCopy(sent),
      p.appeal.deliveryProof(f.claimDelivery),
      ...(noAnswer ? [] : [p.appeal.sellerRefusal]),
      ...f.attachments.map((a) => attachmentLine(p, f, a)),
    ])}`,
    signatureBlock(p, f, name),
  ]);
}

/**
 * The text of `kind` in `lang` (for 'email', the body; see buildEmailSubject).
 * @throws MissingFactsError when missingFacts(kind, input) is not empty.
 * @throws RangeError when a date is not a real YYYY-MM-DD date.
 */
export function buildText(kind: TextKind, input: LetterInput, lang: Lang): string {
  const p = PHRASES[lang];
  const f = facts(kind, input);
  switch (kind) {
    case 'support-message':
      return supportMessage(p, f);
    case 'email':
      return emailBody(p, f);
    case 'claim-letter':
      return claimLetter(p, f);
    case 'authority-appeal':
      return authorityAppeal(p, f);
  }
}

/** The subject line of the e-mail to Kaspi support. @throws MissingFactsError as buildText('email'). */
export function buildEmailSubject(input: LetterInput, lang: Lang): string {
  return emailSubject(PHRASES[lang], facts('email', input));
}

const EMAIL_ADDRESS = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/**
 * A mailto: link with the subject and body encoded (RFC 6068: line breaks as %0D%0A).
 * @example mailtoHref('Заказ', 'Текст') // 'mailto:support@kaspi.kz?subject=%D0%97...&body=...'
 */
export function mailtoHref(subject: string, body: string, to: string = KASPI_SUPPORT_EMAIL): string {
  if (!EMAIL_ADDRESS.test(to)) throw new RangeError(`not an e-mail address: ${to}`);
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

export interface BuiltEmail {
  to: string;
  subject: string;
  body: string;
  href: string;
}

/** Subject, body and mailto: link together. @throws MissingFactsError as buildText('email'). */
export function buildEmail(input: LetterInput, lang: Lang, to: string = KASPI_SUPPORT_EMAIL): BuiltEmail {
  const subject = buildEmailSubject(input, lang);
  const body = buildText('email', input, lang);
  return { to, subject, body, href: mailtoHref(subject, body, to) };
}
