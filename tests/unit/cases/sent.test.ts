import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sentChannels, sentEventOf } from '@/utils/cases/create';
import { markSent, recordOutcome, unmarkSent } from '@/utils/cases/lifecycle';
import { mergeCase } from '@/utils/cases/merge';
import { saveCase } from '@/utils/cases/store';
import { db, getCase } from '@/utils/db';
import { stepDone, WIZARD_STEPS } from '@/utils/cases/progress';
import { recommendedChannel } from '@/utils/channels';
import { makeCase } from '../deadlines/case-fixture';

vi.mock('@/utils/messaging/client', () => ({ send: vi.fn(async () => ({ reminders: 0 })) }));

const T0 = Date.UTC(2026, 10, 20, 6);

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('"I sent it": once per channel, with undo', () => {
  it('marking a channel twice keeps one event and moves its day', () => {
    const c = makeCase({ receivedDate: '2026-11-18' });
    const once = markSent(c, 'app', '2026-11-20', T0);
    const twice = markSent(once, 'app', '2026-11-21', T0 + 1000);
    expect(once.status).toBe('submitted');
    expect(twice.timeline.filter((e) => e.kind === 'submitted')).toHaveLength(1);
    expect(sentEventOf(twice, 'app')?.date).toBe('2026-11-21');
    expect(sentEventOf(twice, 'app')?.id).toBe(sentEventOf(once, 'app')?.id);
  });

  it('each channel records its own event; the list follows the order they were marked', () => {
    const c = makeCase({});
    const a = markSent(c, 'hotline', '2026-11-20', T0);
    const b = markSent(a, 'claim-letter', '2026-11-21', T0 + 1);
    const d = markSent(b, 'authority', '2026-11-22', T0 + 2);
    expect(sentChannels(d)).toEqual(['hotline', 'claim-letter', 'authority']);
    expect(d.timeline.map((e) => e.kind)).toEqual(['submitted', 'claim-sent', 'escalated']);
    expect(d.status).toBe('escalated');
    // Marking a Kaspi channel after an escalation does not take the escalation back.
    expect(markSent(d, 'app', '2026-11-23', T0 + 3).status).toBe('escalated');
  });

  it('undo takes back only that channel’s event (kept in the history, marked); the status follows what is left', () => {
    const c = makeCase({ status: 'open' });
    const two = markSent(markSent(c, 'app', '2026-11-20', T0), 'authority', '2026-11-22', T0 + 1);
    const noAuthority = unmarkSent(two, 'authority', T0 + 2);
    expect(noAuthority.status).toBe('submitted');
    expect(sentChannels(noAuthority)).toEqual(['app']);
    const none = unmarkSent(noAuthority, 'app', T0 + 3);
    expect(none.status).toBe('open');
    expect(none.timeline.map((e) => [e.kind, e.undoneAt !== undefined && e.undoneAt !== null])).toEqual([
      ['submitted', true],
      ['escalated', true],
    ]);
    // Marked again after the undo: the same event stands again, with the new day (still once per channel).
    const again = markSent(none, 'app', '2026-11-24', T0 + 4);
    expect(again.timeline.filter((e) => e.kind === 'submitted')).toHaveLength(1);
    expect(sentEventOf(again, 'app')).toMatchObject({ date: '2026-11-24', undoneAt: null });
    expect(again.status).toBe('submitted');
    // A channel never marked: the case as it was (same object).
    expect(unmarkSent(none, 'email', T0 + 4)).toBe(none);
    // Resolved stays resolved: undo only takes back the sending.
    const resolved = recordOutcome(two, { party: 'seller', outcome: 'refunded', date: '2026-11-23' }, T0 + 5);
    expect(resolved.status).toBe('resolved');
    expect(unmarkSent(resolved, 'app', T0 + 6).status).toBe('resolved');
    // And "I sent it" in the panel on a resolved case does not take the case back to waiting.
    expect(markSent(resolved, 'email', '2026-11-24', T0 + 7).status).toBe('resolved');
  });

  it('an undone event stays removed when the case was changed elsewhere meanwhile', () => {
    const b = markSent(makeCase({}), 'app', '2026-11-20', T0);
    const mine = unmarkSent(b, 'app', T0 + 1000);
    const theirs = { ...b, description: 'изменено в другой вкладке', updatedAt: T0 + 500 };
    const { merged } = mergeCase(b, mine, theirs);
    expect(sentEventOf(merged, 'app')).toBeNull();
    expect(merged.description).toBe('изменено в другой вкладке');
    expect(merged.status).toBe('open');
    // The undo is a mark on the event, not a removal: it carries even for an editor without a base of
    // its own, and the event stays in the history.
    const noBase = mergeCase(b, mine, theirs, { removals: false }).merged;
    expect(sentEventOf(noBase, 'app')).toBeNull();
    expect(noBase.timeline.find((e) => e.kind === 'submitted')?.undoneAt).toBe(T0 + 1000);
  });

  it('through saveCase: undo in one tab while another tab edited the description', async () => {
    const marked = markSent(makeCase({}), 'app', '2026-11-20', T0);
    const { case: stored } = await saveCase(marked, null);
    await saveCase({ ...stored, description: 'из другой вкладки', updatedAt: T0 + 10 }, stored);
    const { case: undone, merged } = await saveCase(unmarkSent(stored, 'app', T0 + 20), stored);
    expect(merged).toBe(true);
    expect(sentEventOf(undone, 'app')).toBeNull();
    expect((await getCase(undone.id))?.description).toBe('из другой вкладки');
  });
});

describe('the stepper’s ticks and the recommended channel', () => {
  it('a step is done when the case holds what it asks for', () => {
    const fresh = makeCase({ problem: null, extra: { remedy: null, status: 'draft' } });
    expect(WIZARD_STEPS.filter((s) => stepDone(fresh, s))).toEqual(['order']);
    const sent = markSent(
      makeCase({ receivedDate: '2026-11-18', extra: { proof: ['photo'] } }),
      'app',
      '2026-11-20',
      T0,
    );
    expect(WIZARD_STEPS.filter((s) => stepDone(sent, s))).toEqual([...WIZARD_STEPS]);
  });

  it('Kaspi first (the hotline for fraud), then the claim to the seller, then the authority', () => {
    expect(recommendedChannel(makeCase({ problem: 'poor-quality' }))).toBe('app');
    expect(recommendedChannel(makeCase({ problem: 'fraud' }))).toBe('hotline');
    const toKaspi = markSent(makeCase({}), 'app', '2026-11-20', T0);
    expect(recommendedChannel(toKaspi)).toBe('claim-letter');
    expect(recommendedChannel(markSent(toKaspi, 'claim-letter', '2026-11-21', T0))).toBe('authority');
  });
});
