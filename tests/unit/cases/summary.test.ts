/** The case index rows (utils/cases/summary.ts): one case per order, and order numbers shared by cases. */
import { describe, expect, it } from 'vitest';
import { caseForPage, sharedOrderNumbers, summaryOf, type CaseSummary } from '@/utils/cases/summary';
import { makeCase } from '../deadlines/case-fixture';

const row = (over: Partial<CaseSummary>): CaseSummary => ({
  ...summaryOf(makeCase({}), '2026-11-30', 1_790_000_000_000),
  ...over,
});

describe('case index rows', () => {
  it('summarises a case: title, order, product, seller, status, next deadline and rank', () => {
    const c = makeCase({ receivedDate: '2026-11-25' });
    expect(summaryOf(c, '2026-11-30', 5)).toMatchObject({
      id: c.id,
      title: 'Наушники',
      orderNumber: '612345678',
      seller: 'Магазин',
      status: 'open',
      nextDue: '2026-12-09',
      bucket: 'waiting',
      computedOn: '2026-11-30',
      writtenAt: 5,
    });
    expect(summaryOf({ ...c, status: 'closed' }, '2026-11-30', 5)).toMatchObject({
      bucket: 'closed',
      nextDue: null,
    });
  });

  it('finds the ongoing case of a page: by order number first, then product code; never a closed one', () => {
    const a = row({ id: 'a', orderNumber: '612345678', productCode: '111', writtenAt: 1 });
    const b = row({ id: 'b', orderNumber: null, productCode: '222', writtenAt: 2 });
    const closed = row({ id: 'c', orderNumber: '700000000', productCode: '333', status: 'closed' });
    const rows = [a, b, closed];
    expect(caseForPage(rows, { orderNumber: '612345678', productCode: '222' })?.id).toBe('a');
    expect(caseForPage(rows, { orderNumber: null, productCode: '222' })?.id).toBe('b');
    expect(caseForPage(rows, { orderNumber: '700000000', productCode: '333' })).toBeNull();
    expect(caseForPage(rows, { orderNumber: null, productCode: null })).toBeNull();
    // Two for one product: the one written last.
    const newer = row({ id: 'd', productCode: '222', orderNumber: null, writtenAt: 9 });
    expect(caseForPage([...rows, newer], { orderNumber: null, productCode: '222' })?.id).toBe('d');
  });

  it('lists order numbers held by more than one case', () => {
    const shared = sharedOrderNumbers([
      { id: '1', orderNumber: '612345678' },
      { id: '2', orderNumber: '612345678' },
      { id: '3', orderNumber: '700000000' },
      { id: '4', orderNumber: null },
    ]);
    expect([...shared]).toEqual([['612345678', ['1', '2']]]);
  });
});
