import { describe, expect, it } from 'vitest';
import { computeDeadlines, todayInKz, type Deadline } from '@/utils/deadlines';
import { reminderSchema, type Reminder } from '@/utils/reminders/schema';
import { DEFAULT_SNOOZE_MS, pendingStages, planReminders, snooze, stageTimes } from '@/utils/reminders/plan';
import type { Case } from '@/utils/cases/schema';
import { CASE_ID, event, makeCase } from '../deadlines/case-fixture';

const HOUR = 3_600_000;
/** 10:00 in Kazakhstan (UTC+5) on a day of 2026. */
const ten = (month: number, day: number) => Date.UTC(2026, month - 1, day, 5, 0);

/** Plans the reminders of a case as the scheduler does, and checks every row against the schema. */
function plan(c: Case, now: number, existing: Reminder[] = []): Reminder[] {
  const rows = planReminders(c, computeDeadlines(c, { today: todayInKz(now) }), existing, now);
  for (const r of rows) expect(reminderSchema.parse(r)).toEqual(r);
  return rows;
}

// Received 5 Mar 2026 → the Kaspi 14-day window ends Thu 19 Mar.
// A phone: the law's 14-day return does not apply (Art. 30 p.1), so Kaspi's 14 days are the one deadline.
const received = makeCase({
  receivedDate: '2026-03-05',
  problem: 'late-delivery',
  productTitle: 'Смартфон Samsung Galaxy A55',
});
const BEFORE = ten(3, 17);
const DUE = ten(3, 19);
const OVERDUE = ten(3, 20);

describe('planReminders: stages', () => {
  it('one reminder per deadline kind, stages at 10:00 Kazakhstan time (golden)', () => {
    const [r, ...rest] = plan(received, ten(3, 10));
    expect(rest).toEqual([]);
    expect(r).toEqual({
      id: `${CASE_ID}:kaspi-return-14`,
      caseId: CASE_ID,
      kind: 'kaspi-return-14',
      dueDate: '2026-03-19',
      stages: [
        { stage: 'before', at: BEFORE, notifiedAt: null },
        { stage: 'due', at: DUE, notifiedAt: null },
        { stage: 'overdue', at: OVERDUE, notifiedAt: null },
      ],
      snoozedUntil: null,
      nextAt: BEFORE,
      label: 'Возврат через Kaspi (14 дней с получения)',
    });
  });

  it('one row per kind for a case with every kind of deadline', () => {
    const c = makeCase({
      orderDate: '2026-03-02',
      receivedDate: '2026-03-05',
      problem: 'poor-quality',
      timeline: [
        event('submitted', { date: '2026-03-20', channel: 'app' }),
        event('claim-sent', { date: '2026-03-21' }),
      ],
    });
    const rows = plan(c, ten(3, 10));
    expect(rows.map((r) => [r.id.slice(CASE_ID.length + 1), r.dueDate])).toEqual([
      ['kaspi-return-14', '2026-03-19'],
      ['law-return-14', '2026-03-19'],
      ['kaspi-support-answer', '2026-03-30'],
      ['kaspi-return-defect-30', '2026-04-04'],
      ['seller-claim-answer', '2026-04-07'],
    ]);
    // Support answer: sent Fri 20 Mar, due Mon 30 Mar (Nauryz days off) → heads-up on Sat 28 Mar.
    expect(rows[2]?.stages.map((s) => s.at)).toEqual([ten(3, 28), ten(3, 30), ten(3, 31)]);
  });

  it("skips 'before' when the due date is less than two days after the start", () => {
    const short: Deadline = {
      kind: 'kaspi-support-answer',
      startDate: '2026-04-01',
      dueDate: '2026-04-02',
      basis: 'working-days',
      length: 1,
      source: { title: 't', url: null, checkedOn: '2026-11-30', status: 'seed-guide' },
      status: 'upcoming',
      hints: [],
    };
    expect(stageTimes(short).map((s) => s.stage)).toEqual(['due', 'overdue']);
    expect(stageTimes({ ...short, dueDate: '2026-04-03' }).map((s) => s.stage)).toEqual([
      'before',
      'due',
      'overdue',
    ]);
  });

  it("the buyer's reminder has one 'due' stage and carries the buyer's note", () => {
    const c = makeCase({ problem: 'other' });
    const deadlines = computeDeadlines(c, {
      today: '2026-04-01',
      buyerReminder: { date: '2026-04-20', note: 'Позвонить продавцу' },
    });
    const [r] = planReminders(c, deadlines, [], ten(4, 1));
    expect(r?.stages).toEqual([{ stage: 'due', at: ten(4, 20), notifiedAt: null }]);
    expect(r?.label).toBe('Позвонить продавцу');
    expect(reminderSchema.safeParse(r).success).toBe(true);
  });

  it('uses UTC+6 for due dates before 2024-03-01', () => {
    const c = makeCase({ receivedDate: '2024-02-06', problem: 'other' });
    const [r] = planReminders(c, computeDeadlines(c, { today: '2024-02-07' }), [], Date.UTC(2024, 1, 7));
    expect(r?.dueDate).toBe('2024-02-20');
    expect(r?.stages.map((s) => s.at)).toEqual([
      Date.UTC(2024, 1, 18, 4),
      Date.UTC(2024, 1, 20, 4),
      Date.UTC(2024, 1, 21, 4),
    ]);
  });

  it('resolved and closed cases get no reminders', () => {
    expect(plan(makeCase({ receivedDate: '2026-03-05', status: 'resolved' }), ten(3, 10))).toEqual([]);
  });
});

describe('planReminders: a brand-new reminder with stages in the past', () => {
  const stagesAt = (now: number) => plan(received, now)[0] as Reminder;

  it("only 'before' past: it fires (the due day is still two days or less away)", () => {
    const r = stagesAt(ten(3, 18));
    expect(r.stages.map((s) => s.notifiedAt)).toEqual([null, null, null]);
    expect(pendingStages(r, ten(3, 18))).toEqual(['before']);
  });

  it("'due' past: 'before' is skipped, one notification", () => {
    const now = DUE + 2 * HOUR;
    const r = stagesAt(now);
    expect(r.stages.map((s) => s.notifiedAt)).toEqual([now, null, null]);
    expect(pendingStages(r, now)).toEqual(['due']);
    expect(r.nextAt).toBe(DUE);
  });

  it('everything past (an old order saved today): nothing fires, the case page lists it', () => {
    const now = ten(4, 15);
    const r = stagesAt(now);
    expect(r.stages.map((s) => s.notifiedAt)).toEqual([now, now, now]);
    expect(pendingStages(r, now)).toEqual([]);
    expect(r.nextAt).toBeNull();
  });
});

describe('planReminders: recomputation', () => {
  it('keeps notifiedAt and the snooze while the due date is unchanged', () => {
    const [first] = plan(received, ten(3, 10));
    const notified: Reminder = {
      ...(first as Reminder),
      stages: (first as Reminder).stages.map((s) =>
        s.stage === 'before' ? { ...s, notifiedAt: BEFORE + 60_000 } : s,
      ),
      snoozedUntil: BEFORE + 24 * HOUR,
    };
    // An unrelated edit (problem changed to another non-defect) → same deadline, same due date.
    const [again] = plan(makeCase({ receivedDate: '2026-03-05', problem: 'fraud' }), ten(3, 18), [notified]);
    expect(again?.stages.map((s) => s.notifiedAt)).toEqual([BEFORE + 60_000, null, null]);
    expect(again?.snoozedUntil).toBe(BEFORE + 24 * HOUR);
    expect(again?.nextAt).toBe(DUE);
  });

  it('starts over when the due date moves (receipt date corrected)', () => {
    const [first] = plan(received, ten(3, 10));
    const notified: Reminder = {
      ...(first as Reminder),
      stages: (first as Reminder).stages.map((s) => ({
        ...s,
        notifiedAt: s.stage === 'before' ? BEFORE : null,
      })),
      snoozedUntil: BEFORE + 24 * HOUR,
    };
    const [moved] = plan(makeCase({ receivedDate: '2026-03-07', problem: 'late-delivery' }), ten(3, 18), [
      notified,
    ]);
    expect(moved?.dueDate).toBe('2026-03-21');
    expect(moved?.stages).toEqual([
      { stage: 'before', at: ten(3, 19), notifiedAt: null },
      { stage: 'due', at: ten(3, 21), notifiedAt: null },
      { stage: 'overdue', at: ten(3, 22), notifiedAt: null },
    ]);
    expect(moved?.snoozedUntil).toBeNull();
  });

  it('drops a reminder whose deadline ended (answer received), so the caller deletes it', () => {
    const submitted = event('submitted', { date: '2026-04-01', channel: 'app' });
    const waiting = plan(makeCase({ problem: 'other', timeline: [submitted] }), ten(4, 1));
    expect(waiting.map((r) => r.kind)).toEqual(['kaspi-support-answer']);
    const answered = makeCase({
      problem: 'other',
      timeline: [submitted, event('answer-received', { date: '2026-04-02', channel: 'app' })],
    });
    expect(plan(answered, ten(4, 2), waiting)).toEqual([]);
  });

  it('ignores rows of other cases', () => {
    const [mine] = plan(received, ten(3, 10));
    const other: Reminder = {
      ...(mine as Reminder),
      id: `7c9e6679-7425-40de-944b-e07fc1f90ae7:kaspi-return-14`,
      caseId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      stages: (mine as Reminder).stages.map((s) => ({ ...s, notifiedAt: s.at })),
    };
    const [again] = plan(received, ten(3, 10), [other]);
    expect(again?.stages.every((s) => s.notifiedAt === null)).toBe(true);
  });
});

describe('pendingStages and snooze', () => {
  const [fresh] = planReminders(
    received,
    computeDeadlines(received, { today: '2026-03-10' }),
    [],
    ten(3, 10),
  );
  const r = fresh as Reminder;

  it('lists stages whose time has come and that were not notified, earliest first', () => {
    expect(pendingStages(r, BEFORE - 1)).toEqual([]);
    expect(pendingStages(r, BEFORE)).toEqual(['before']);
    expect(pendingStages(r, OVERDUE)).toEqual(['before', 'due', 'overdue']);
    const marked = {
      ...r,
      stages: r.stages.map((s) => (s.stage === 'before' ? { ...s, notifiedAt: BEFORE } : s)),
    };
    expect(pendingStages(marked, DUE)).toEqual(['due']);
  });

  it('nothing fires while snoozed; the stage fires when the snooze ends', () => {
    const snoozed = snooze(r, BEFORE + HOUR);
    expect(snoozed.snoozedUntil).toBe(BEFORE + HOUR + DEFAULT_SNOOZE_MS);
    expect(snoozed.nextAt).toBe(BEFORE + HOUR + DEFAULT_SNOOZE_MS);
    expect(pendingStages(snoozed, BEFORE + 2 * HOUR)).toEqual([]);
    expect(pendingStages(snoozed, BEFORE + HOUR + DEFAULT_SNOOZE_MS)).toEqual(['before']);
    expect(reminderSchema.safeParse(snoozed).success).toBe(true);
  });

  it('a short snooze does not pull a later stage earlier', () => {
    const marked = {
      ...r,
      stages: r.stages.map((s) => (s.stage === 'before' ? { ...s, notifiedAt: BEFORE } : s)),
    };
    expect(snooze(marked, BEFORE, HOUR).nextAt).toBe(DUE);
  });
});

describe('the reminder lifecycle, hour by hour', () => {
  it('each stage fires once, at its time, through recomputation on every wake', () => {
    let stored: Reminder[] = [];
    const fired: [string, string, string][] = [];
    for (let now = ten(3, 10); now <= ten(3, 25); now += HOUR) {
      stored = plan(received, now, stored);
      stored = stored.map((row) => {
        const due = pendingStages(row, now);
        if (due.length === 0) return row;
        fired.push([row.kind, due[due.length - 1] as string, new Date(now).toISOString()]);
        const stages = row.stages.map((s) => (due.includes(s.stage) ? { ...s, notifiedAt: now } : s));
        return { ...row, stages };
      });
    }
    expect(fired).toEqual([
      ['kaspi-return-14', 'before', '2026-03-17T05:00:00.000Z'],
      ['kaspi-return-14', 'due', '2026-03-19T05:00:00.000Z'],
      ['kaspi-return-14', 'overdue', '2026-03-20T05:00:00.000Z'],
    ]);
    expect(stored[0]?.nextAt).toBeNull();
  });
});
