import { describe, expect, it } from 'vitest';
import { caseSchema, type Case, type CaseInput } from '@/utils/cases/schema';
import { summaryOf } from '@/utils/cases/summary';
import {
  PAGE_SIZE,
  countByFilter,
  filterCases,
  fold,
  listEntry,
  matchesQuery,
  rankCases,
  sortEntries,
  urgentDeadline,
} from '@/entrypoints/popup/model';

const TODAY = '2026-11-18'; // a Wednesday, no holiday around
const AT = Date.UTC(2026, 10, 1);
let n = 0;

function kase(over: Omit<Partial<CaseInput>, 'order'> & { order?: Partial<CaseInput['order']> } = {}): Case {
  n++;
  const { order, ...rest } = over;
  return caseSchema.parse({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    order: {
      orderNumber: null,
      productCode: null,
      productTitle: null,
      productUrl: null,
      sellerName: null,
      merchantId: null,
      price: null,
      orderDate: null,
      receivedDate: null,
      ...order,
    },
    problem: null,
    remedy: null,
    status: 'open',
    timeline: [],
    createdAt: AT,
    updatedAt: AT,
    ...rest,
  });
}

const event = (kind: 'submitted' | 'claim-sent', date: string, channel: 'app' | null = null) => ({
  id: crypto.randomUUID(),
  at: AT,
  kind,
  date,
  channel,
  note: '',
});

describe('popup list model', () => {
  const overdueSupport = kase({
    status: 'submitted',
    order: {
      orderNumber: '612000001',
      productTitle: 'Смартфон Samsung Galaxy A15',
      sellerName: 'Mobile City',
    },
    timeline: [event('submitted', '2026-11-08', 'app')],
  });
  const overdueClaim = kase({
    status: 'escalated',
    order: { orderNumber: '612000002', productTitle: 'Кроссовки Nike', sellerName: 'ИП Ахметов' },
    // By post, received date unknown: 7 days allowed for delivery, then 10 days → Fri 6 Nov.
    timeline: [event('claim-sent', '2026-10-20')],
  });
  const dueSoon = kase({
    order: {
      orderNumber: '612000003',
      productTitle: 'Рашгард чёрный',
      sellerName: 'Chursina Store',
      receivedDate: '2026-11-06',
    },
  });
  const waiting = kase({
    status: 'draft',
    order: { orderNumber: '612000004', productTitle: 'Чайник Tefal', receivedDate: '2026-11-14' },
  });
  const nothingAhead = kase({ status: 'draft' });
  const resolved = kase({
    status: 'resolved',
    order: { orderNumber: '612000006', productTitle: 'Наушники JBL', receivedDate: '2026-11-17' },
  });
  const all = [resolved, nothingAhead, waiting, dueSoon, overdueSupport, overdueClaim];
  const ranked = rankCases(all, TODAY);
  /** The list as the popup has it: from the cases' index rows (utils/cases/summary.ts). */
  const entries = sortEntries(all.map((c) => listEntry(summaryOf(c, TODAY, 0))));

  it('lists from the index rows in the order the cases rank in', () => {
    expect(entries.map((e) => e.id)).toEqual(ranked.map((r) => r.c.id));
  });

  it('sorts overdue (most late first), due soon, waiting (no deadline last), closed', () => {
    expect(ranked.map((r) => r.c.id)).toEqual(
      [overdueClaim, overdueSupport, dueSoon, waiting, nothingAhead, resolved].map((c) => c.id),
    );
    expect(ranked.map((r) => r.u.bucket)).toEqual([
      'overdue',
      'overdue',
      'due-soon',
      'waiting',
      'waiting',
      'closed',
    ]);
  });

  it('names the deadline behind the urgency', () => {
    const byId = new Map(ranked.map((r) => [r.c.id, r]));
    const d = (c: Case) => {
      const r = byId.get(c.id)!;
      return urgentDeadline(r.c, r.u, TODAY);
    };
    expect(d(overdueClaim)).toMatchObject({ kind: 'seller-claim-answer', dueDate: '2026-11-06' });
    // 3 working days from Sunday 8 Nov: Mon, Tue, Wed → 11 Nov.
    expect(d(overdueSupport)).toMatchObject({ kind: 'kaspi-support-answer', dueDate: '2026-11-11' });
    expect(d(dueSoon)).toMatchObject({ kind: 'kaspi-return-14', dueDate: '2026-11-20' });
    expect(d(waiting)).toMatchObject({ kind: 'kaspi-return-14', dueDate: '2026-11-28' });
    expect(d(nothingAhead)).toBeNull();
    expect(d(resolved)).toBeNull();
  });

  it('an overdue case shows the late answer, not a return window that is still open', () => {
    const both = kase({
      status: 'submitted',
      order: { receivedDate: '2026-11-10' },
      timeline: [event('submitted', '2026-11-08', 'app')],
    });
    const [r] = rankCases([both], TODAY);
    expect(r!.u.bucket).toBe('overdue');
    expect(urgentDeadline(r!.c, r!.u, TODAY)?.kind).toBe('kaspi-support-answer');
  });

  it('searches order number, product and seller: case-insensitive, ё = е, trimmed', () => {
    const ids = (q: string) => filterCases(entries, q, 'all').map((r) => r.id);
    expect(ids('  612000003 ')).toEqual([dueSoon.id]);
    expect(ids('№ 612 000 004')).toEqual([waiting.id]);
    expect(ids('ЧАЙНИК')).toEqual([waiting.id]);
    expect(ids('черный')).toEqual([dueSoon.id]);
    expect(ids('Чёрный')).toEqual([dueSoon.id]);
    expect(ids('ахметов')).toEqual([overdueClaim.id]);
    expect(ids('chursina   store')).toEqual([dueSoon.id]);
    expect(ids('61200000')).toHaveLength(5);
    expect(ids('zzz')).toEqual([]);
    expect(ids('   ')).toHaveLength(all.length);
  });

  it('folds Kazakh letters too', () => {
    expect(fold('  ҚАЗАҚША  Ёлка ')).toBe('қазақша елка');
    const kk = listEntry(summaryOf(kase({ order: { productTitle: 'Әже сөмкесі' } }), TODAY, 0));
    expect(matchesQuery(kk, 'ӘЖЕ')).toBe(true);
  });

  it('filters by status, and counts each filter', () => {
    const ids = (f: Parameters<typeof filterCases>[2]) => filterCases(entries, '', f).map((r) => r.id);
    expect(ids('drafts')).toEqual([waiting.id, nothingAhead.id]);
    expect(ids('submitted')).toEqual([overdueClaim.id, overdueSupport.id]);
    expect(ids('finished')).toEqual([resolved.id]);
    expect(ids('active')).toHaveLength(5);
    expect(countByFilter(entries)).toEqual({ all: 6, active: 5, drafts: 2, submitted: 2, finished: 1 });
    expect(filterCases(entries, 'чайник', 'submitted')).toEqual([]);
  });

  it('ranks 1,000 cases (the time is measured by npm run bench, not here)', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      kase({
        order: { orderNumber: String(700000000 + i), productTitle: `Товар ${i}`, receivedDate: '2026-11-10' },
        timeline: i % 3 ? [] : [event('submitted', '2026-11-08', 'app')],
      }),
    );
    const r = rankCases(many, TODAY);
    expect(r).toHaveLength(1000);
    expect(r[0]!.u.bucket).toBe('overdue');
    expect(sortEntries(many.map((c) => listEntry(summaryOf(c, TODAY, 0)))).map((e) => e.id)).toEqual(
      r.map((x) => x.c.id),
    );
    expect(PAGE_SIZE).toBeLessThanOrEqual(100);
  });
});
