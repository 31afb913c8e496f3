import { caseSchema, type Case, type CaseInput, type TimelineEvent } from '@/utils/cases/schema';

export const CASE_ID = '3f2b8c1e-5d4a-4b6c-9e7f-0a1b2c3d4e5f';
const CREATED = Date.UTC(2026, 2, 1, 6, 0);
let seq = 0;

/** A valid case (parsed through caseSchema) with the given order dates, problem and events. */
export function makeCase(over: {
  orderDate?: string | null;
  receivedDate?: string | null;
  problem?: Case['problem'];
  status?: Case['status'];
  timeline?: TimelineEvent[];
  id?: string;
  productTitle?: string;
  extra?: Partial<CaseInput>;
}): Case {
  const input: CaseInput = {
    id: over.id ?? CASE_ID,
    order: {
      orderNumber: '612345678',
      productCode: null,
      productTitle: over.productTitle ?? 'Наушники',
      productUrl: null,
      sellerName: 'Магазин',
      merchantId: null,
      price: 25_000,
      orderDate: over.orderDate === undefined ? null : over.orderDate,
      receivedDate: over.receivedDate === undefined ? null : over.receivedDate,
    },
    problem: over.problem === undefined ? 'poor-quality' : over.problem,
    remedy: 'refund',
    status: over.status ?? 'open',
    timeline: over.timeline ?? [],
    createdAt: CREATED,
    updatedAt: CREATED,
    ...over.extra,
  };
  return caseSchema.parse(input);
}

/** A timeline event; `date` is the Kazakhstan day the buyer entered (null: the day of `at`). */
export function event(
  kind: TimelineEvent['kind'],
  opts: { date?: string | null; at?: number; channel?: TimelineEvent['channel'] } = {},
): TimelineEvent {
  seq += 1;
  const hex = seq.toString(16).padStart(12, '0');
  return {
    id: `00000000-0000-4000-8000-${hex}`,
    at: opts.at ?? (opts.date ? Date.parse(`${opts.date}T06:00:00Z`) : CREATED),
    kind,
    date: opts.date ?? null,
    channel: opts.channel ?? null,
    note: '',
  };
}
