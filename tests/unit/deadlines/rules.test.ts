import { describe, expect, it } from 'vitest';
import {
  DEADLINE_KINDS,
  DEADLINE_RULES,
  SUPPORT_ANSWER_VARIANTS,
  deadlineLabel,
  computeDeadlines,
  nextDeadline,
  urgency,
  type Deadline,
} from '@/utils/deadlines';
import { PROBLEM_KINDS } from '@/utils/cases/schema';
import { SOURCES } from '@/utils/facts/sources';
import { LAW_RETURN_EXCEPTIONS } from '@/utils/facts/return-exceptions';
import { event, makeCase } from './case-fixture';

/** kind → dueDate, the compact golden form. */
const dues = (ds: Deadline[]) => ds.map((d) => [d.kind, d.dueDate]);

describe('rules as data', () => {
  it('every kind has a rule with a dated source and labels in three languages', () => {
    for (const kind of DEADLINE_KINDS) {
      const rule = DEADLINE_RULES[kind];
      expect(rule.kind).toBe(kind);
      expect(rule.source.title.length).toBeGreaterThan(5);
      expect(rule.source.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const lang of ['ru', 'kk', 'en'] as const)
        expect(deadlineLabel(kind, lang).length).toBeGreaterThan(3);
    }
    expect(new Set(DEADLINE_KINDS.map((k) => deadlineLabel(k, 'ru'))).size).toBe(DEADLINE_KINDS.length);
    expect(DEADLINE_RULES['kaspi-return-14'].source.url).toBe(
      'https://guide.kaspi.kz/client/kz/shop/returns/q16178',
    );
    expect(DEADLINE_RULES['law-return-14'].source.title).toMatch(/274-IV.*ст\. 14/);
    expect(DEADLINE_RULES['seller-claim-answer'].source.title).toMatch(/42-4/);
  });

  it('no card-refund deadline: q12932 is not about marketplace orders', () => {
    expect(DEADLINE_KINDS as readonly string[]).not.toContain('card-refund-90');
    expect(JSON.stringify(DEADLINE_RULES)).not.toMatch(/q12932|90 дней|90 days/);
  });

  it('lengths match the sources', () => {
    expect([14, 30, 14, 3, 10]).toEqual(
      (
        [
          'kaspi-return-14',
          'kaspi-return-defect-30',
          'law-return-14',
          'kaspi-support-answer',
          'seller-claim-answer',
        ] as const
      ).map((k) => DEADLINE_RULES[k].length),
    );
    expect(SUPPORT_ANSWER_VARIANTS.standard).toEqual({ basis: 'working-days', length: 3, earliest: 1 });
    expect(SUPPORT_ANSWER_VARIANTS['needs-check'].length).toBe(10);
    expect(SUPPORT_ANSWER_VARIANTS.expert.length).toBe(30);
  });

  it('lists the Art. 30 exceptions', () => {
    expect(LAW_RETURN_EXCEPTIONS.map((e) => e.key)).toEqual([
      'medicines',
      'underwear',
      'hosiery',
      'animals-plants',
      'sold-by-length',
      'mobile-phones',
    ]);
  });
});

describe('computeDeadlines: order facts', () => {
  const c = makeCase({ orderDate: '2026-03-02', receivedDate: '2026-03-05', problem: 'poor-quality' });

  it('derives the return and refund windows, earliest first (golden)', () => {
    const ds = computeDeadlines(c, { today: '2026-03-10' });
    expect(dues(ds)).toEqual([
      ['kaspi-return-14', '2026-03-19'],
      ['law-return-14', '2026-03-19'],
      ['kaspi-return-defect-30', '2026-04-04'],
    ]);
    expect(ds[0]).toEqual({
      kind: 'kaspi-return-14',
      startDate: '2026-03-05',
      dueDate: '2026-03-19',
      basis: 'calendar-days',
      length: 14,
      source: SOURCES.kaspiReturns,
      status: 'upcoming',
      hints: [],
    });
    // The law's 14 days count from handover (Art. 14), not from the order.
    expect(ds[1]).toMatchObject({ startDate: '2026-03-05', source: SOURCES.law274Art14, hints: [] });
    expect(ds[2]?.hints).toEqual(['warranty-unknown']);
    expect(ds.every((d) => d.basis === 'calendar-days')).toBe(true);
  });

  it('does not move a calendar-day window that ends on a holiday (earlier is safer)', () => {
    // 14 days from 9 Mar 2026 is Monday 23 Mar, a Nauryz holiday: still the last day.
    const ds = computeDeadlines(makeCase({ receivedDate: '2026-03-09', problem: 'other' }), {
      today: '2026-03-10',
    });
    expect(dues(ds)).toEqual([
      ['kaspi-return-14', '2026-03-23'],
      ['law-return-14', '2026-03-23'],
    ]);
  });

  it('shows the 30-day defect window only for poor quality and not-as-described', () => {
    const withDefect = PROBLEM_KINDS.filter((p) =>
      computeDeadlines(makeCase({ receivedDate: '2026-03-05', problem: p }), { today: '2026-03-10' }).some(
        (d) => d.kind === 'kaspi-return-defect-30',
      ),
    );
    expect(withDefect).toEqual(['poor-quality', 'not-as-described']);
    expect(
      computeDeadlines(makeCase({ receivedDate: '2026-03-05', problem: null }), { today: '2026-03-10' }).map(
        (d) => d.kind,
      ),
    ).toEqual(['kaspi-return-14', 'law-return-14']);
  });

  it('needs the dates: no dates, no windows; no receipt, no Kaspi windows and the law counted from the order', () => {
    expect(computeDeadlines(makeCase({}), { today: '2026-03-10' })).toEqual([]);
    const [law, ...rest] = computeDeadlines(makeCase({ orderDate: '2026-03-02' }), { today: '2026-03-10' });
    expect(rest).toEqual([]);
    expect(law).toMatchObject({ kind: 'law-return-14', dueDate: '2026-03-16', hints: ['from-order-date'] });
  });

  it('status is relative to today', () => {
    const statuses = (today: string) =>
      computeDeadlines(c, { today }).map((d) => [d.kind, d.status] as const);
    expect(statuses('2026-03-19')[0]).toEqual(['kaspi-return-14', 'due-today']);
    expect(statuses('2026-03-20')[1]).toEqual(['law-return-14', 'overdue']);
    expect(statuses('2026-03-20')[2]).toEqual(['kaspi-return-defect-30', 'upcoming']);
    expect(statuses('2026-06-01').every(([, s]) => s === 'overdue')).toBe(true);
  });

  it('resolved and closed cases have no deadlines; drafts do', () => {
    for (const status of ['resolved', 'closed'] as const) {
      expect(
        computeDeadlines(makeCase({ orderDate: '2026-03-02', status }), { today: '2026-03-10' }),
      ).toEqual([]);
    }
    expect(
      computeDeadlines(makeCase({ orderDate: '2026-03-02', status: 'draft' }), { today: '2026-03-10' }),
    ).toHaveLength(1);
  });
});

describe('computeDeadlines: Kaspi support answer', () => {
  const support = (timeline: ReturnType<typeof event>[], variant?: 'standard' | 'needs-check' | 'expert') =>
    computeDeadlines(makeCase({ problem: 'other', timeline }), {
      today: '2026-03-10',
      supportVariant: variant,
    }).filter((d) => d.kind === 'kaspi-support-answer');

  it('standard: 3 working days, earliest 1, across Nauryz 2026', () => {
    const [d] = support([event('submitted', { date: '2026-03-20', channel: 'app' })]);
    expect(d).toMatchObject({
      startDate: '2026-03-20',
      dueDate: '2026-03-30',
      earliestDate: '2026-03-26',
      basis: 'working-days',
      length: 3,
    });
  });

  it('uses the Kazakhstan day of `at` when the event has no date (late evening UTC is the next day)', () => {
    // 19:30 UTC on Mon 25 May = 00:30 on Tue 26 May in Kazakhstan; Wed 27 May is Kurban Ait.
    const [d] = support([event('submitted', { at: Date.UTC(2026, 4, 25, 19, 30), channel: 'website' })]);
    expect(d).toMatchObject({ startDate: '2026-05-26', earliestDate: '2026-05-28', dueDate: '2026-06-01' });
  });

  it('variants: needs checking 10 days, expert examination 30 days', () => {
    const submitted = [event('submitted', { date: '2026-04-01', channel: 'hotline' })];
    expect(support(submitted)[0]?.dueDate).toBe('2026-04-06');
    expect(support(submitted, 'needs-check')[0]).toMatchObject({
      dueDate: '2026-04-11',
      basis: 'calendar-days',
      length: 10,
    });
    expect(support(submitted, 'needs-check')[0]?.earliestDate).toBeUndefined();
    expect(support(submitted, 'expert')[0]).toMatchObject({
      dueDate: '2026-05-01',
      basis: 'calendar-days',
      length: 30,
    });
  });

  it('every Kaspi channel counts, and so does a submission with no channel; the authority does not', () => {
    for (const channel of ['app', 'website', 'hotline', 'email', 'telegram', null] as const) {
      expect(support([event('submitted', { date: '2026-04-01', channel })]), String(channel)).toHaveLength(1);
    }
    expect(support([event('submitted', { date: '2026-04-01', channel: 'authority' })])).toHaveLength(0);
  });

  it('the latest submission counts; an answer ends the wait; an earlier answer does not', () => {
    expect(
      support([
        event('submitted', { date: '2026-03-02', channel: 'app' }),
        event('submitted', { date: '2026-04-01', channel: 'email' }),
      ])[0]?.startDate,
    ).toBe('2026-04-01');
    expect(
      support([
        event('submitted', { date: '2026-04-01', channel: 'app' }),
        event('answer-received', { date: '2026-04-03', channel: 'app' }),
      ]),
    ).toHaveLength(0);
    // Listed out of order: the dates decide.
    expect(
      support([
        event('submitted', { date: '2026-04-01', channel: 'app' }),
        event('answer-received', { date: '2026-03-30', channel: 'app' }),
      ]),
    ).toHaveLength(1);
    // An answer to the authority is not Kaspi's answer.
    expect(
      support([
        event('submitted', { date: '2026-04-01', channel: 'app' }),
        event('answer-received', { date: '2026-04-03', channel: 'authority' }),
      ]),
    ).toHaveLength(1);
  });
});

describe("computeDeadlines: seller's answer to a claim", () => {
  const kinds = (timeline: ReturnType<typeof event>[], extra: Parameters<typeof makeCase>[0]['extra'] = {}) =>
    dues(computeDeadlines(makeCase({ problem: 'other', timeline, extra }), { today: '2026-04-02' }));

  it('10 calendar days from the day the seller received it, moved off a weekend', () => {
    const sent = [event('claim-sent', { date: '2026-04-01', channel: 'claim-letter' })];
    // By hand: received the day it was sent; the 10th day (Sat 11 Apr) moves to Monday.
    expect(kinds(sent, { claimDelivery: 'hand' })).toEqual([['seller-claim-answer', '2026-04-13']]);
    // Received date from the delivery notice.
    expect(kinds(sent, { claimDelivery: 'post', claimReceivedDate: '2026-04-06' })).toEqual([
      ['seller-claim-answer', '2026-04-16'],
    ]);
    // By post, received date unknown: sent + 7 days allowed for delivery, then 10 days, then Monday.
    expect(kinds(sent)).toEqual([['seller-claim-answer', '2026-04-20']]);
    expect(
      kinds([event('submitted', { date: '2026-04-01', channel: 'claim-letter' })], {
        claimDelivery: 'email',
      }),
    ).toEqual([['seller-claim-answer', '2026-04-13']]);
    const [d] = computeDeadlines(makeCase({ problem: 'other', timeline: sent }), { today: '2026-04-02' });
    expect(d?.hints).toEqual(['claim-receipt-estimated', 'moved-to-working-day']);
  });

  it("an answer with no channel ends the most recent wait; 'claim-letter' ends the seller's", () => {
    const supportThenClaim = [
      event('submitted', { date: '2026-04-01', channel: 'app' }),
      event('claim-sent', { date: '2026-04-02' }),
    ];
    expect(kinds([...supportThenClaim, event('answer-received', { date: '2026-04-05' })])).toEqual([
      ['kaspi-support-answer', '2026-04-06'],
    ]);
    expect(
      kinds([
        ...supportThenClaim,
        event('answer-received', { date: '2026-04-05' }),
        event('answer-received', { date: '2026-04-06' }),
      ]),
    ).toEqual([]);
    const claimThenSupport = [
      event('claim-sent', { date: '2026-04-01' }),
      event('submitted', { date: '2026-04-02', channel: 'telegram' }),
    ];
    expect(
      kinds([...claimThenSupport, event('answer-received', { date: '2026-04-05' })], {
        claimDelivery: 'hand',
      }),
    ).toEqual([['seller-claim-answer', '2026-04-13']]);
    expect(
      kinds([...claimThenSupport, event('answer-received', { date: '2026-04-05', channel: 'claim-letter' })]),
    ).toEqual([['kaspi-support-answer', '2026-04-07']]);
  });
});

describe("computeDeadlines: the buyer's reminder", () => {
  it('is due on the date picked, with the note', () => {
    const [d] = computeDeadlines(makeCase({ problem: 'other' }), {
      today: '2026-04-02',
      buyerReminder: { date: '2026-04-20', note: 'Позвонить продавцу' },
    });
    expect(d).toMatchObject({
      kind: 'buyer-reminder',
      startDate: '2026-04-20',
      dueDate: '2026-04-20',
      length: 0,
      note: 'Позвонить продавцу',
    });
  });
});

describe('recomputation when a case changes', () => {
  it('follows edits and new events, and empties when resolved', () => {
    const base = { orderDate: '2026-03-02', receivedDate: '2026-03-05', problem: 'late-delivery' } as const;
    const opts = { today: '2026-03-10' };
    expect(dues(computeDeadlines(makeCase(base), opts))).toEqual([
      ['kaspi-return-14', '2026-03-19'],
      ['law-return-14', '2026-03-19'],
    ]);
    // Receipt date corrected, problem now a defect.
    const edited = makeCase({ ...base, receivedDate: '2026-03-07', problem: 'not-as-described' });
    expect(dues(computeDeadlines(edited, opts))).toEqual([
      ['kaspi-return-14', '2026-03-21'],
      ['law-return-14', '2026-03-21'],
      ['kaspi-return-defect-30', '2026-04-06'],
    ]);
    const claimed = makeCase({ ...base, timeline: [event('claim-sent', { date: '2026-03-09' })] });
    expect(dues(computeDeadlines(claimed, opts))).toContainEqual(['seller-claim-answer', '2026-03-26']);
    expect(computeDeadlines(makeCase({ ...base, status: 'resolved' }), opts)).toEqual([]);
  });
});

describe('nextDeadline', () => {
  const c = makeCase({ orderDate: '2026-03-02', receivedDate: '2026-03-05', problem: 'poor-quality' });

  it('is the earliest not yet passed', () => {
    expect(nextDeadline(computeDeadlines(c, { today: '2026-03-17' }))?.kind).toBe('kaspi-return-14');
    expect(nextDeadline(computeDeadlines(c, { today: '2026-03-20' }))?.kind).toBe('kaspi-return-defect-30');
  });

  it('else the most recently passed; null for none', () => {
    expect(nextDeadline(computeDeadlines(c, { today: '2026-06-10' }))?.kind).toBe('kaspi-return-defect-30');
    expect(nextDeadline([])).toBeNull();
  });
});

describe('urgency', () => {
  const at = (today: string, over: Parameters<typeof makeCase>[0]) => urgency(makeCase(over), today);

  it('closed and resolved cases come last', () => {
    expect(at('2026-03-10', { orderDate: '2026-03-02', status: 'resolved' })).toEqual({
      rank: 399_999,
      nextDue: null,
      daysLeft: null,
      bucket: 'closed',
    });
    expect(at('2026-03-10', { status: 'closed' }).bucket).toBe('closed');
  });

  it('overdue: an awaited answer is late', () => {
    const u = at('2026-04-08', {
      receivedDate: '2026-04-01',
      problem: 'other',
      timeline: [event('submitted', { date: '2026-04-01', channel: 'app' })],
    });
    expect(u).toMatchObject({ bucket: 'overdue', nextDue: '2026-04-06', daysLeft: -2 });
  });

  it('due soon within 3 days, else waiting', () => {
    const over = { receivedDate: '2026-03-05', problem: 'late-delivery' } as const;
    expect(at('2026-03-16', over)).toMatchObject({ bucket: 'due-soon', nextDue: '2026-03-19', daysLeft: 3 });
    expect(at('2026-03-19', over)).toMatchObject({ bucket: 'due-soon', daysLeft: 0 });
    expect(at('2026-03-15', over)).toMatchObject({ bucket: 'waiting', daysLeft: 4 });
  });

  it('a passed return window is not overdue: nothing can be done about it', () => {
    expect(at('2026-03-30', { receivedDate: '2026-03-05', problem: 'late-delivery' })).toEqual({
      rank: 299_999,
      nextDue: null,
      daysLeft: null,
      bucket: 'waiting',
    });
    expect(at('2026-03-30', {}).bucket).toBe('waiting');
  });

  it('sorts overdue, then due soon (fewest days first), then waiting, then closed', () => {
    const late = at('2026-04-08', {
      problem: 'other',
      timeline: [event('submitted', { date: '2026-04-01', channel: 'app' })],
    });
    const soon0 = at('2026-03-19', { receivedDate: '2026-03-05', problem: 'other' });
    const soon2 = at('2026-03-17', { receivedDate: '2026-03-05', problem: 'other' });
    const waiting9 = at('2026-03-10', { receivedDate: '2026-03-05', problem: 'other' });
    const waitingNone = at('2026-03-10', {});
    const closed = at('2026-03-10', { status: 'closed' });
    const sorted = [closed, waitingNone, soon2, waiting9, late, soon0].sort((a, b) => a.rank - b.rank);
    expect(sorted).toEqual([late, soon0, soon2, waiting9, waitingNone, closed]);
  });
});
