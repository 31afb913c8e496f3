import { claimSentDate } from '../deadlines/rules';
import type { Evidence } from '../evidence/schema';
import { returnExceptionOf } from '../facts/return-exceptions';
import type { LetterInput } from '../letters/types';
import { historyOf } from './lifecycle';
import type { Case } from './schema';

/**
 * Everything the texts need, from a case and the evidence stored for it (the claim's list of
 * attachments names the files actually kept, not only the ticked boxes).
 */
export function letterInputOf(
  c: Case,
  today: string,
  evidence: readonly Pick<Evidence, 'id' | 'kind' | 'fileName' | 'capturedAt'>[] = [],
): LetterInput {
  return {
    order: c.order,
    problem: c.problem,
    remedy: c.remedy,
    description: c.description,
    buyer: c.buyer,
    today,
    claimSentDate: claimSentDate(c.timeline),
    claimDelivery: c.claimDelivery,
    claimReceivedDate: c.claimReceivedDate,
    sellerAnswer: c.sellerAnswer,
    attachments: c.proof,
    // In the order the files were added (then by id): the same case gives the same letter.
    evidence: [...evidence]
      .sort((a, b) => a.capturedAt - b.capturedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((e) => ({ kind: e.kind, name: e.fileName })),
    sellerAddress: c.sellerAddress || null,
    sellerBin: c.sellerBin || null,
    authorityRegion: c.authorityRegion,
    returnException: returnExceptionOf(c.returnException, c.order.productTitle),
    history: historyOf(c),
  };
}
