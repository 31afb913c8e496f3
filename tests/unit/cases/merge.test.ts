import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, getCase, putCase } from '@/utils/db';
import { mergeCase } from '@/utils/cases/merge';
import { saveCase } from '@/utils/cases/store';
import type { Case, TimelineEvent } from '@/utils/cases/schema';
import { makeCase } from '../deadlines/case-fixture';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('@/utils/messaging/client', () => ({
  send: vi.fn(async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    return { reminders: 0 };
  }),
}));

const T0 = Date.UTC(2026, 2, 10, 6);
const event = (kind: TimelineEvent['kind'], at: number, note = ''): TimelineEvent => ({
  id: crypto.randomUUID(),
  at,
  kind,
  date: null,
  channel: kind === 'claim-sent' ? 'claim-letter' : null,
  note,
});

function base(): Case {
  return makeCase({
    orderDate: '2026-03-02',
    receivedDate: '2026-03-05',
    timeline: [event('created', T0)],
  });
}

beforeEach(async () => {
  sent.length = 0;
  await db.delete();
  await db.open();
});

describe('mergeCase (three-way, pure)', () => {
  it('keeps the events of both sides and each side’s own field changes', () => {
    const b = base();
    const claim = event('claim-sent', T0 + 2000);
    const theirs: Case = {
      ...b,
      status: 'submitted',
      timeline: [...b.timeline, claim],
      updatedAt: T0 + 2000,
    };
    const note = event('note', T0 + 3000, 'позвонил');
    const mine: Case = {
      ...b,
      description: 'Наушники не работают',
      order: { ...b.order, price: 26_000 },
      timeline: [...b.timeline, note],
      updatedAt: T0 + 3000,
    };
    const { merged, fromStored, conflicts } = mergeCase(b, mine, theirs);
    expect(merged.timeline.map((e) => e.kind)).toEqual(['created', 'claim-sent', 'note']);
    expect(merged.status).toBe('submitted');
    expect(merged.description).toBe('Наушники не работают');
    expect(merged.order.price).toBe(26_000);
    expect(merged.updatedAt).toBe(T0 + 3000);
    expect(fromStored).toEqual(expect.arrayContaining(['status', `timeline.${claim.id}`]));
    expect(conflicts).toEqual([]);
  });

  it('a field only the other side changed is not reverted by the editor’s stale copy', () => {
    const b = base();
    const theirs: Case = {
      ...b,
      order: { ...b.order, sellerName: 'Другой магазин' },
      sellerBin: '123456789012',
    };
    const mine: Case = { ...b, order: { ...b.order, productTitle: 'Наушники X' } };
    const { merged } = mergeCase(b, mine, theirs);
    expect(merged.order).toMatchObject({ sellerName: 'Другой магазин', productTitle: 'Наушники X' });
    expect(merged.sellerBin).toBe('123456789012');
  });

  it('both changed one field: the editor’s value is kept and the conflict reported', () => {
    const b = base();
    const { merged, conflicts } = mergeCase(b, { ...b, description: 'моё' }, { ...b, description: 'их' });
    expect(merged.description).toBe('моё');
    expect(conflicts).toEqual(['description']);
  });

  it('proof is merged as a set', () => {
    const b: Case = { ...base(), proof: ['receipt', 'photo'] };
    const mine: Case = { ...b, proof: ['receipt', 'unboxing-video'] };
    const theirs: Case = { ...b, proof: ['receipt', 'photo', 'chat-screenshot'] };
    expect(mergeCase(b, mine, theirs).merged.proof).toEqual(['receipt', 'chat-screenshot', 'unboxing-video']);
  });
});

describe('saveCase: optimistic concurrency', () => {
  it('two editors from the same base: the second keeps the first’s claim-sent event and field edit', async () => {
    const loaded = await putCase(base());
    // Editor A (a panel): marks the claim sent and sets the seller's address.
    const claim = event('claim-sent', T0 + 1000);
    const a = await saveCase(
      {
        ...loaded,
        status: 'submitted',
        sellerAddress: 'Алматы, ул. Абая 1',
        timeline: [...loaded.timeline, claim],
      },
      loaded,
    );
    expect(a.merged).toBe(false);
    // Editor B (another tab) still holds `loaded` and edits the description.
    const b = await saveCase({ ...loaded, description: 'Не включаются' }, loaded);
    expect(b.merged).toBe(true);
    const stored = await getCase(loaded.id);
    expect(stored?.timeline.map((e) => e.id)).toContain(claim.id);
    expect(stored).toMatchObject({
      status: 'submitted',
      sellerAddress: 'Алматы, ул. Абая 1',
      description: 'Не включаются',
    });
    expect(b.case).toEqual(stored);
    expect(b.case.updatedAt).toBeGreaterThan(a.case.updatedAt);
  });

  it('an unchanged stored case is written as is; the next save from the returned case merges nothing', async () => {
    const loaded = await putCase(base());
    const first = await saveCase({ ...loaded, description: 'один' }, loaded);
    expect(first.merged).toBe(false);
    const second = await saveCase({ ...first.case, description: 'два' }, first.case);
    expect(second.merged).toBe(false);
    expect((await getCase(loaded.id))?.description).toBe('два');
    expect(sent).toHaveLength(2);
  });

  it('an event imported meanwhile (stored row replaced) survives the editor’s save', async () => {
    const loaded = await putCase(base());
    const answer = event('answer-received', T0 + 5000);
    // An import writes the case directly (applyImport's own transaction), without the editor knowing.
    await db.cases.put({ ...loaded, timeline: [...loaded.timeline, answer], updatedAt: T0 + 5000 });
    const saved = await saveCase({ ...loaded, remedy: 'replacement' }, loaded);
    expect(saved.merged).toBe(true);
    expect(saved.case.timeline.map((e) => e.id)).toContain(answer.id);
    expect(saved.case.remedy).toBe('replacement');
  });

  it('a new case (no base) is written; a save without base never drops stored events', async () => {
    const fresh = base();
    expect((await saveCase(fresh, null)).merged).toBe(false);
    const claim = event('claim-sent', T0 + 1000);
    await db.cases.put({ ...fresh, timeline: [...fresh.timeline, claim] });
    const again = await saveCase({ ...fresh, description: 'x' }, null);
    expect(again.case.timeline.map((e) => e.id)).toContain(claim.id);
    expect(again.case.description).toBe('x');
  });
});
