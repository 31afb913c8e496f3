import { beforeEach, describe, expect, it, vi } from 'vitest';
import { markSubmitted, sentChannels, sentEventOf, unmarkSubmitted } from '@/utils/cases/create';
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
    const once = markSubmitted(c, 'app', '2026-11-20', T0);
    const twice = markSubmitted(once, 'app', '2026-11-21', T0 + 1000);
    expect(once.status).toBe('submitted');
    expect(twice.timeline.filter((e) => e.kind === 'submitted')).toHaveLength(1);
    expect(sentEventOf(twice, 'app')?.date).toBe('2026-11-21');
    expect(sentEventOf(twice, 'app')?.id).toBe(sentEventOf(once, 'app')?.id);
  });

  it('each channel records its own event; the list follows the order they were marked', () => {
    const c = makeCase({});
    const a = markSubmitted(c, 'hotline', '2026-11-20', T0);
    const b = markSubmitted(a, 'claim-letter', '2026-11-21', T0 + 1);
    const d = markSubmitted(b, 'authority', '2026-11-22', T0 + 2);
    expect(sentChannels(d)).toEqual(['hotline', 'claim-letter', 'authority']);
    expect(d.timeline.map((e) => e.kind)).toEqual(['submitted', 'claim-sent', 'escalated']);
    expect(d.status).toBe('escalated');
    // Marking a Kaspi channel after an escalation does not take the escalation back.
    expect(markSubmitted(d, 'app', '2026-11-23', T0 + 3).status).toBe('escalated');
  });

  it('undo removes only that channel’s event; the status follows what is left', () => {
    const c = makeCase({ status: 'open' });
    const two = markSubmitted(markSubmitted(c, 'app', '2026-11-20', T0), 'authority', '2026-11-22', T0 + 1);
    const noAuthority = unmarkSubmitted(two, 'authority', T0 + 2);
    expect(noAuthority.status).toBe('submitted');
    expect(sentChannels(noAuthority)).toEqual(['app']);
    const none = unmarkSubmitted(noAuthority, 'app', T0 + 3);
    expect(none.status).toBe('open');
    expect(none.timeline).toEqual([]);
    // A channel never marked: the case as it was (same object).
    expect(unmarkSubmitted(none, 'email', T0 + 4)).toBe(none);
    // Resolved stays resolved: undo only takes back the sending.
    const resolved = { ...two, status: 'resolved' as const };
    expect(unmarkSubmitted(resolved, 'app', T0 + 5).status).toBe('resolved');
  });

  it('an undone event stays removed when the case was changed elsewhere meanwhile', () => {
    const b = markSubmitted(makeCase({}), 'app', '2026-11-20', T0);
    const mine = unmarkSubmitted(b, 'app', T0 + 1000);
    const theirs = { ...b, description: 'изменено в другой вкладке', updatedAt: T0 + 500 };
    const { merged } = mergeCase(b, mine, theirs);
    expect(sentEventOf(merged, 'app')).toBeNull();
    expect(merged.description).toBe('изменено в другой вкладке');
    expect(merged.status).toBe('open');
    // Without a base of its own the editor removed nothing: the stored event is kept.
    expect(sentEventOf(mergeCase(b, mine, theirs, { removals: false }).merged, 'app')).not.toBeNull();
  });

  it('through saveCase: undo in one tab while another tab edited the description', async () => {
    const marked = markSubmitted(makeCase({}), 'app', '2026-11-20', T0);
    const { case: stored } = await saveCase(marked, null);
    await saveCase({ ...stored, description: 'из другой вкладки', updatedAt: T0 + 10 }, stored);
    const { case: undone, merged } = await saveCase(unmarkSubmitted(stored, 'app', T0 + 20), stored);
    expect(merged).toBe(true);
    expect(sentEventOf(undone, 'app')).toBeNull();
    expect((await getCase(undone.id))?.description).toBe('из другой вкладки');
  });
});

describe('the stepper’s ticks and the recommended channel', () => {
  it('a step is done when the case holds what it asks for', () => {
    const fresh = makeCase({ problem: null, extra: { remedy: null, status: 'draft' } });
    expect(WIZARD_STEPS.filter((s) => stepDone(fresh, s))).toEqual(['order']);
    const sent = markSubmitted(
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
    const toKaspi = markSubmitted(makeCase({}), 'app', '2026-11-20', T0);
    expect(recommendedChannel(toKaspi)).toBe('claim-letter');
    expect(recommendedChannel(markSubmitted(toKaspi, 'claim-letter', '2026-11-21', T0))).toBe('authority');
  });
});
