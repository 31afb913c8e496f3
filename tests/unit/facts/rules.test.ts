import { describe, expect, it } from 'vitest';
import { PROBLEMS, effectiveRemedy, remediesFor, withProblem } from '@/utils/cases/problems';
import { PROBLEM_KINDS, REMEDIES } from '@/utils/cases/schema';
import { computeDeadlines, sellerAnswerOverdue, workingDayOnOrAfter } from '@/utils/deadlines';
import { LAW, cite } from '@/utils/facts/law';
import { guessReturnException, returnExceptionOf } from '@/utils/facts/return-exceptions';
import { makeCase } from '../deadlines/case-fixture';

const kinds = (c: Parameters<typeof computeDeadlines>[0]) =>
  computeDeadlines(c, { today: '2026-03-10' }).map((d) => d.kind);

describe("Art. 30 p.1's exceptions are applied (issue 9, item 3)", () => {
  it('reads a hint from the title, and an accessory is not the thing itself', () => {
    expect(guessReturnException('Смартфон Apple iPhone 15 128Gb черный')).toBe('mobile-phones');
    expect(guessReturnException('Чехол для смартфона iPhone 15')).toBeNull();
    expect(guessReturnException('Носки мужские 5 пар')).toBe('hosiery');
    expect(guessReturnException('Тонометр Omron M2')).toBe('medicines');
    expect(guessReturnException('Пылесос Dreame V12')).toBeNull();
    expect(guessReturnException(null)).toBeNull();
  });

  it("the buyer's answer wins over the hint", () => {
    expect(returnExceptionOf('none', 'Смартфон Samsung')).toBeNull();
    expect(returnExceptionOf('underwear', 'Пылесос')).toBe('underwear');
    expect(returnExceptionOf(null, 'Смартфон Samsung')).toBe('mobile-phones');
  });

  it("no law's 14-day return for an item that may be an exception; Kaspi's windows stay", () => {
    const phone = makeCase({
      receivedDate: '2026-03-05',
      problem: 'return-refused',
      productTitle: 'Смартфон Xiaomi',
    });
    expect(kinds(phone)).toEqual(['kaspi-return-14']);
    const notAPhone = makeCase({
      receivedDate: '2026-03-05',
      problem: 'return-refused',
      productTitle: 'Смартфон Xiaomi',
      extra: { returnException: 'none' },
    });
    expect(kinds(notAPhone)).toEqual(['kaspi-return-14', 'law-return-14']);
  });
});

describe("Kaspi's defect window: 30 days or until the warranty ends (item 4)", () => {
  it('a later warranty end is the due date; an earlier one leaves the 30th day', () => {
    const later = makeCase({ receivedDate: '2026-03-05', extra: { warrantyUntil: '2027-03-05' } });
    const d = computeDeadlines(later, { today: '2026-03-10' }).find(
      (x) => x.kind === 'kaspi-return-defect-30',
    );
    expect(d).toMatchObject({ dueDate: '2027-03-05', hints: ['warranty-end'] });
    const earlier = makeCase({ receivedDate: '2026-03-05', extra: { warrantyUntil: '2026-03-20' } });
    const e = computeDeadlines(earlier, { today: '2026-03-10' }).find(
      (x) => x.kind === 'kaspi-return-defect-30',
    );
    expect(e).toMatchObject({ dueDate: '2026-04-04', hints: [] });
  });
});

describe('counting periods (item 5)', () => {
  it("the seller's period ends on a working day; the buyer's windows end on the plain date", () => {
    expect(workingDayOnOrAfter('2026-03-21')).toBe('2026-03-26');
    expect(workingDayOnOrAfter('2026-03-26')).toBe('2026-03-26');
    // 14 days from 9 Mar is Mon 23 Mar (Nauryz): the buyer's last day stays 23 Mar.
    const c = makeCase({ receivedDate: '2026-03-09', problem: 'other' });
    expect(computeDeadlines(c, { today: '2026-03-10' }).map((d) => d.dueDate)).toEqual([
      '2026-03-23',
      '2026-03-23',
    ]);
  });

  it('no citation of Art. 180 or of unconfirmed period articles', () => {
    expect(LAW.civilPeriods.citable).toBe(false);
    expect(() => cite('civilPeriods')).toThrow(/not confirmed/);
    expect(() => cite('adminOffenceClaimTerm')).toThrow(/not confirmed/);
    expect(cite('claimProcedure')).toEqual({ article: '42-4' });
    expect(JSON.stringify(LAW)).not.toMatch(/ст(атья|\.) 180/);
  });
});

describe('"no answer" only after the seller\'s 10 days from receipt (item 9)', () => {
  it('by hand: overdue from the day after the (working-day) deadline', () => {
    const claim = { sentDate: '2026-04-01', delivery: 'hand' as const, receivedDate: null };
    expect(sellerAnswerOverdue(claim, '2026-04-11')).toBe(false);
    expect(sellerAnswerOverdue(claim, '2026-04-13')).toBe(false); // Sat 11th → Mon 13th
    expect(sellerAnswerOverdue(claim, '2026-04-14')).toBe(true);
  });

  it('by post with no received date: allows for delivery', () => {
    const claim = { sentDate: '2026-04-01', delivery: null, receivedDate: null };
    expect(sellerAnswerOverdue(claim, '2026-04-14')).toBe(false);
    expect(sellerAnswerOverdue(claim, '2026-04-21')).toBe(true);
    expect(sellerAnswerOverdue({ ...claim, receivedDate: '2026-04-03' }, '2026-04-14')).toBe(true);
  });
});

describe('one problem × remedy table (item 6)', () => {
  it('every problem offers known remedies, in order, and "other" offers them all', () => {
    for (const p of PROBLEM_KINDS) {
      expect(remediesFor(p).length).toBeGreaterThan(0);
      for (const r of remediesFor(p)) expect(REMEDIES).toContain(r);
    }
    expect([...remediesFor('other')].sort()).toEqual([...REMEDIES].sort());
  });

  it('no repair of an order that never arrived; no repair of an item unlike its description', () => {
    expect(remediesFor('late-delivery')).not.toContain('repair');
    expect(remediesFor('fraud')).not.toContain('repair');
    expect(remediesFor('not-as-described')).not.toContain('repair');
    expect(effectiveRemedy('late-delivery', 'repair')).toBeNull();
  });

  it('changing the problem drops a remedy the new problem does not offer', () => {
    expect(withProblem({ problem: 'poor-quality', remedy: 'repair' }, 'late-delivery')).toEqual({
      problem: 'late-delivery',
      remedy: null,
    });
    expect(withProblem({ problem: 'poor-quality', remedy: 'refund' }, 'late-delivery').remedy).toBe('refund');
  });

  it('defect problems are the ones with the defect window', () => {
    expect(PROBLEM_KINDS.filter((p) => PROBLEMS[p].defect)).toEqual(['poor-quality', 'not-as-described']);
  });
});
