import { describe, expect, it } from 'vitest';
import { caseSchema, orderFactsSchema, timelineEventSchema } from '@/utils/cases/schema';
import { computeDeadlines, urgency } from '@/utils/deadlines';
import { orderFromDraft } from '@/components/use-case-draft';
import { draftFromFacts } from '@/components/order-facts-form';
import { DATE_MAX, DATE_MIN, DATE_RANGE_ERROR, isoDate } from '@/utils/validation';
import { makeCase } from '../deadlines/case-fixture';

/** Issue 13, item 1: a typo ('0025-11-14') or an import ('9999-12-31') bricked the app. */
const TYPOS = ['0025-11-14', '0002-01-01', '1899-12-31', '1999-12-31', '2100-01-01', '9999-12-31'];
const EDGES = [DATE_MIN, '2000-02-29', '2024-02-29', '2099-12-31', DATE_MAX];

describe('dates are bounded where they enter', () => {
  it('the schema refuses a two-digit year and a far-future date, and accepts the window', () => {
    for (const d of TYPOS) expect(isoDate.safeParse(d).success, d).toBe(false);
    for (const d of EDGES) expect(isoDate.safeParse(d).success, d).toBe(true);
    expect(orderFactsSchema.shape.orderDate.safeParse('0025-11-14').success).toBe(false);
    expect(timelineEventSchema.shape.date.safeParse('9999-12-31').success).toBe(false);
    const bad = isoDate.safeParse('0025-11-14');
    expect(bad.success ? null : bad.error.issues[0]?.message).toBe(DATE_RANGE_ERROR);
  });

  it('the calendar never throws on a date the schema accepts (deadlines, urgency)', () => {
    for (const d of [...TYPOS, ...EDGES]) {
      if (!orderFactsSchema.shape.orderDate.safeParse(d).success) continue;
      const c = makeCase({ orderDate: d, receivedDate: d, problem: 'poor-quality' });
      const today = '2026-11-30';
      expect(() => computeDeadlines(c, { today, buyerReminder: { date: d } }), d).not.toThrow();
      expect(() => urgency(c, today), d).not.toThrow();
    }
  });

  it('an imported case.json with 9999-12-31 is refused by the schema', () => {
    const c = makeCase({ orderDate: '2026-11-10' });
    expect(caseSchema.safeParse({ ...c, order: { ...c.order, orderDate: '9999-12-31' } }).success).toBe(
      false,
    );
    expect(caseSchema.safeParse({ ...c, buyerReminder: { date: '9999-12-31', note: '' } }).success).toBe(
      false,
    );
  });

  it('the order form never saves an out-of-range date and says why', () => {
    const draft = { ...draftFromFacts(null), orderDate: '0025-11-14', receivedDate: '2026-11-15' };
    const { order, errors } = orderFromDraft(draft);
    expect(order.orderDate).toBeNull();
    expect(order.receivedDate).toBe('2026-11-15');
    expect(errors.orderDate).toBe(DATE_RANGE_ERROR);
  });

  it('the window leaves room for the longest deadline within the calendar', () => {
    const c = makeCase({ orderDate: DATE_MAX, receivedDate: DATE_MAX });
    const due = computeDeadlines(c, { today: DATE_MAX }).map((d) => d.dueDate);
    // The longest: Kaspi's 30 days for a defect (the 90-day card rule is gone, issue 9).
    expect(due).toContain('2100-01-30');
    expect(DATE_MIN).toBe('2000-01-01');
  });
});
