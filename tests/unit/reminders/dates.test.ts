import { describe, expect, it } from 'vitest';
import { reminderDays } from '@/utils/reminders/dates';
import { reminderSchema, type Reminder } from '@/utils/reminders/schema';

const at = (iso: string) => Date.parse(`${iso}T04:00:00Z`); // 09:00 in Kazakhstan
const CASE = '3f2b8c1e-5d4a-4b6c-9e7f-0a1b2c3d4e5f';

function reminder(
  id: string,
  kind: string,
  stages: [string, string, number | null][],
  snoozedUntil: number | null = null,
): Reminder {
  return reminderSchema.parse({
    id,
    caseId: CASE,
    kind,
    dueDate: stages.at(-1)![1],
    stages: stages.map(([stage, day, notifiedAt]) => ({ stage, at: at(day), notifiedAt })),
    snoozedUntil,
    nextAt: null,
  });
}

describe('reminderDays: one line per deadline, its pending days in order', () => {
  it('groups the stages of a reminder and orders the lines by their first day', () => {
    const lines = reminderDays([
      reminder(`${CASE}|kaspi-return-14`, 'kaspi-return-14', [
        ['before', '2026-12-07', null],
        ['due', '2026-12-09', null],
        ['overdue', '2026-12-10', null],
      ]),
      reminder(`${CASE}|kaspi-support-answer`, 'kaspi-support-answer', [
        ['before', '2026-12-02', at('2026-12-02')],
        ['due', '2026-12-03', null],
      ]),
    ]);
    expect(lines.map((l) => [l.kind, l.days])).toEqual([
      ['kaspi-support-answer', ['2026-12-03']],
      ['kaspi-return-14', ['2026-12-07', '2026-12-09', '2026-12-10']],
    ]);
  });

  it('moves a snoozed stage to the end of its snooze, drops a reminder with nothing pending', () => {
    const lines = reminderDays([
      reminder(`${CASE}|a`, 'seller-claim-answer', [['due', '2026-12-05', null]], at('2026-12-06')),
      reminder(`${CASE}|b`, 'kaspi-return-14', [['due', '2026-12-01', at('2026-12-01')]]),
    ]);
    expect(lines).toEqual([
      { key: `${CASE}|a`, kind: 'seller-claim-answer', label: '', days: ['2026-12-06'] },
    ]);
  });
});
