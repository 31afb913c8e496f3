/**
 * The lifecycle of a case (utils/cases/lifecycle.ts), walked step by step from "I sent it" to close,
 * with the status, the one next action and the deadlines after each step kept as golden data
 * (tests/unit/cases/__golden__/lifecycle.json; regenerate with -u after a deliberate change).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addNote,
  closeCase,
  correctEvent,
  deriveStatus,
  escalate,
  historyOf,
  markSent,
  nextAction,
  recordAnswer,
  recordOutcome,
  redoEvent,
  reopenCase,
  sellerAnswerForAppeal,
  sentEvent,
  shownStatus,
  undoEvent,
} from '@/utils/cases/lifecycle';
import type { Case } from '@/utils/cases/schema';
import { computeDeadlines, kzDateTimeToEpoch } from '@/utils/deadlines';
import { makeCase } from '../deadlines/case-fixture';

let seq = 0;
beforeEach(() => {
  seq = 0;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(
    () =>
      `00000000-0000-4000-9000-${(++seq).toString(16).padStart(12, '0')}` as `${string}-${string}-${string}-${string}-${string}`,
  );
});

const at = (day: string) => kzDateTimeToEpoch(day, 12, 0);

function state(c: Case, today: string) {
  const deadlines = computeDeadlines(c, { today });
  const action = nextAction(c, deadlines);
  return {
    today,
    status: c.status,
    shown: shownStatus(c),
    action: action.kind,
    until: 'until' in action ? action.until : 'late' in action ? (action.late?.dueDate ?? null) : null,
    deadlines: deadlines.map((d) => `${d.kind} ${d.dueDate} ${d.status}`),
  };
}

describe('a case from "I sent it" to close (golden)', () => {
  it('walks sent → refused with a file → escalation → resolved → closed, then reopen', async () => {
    const steps: unknown[] = [];
    let c = makeCase({ orderDate: '2026-11-02', receivedDate: '2026-11-05', status: 'open' });
    steps.push({ step: 'prepared', ...state(c, '2026-11-06') });

    c = markSent(c, 'claim-letter', '2026-11-06', at('2026-11-06'));
    steps.push({ step: 'claim sent', ...state(c, '2026-11-06') });
    // "I sent it" twice on the same channel: still one event; a new day corrects it.
    const again = markSent(c, 'claim-letter', '2026-11-06', at('2026-11-07'));
    expect(again).toBe(c);
    const moved = markSent(c, 'claim-letter', '2026-11-09', at('2026-11-09'));
    expect(moved.timeline.filter((e) => e.kind === 'claim-sent')).toHaveLength(1);
    expect(sentEvent(moved, 'claim-letter')?.date).toBe('2026-11-09');

    const screenshot = '3f2b8c1e-5d4a-4b6c-9e7f-0a1b2c3d4e60';
    c = recordOutcome(
      c,
      { party: 'seller', outcome: 'refused', date: '2026-11-12', note: 'Не брак', evidenceIds: [screenshot] },
      at('2026-11-12'),
    );
    steps.push({ step: 'seller refused', sellerAnswer: c.sellerAnswer, ...state(c, '2026-11-12') });
    expect(sellerAnswerForAppeal(c, false)).toBe('refused');
    expect(c.timeline.at(-1)).toMatchObject({ kind: 'outcome', party: 'seller', evidenceIds: [screenshot] });

    c = escalate(c, '2026-11-13', at('2026-11-13'));
    steps.push({ step: 'escalated', ...state(c, '2026-11-13') });
    steps.push({ step: 'authority late', ...state(c, '2026-12-10') });

    c = recordAnswer(
      c,
      { party: 'authority', date: '2026-11-27', text: 'Предписание продавцу' },
      at('2026-11-27'),
    );
    steps.push({ step: 'authority answered', ...state(c, '2026-11-27') });

    c = recordOutcome(c, { party: 'seller', outcome: 'refunded', date: '2026-11-30' }, at('2026-11-30'));
    steps.push({ step: 'refunded', ...state(c, '2026-11-30') });

    c = closeCase(c, '2026-11-30', at('2026-11-30'));
    steps.push({ step: 'closed', ...state(c, '2026-11-30') });

    c = reopenCase(c, '2026-12-01', at('2026-12-01'));
    steps.push({ step: 'reopened', ...state(c, '2026-12-01') });

    steps.push({ step: 'history', lines: historyOf(c) });
    await expect(JSON.stringify(steps, null, 2) + '\n').toMatchFileSnapshot('__golden__/lifecycle.json');
  });
});

describe('undo and correct', () => {
  it('undoing "I sent it" takes the case back to open and drops the seller deadline; redo restores it', () => {
    const open = makeCase({ receivedDate: '2026-11-05' });
    const sent = markSent(open, 'claim-letter', '2026-11-06', at('2026-11-06'));
    expect(sent.status).toBe('submitted');
    const id = sentEvent(sent, 'claim-letter')!.id;
    const undone = undoEvent(sent, id, at('2026-11-06'));
    expect(undone.status).toBe('open');
    expect(undone.timeline.find((e) => e.id === id)?.undoneAt).toBe(at('2026-11-06'));
    expect(computeDeadlines(undone, { today: '2026-11-06' }).map((d) => d.kind)).not.toContain(
      'seller-claim-answer',
    );
    // Sent again after an undo: a new event, since the undone one no longer stands.
    expect(sentEvent(undone, 'claim-letter')).toBeNull();
    const redone = redoEvent(undone, id, at('2026-11-07'));
    expect(redone.status).toBe('submitted');
  });

  it('undoing the outcome that resolved a case opens it again; the creation cannot be undone', () => {
    let c = markSent(makeCase({ receivedDate: '2026-11-05' }), 'app', '2026-11-06', at('2026-11-06'));
    c = recordOutcome(c, { party: 'kaspi', outcome: 'replaced', date: '2026-11-08' }, at('2026-11-08'));
    expect(c.status).toBe('resolved');
    expect(computeDeadlines(c, { today: '2026-11-08' })).toEqual([]);
    const outcome = c.timeline.at(-1)!;
    const back = undoEvent(c, outcome.id, at('2026-11-09'));
    expect(back.status).toBe('submitted');
    const created = makeCase({
      timeline: [
        {
          id: crypto.randomUUID(),
          at: at('2026-11-01'),
          kind: 'created',
          date: null,
          channel: null,
          note: '',
        },
      ],
    });
    expect(undoEvent(created, created.timeline[0]!.id, 2).timeline).toEqual(created.timeline);
  });

  it('correcting the day of the appeal moves its deadline (15 working days, APPK Art. 76)', () => {
    const c = escalate(makeCase({ receivedDate: '2026-11-05' }), '2026-11-13', at('2026-11-13'));
    const due = (x: Case) =>
      computeDeadlines(x, { today: '2026-11-13' }).find((d) => d.kind === 'authority-answer')?.dueDate;
    expect(due(c)).toBe('2026-12-04');
    const fixed = correctEvent(c, sentEvent(c, 'authority')!.id, { date: '2026-11-16' }, at('2026-11-16'));
    expect(fixed.timeline.at(-1)?.correctedAt).toBe(at('2026-11-16'));
    expect(due(fixed)).toBe('2026-12-07');
  });

  it('a draft with nothing recorded stays a draft; a note does not change the status', () => {
    const draft = makeCase({ status: 'draft' });
    expect(deriveStatus(draft)).toBe('draft');
    expect(addNote(draft, '2026-11-01', 'позвонить', 1).status).toBe('draft');
  });

  it('closed and resolved cases have no deadlines, so no reminders and no badge', () => {
    let c = markSent(makeCase({ receivedDate: '2026-11-05' }), 'claim-letter', '2026-11-06', 1);
    expect(computeDeadlines(c, { today: '2026-11-20' }).length).toBeGreaterThan(0);
    c = closeCase(c, '2026-11-20', 2);
    expect(c.status).toBe('closed');
    expect(computeDeadlines(c, { today: '2026-11-20' })).toEqual([]);
    expect(nextAction(c, []).kind).toBe('closed');
  });
});

describe('the appeal carries the whole history', () => {
  it('lists the claim, the refusal with its words and the answers, in order, in each language', async () => {
    const { letterInputOf } = await import('@/utils/cases/letter-input');
    const { buildText } = await import('@/utils/letters');
    let c = makeCase({
      orderDate: '2026-11-02',
      receivedDate: '2026-11-05',
      extra: {
        buyer: {
          name: 'Айгерим Сапарова',
          phone: '',
          email: '',
          address: 'Алматы, ул. Абая, 1',
          iin: '900101300123',
        },
        authorityRegion: 'almaty-city',
        claimDelivery: 'hand',
        description: 'Наушники перестали работать через неделю.',
      },
    });
    c = markSent(c, 'claim-letter', '2026-11-06', at('2026-11-06'));
    c = recordOutcome(
      c,
      { party: 'seller', outcome: 'refused', date: '2026-11-12', note: 'Не брак' },
      at('2026-11-12'),
    );
    c = addNote(c, '2026-11-12', 'личная заметка', at('2026-11-12'));
    const input = letterInputOf(c, '2026-11-13');
    expect(input.sellerAnswer).toBe('refused');
    const ru = buildText('authority-appeal', input, 'ru');
    expect(ru).toContain(
      'Ход дела:\n1. 6 ноября 2026 г. — продавцу направлена претензия.\n2. 12 ноября 2026 г. — итог (ответ продавца): в требовании отказано: «Не брак».',
    );
    // A note is the buyer's own: not in the appeal.
    expect(ru).not.toContain('личная заметка');
    const kk = buildText('authority-appeal', input, 'kk');
    expect(kk).toContain('Іс барысы:');
    expect(buildText('authority-appeal', input, 'en')).toContain('What happened:');
  });
});
