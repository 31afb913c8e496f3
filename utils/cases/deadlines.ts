import { computeDeadlines, urgency, type Deadline, type Urgency } from '../deadlines';
import type { Case } from './schema';

/** A case's deadlines, with the options the case itself carries (support variant, buyer's reminder). */
export function deadlinesOf(c: Case, today: string): Deadline[] {
  return computeDeadlines(c, { today, supportVariant: c.supportVariant, buyerReminder: c.buyerReminder });
}

/** How urgent a case is, for sorting and the badge. */
export function urgencyOf(c: Case, today: string): Urgency {
  return urgency(c, today, { supportVariant: c.supportVariant, buyerReminder: c.buyerReminder });
}
