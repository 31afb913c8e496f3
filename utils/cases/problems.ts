import type { Case, ProblemKind, Remedy } from './schema';

/**
 * The one problem × remedy table. The panel offers exactly these remedies (in this order, best fit
 * first), the letters refuse any other combination (missingFacts asks for the remedy again), and the
 * deadlines read `defect` (Kaspi's window for defective items) and `itemReceived`.
 *
 * Why these remedies (Law 274-IV; see utils/facts/law.ts):
 * - a defect (poor quality, or the item not as described — the Law's "недостаток" includes a mismatch
 *   with the information the seller gave): replacement, price reduction, repair or refund; repair only
 *   for poor quality, since an item that is not what was ordered cannot be repaired into it;
 * - late delivery: deliver, or refund; nothing arrived, so no repair, replacement or price reduction;
 * - a refused return of an item of proper quality: refund or exchange (the 14-day right);
 * - fraud: the money back, or the item paid for;
 * - other: any of them, the buyer decides.
 */
export interface ProblemRule {
  remedies: readonly Remedy[];
  /** The item has a defect (not of proper quality): Kaspi's 30-day / warranty window applies. */
  defect: boolean;
  /** The buyer holds the item (a refund means handing it back). */
  itemReceived: boolean;
}

export const PROBLEMS: Readonly<Record<ProblemKind, ProblemRule>> = {
  'poor-quality': {
    remedies: ['refund', 'replacement', 'repair', 'price-reduction'],
    defect: true,
    itemReceived: true,
  },
  'not-as-described': {
    remedies: ['refund', 'replacement', 'price-reduction'],
    defect: true,
    itemReceived: true,
  },
  'late-delivery': { remedies: ['delivery', 'refund'], defect: false, itemReceived: false },
  'return-refused': { remedies: ['refund', 'replacement'], defect: false, itemReceived: true },
  fraud: { remedies: ['refund', 'delivery'], defect: false, itemReceived: false },
  other: {
    remedies: ['refund', 'replacement', 'repair', 'price-reduction', 'delivery'],
    defect: false,
    itemReceived: true,
  },
};

/** The remedies a problem offers, best fit first; none until a problem is chosen. */
export function remediesFor(problem: ProblemKind | null): readonly Remedy[] {
  return problem === null ? [] : PROBLEMS[problem].remedies;
}

export function isRemedyAllowed(problem: ProblemKind | null, remedy: Remedy | null): boolean {
  return problem !== null && remedy !== null && PROBLEMS[problem].remedies.includes(remedy);
}

/** The remedy that stands for this problem: the chosen one when the table allows it, else none. */
export function effectiveRemedy(problem: ProblemKind | null, remedy: Remedy | null): Remedy | null {
  return isRemedyAllowed(problem, remedy) ? remedy : null;
}

export function isDefectProblem(problem: ProblemKind | null): boolean {
  return problem !== null && PROBLEMS[problem].defect;
}

/** A new problem keeps the remedy only when the table allows it with that problem. */
export function withProblem<T extends Pick<Case, 'problem' | 'remedy'>>(c: T, problem: ProblemKind): T {
  return { ...c, problem, remedy: effectiveRemedy(problem, c.remedy) };
}
