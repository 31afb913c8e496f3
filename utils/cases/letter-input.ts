import { todayInKz } from '../deadlines/calendar';
import type { LetterInput } from '../letters/types';
import type { Case } from './schema';

/** The day the claim letter went to the seller: the latest 'claim-sent' event, if any. */
export function claimSentDate(c: Case): string | null {
  const sent = c.timeline.filter(
    (e) => e.kind === 'claim-sent' || (e.kind === 'submitted' && e.channel === 'claim-letter'),
  );
  const last = sent[sent.length - 1];
  return last ? (last.date ?? todayInKz(last.at)) : null;
}

/** Everything the texts need, from a case. */
export function letterInputOf(c: Case, today: string): LetterInput {
  return {
    order: c.order,
    problem: c.problem,
    remedy: c.remedy,
    description: c.description,
    buyer: c.buyer,
    today,
    claimSentDate: claimSentDate(c),
    sellerAnswer: c.sellerAnswer,
    attachments: c.proof,
    sellerAddress: c.sellerAddress || null,
  };
}
