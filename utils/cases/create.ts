import type { CaseInput, Channel, OrderFacts, ProblemKind, Remedy, TimelineEvent } from './schema';

type EventInput = Pick<TimelineEvent, 'kind'> & Partial<Omit<TimelineEvent, 'id' | 'kind'>>;

/** A timeline event with a fresh id. */
export function makeEvent(event: EventInput, now: number): TimelineEvent {
  return {
    id: crypto.randomUUID(),
    at: event.at ?? now,
    kind: event.kind,
    date: event.date ?? null,
    channel: event.channel ?? null,
    note: event.note ?? '',
  };
}

export interface NewCaseInput {
  order: Record<keyof OrderFacts, unknown>;
  problem: ProblemKind | null;
  remedy: Remedy | null;
  description: string;
  status?: 'draft' | 'open';
}

/** A new case, not yet validated: the caller writes it with putCase (which parses it). */
export function newCase(input: NewCaseInput, now: number, id: string = crypto.randomUUID()): CaseInput {
  return {
    id,
    order: input.order as OrderFacts,
    problem: input.problem,
    remedy: input.remedy,
    description: input.description,
    status: input.status ?? 'open',
    buyer: null,
    timeline: [makeEvent({ kind: 'created' }, now)],
    createdAt: now,
    updatedAt: now,
  };
}

/** "I sent it": records the channel and day, and the case becomes submitted. */
export function markSubmitted<T extends CaseInput>(c: T, channel: Channel, date: string, now: number): T {
  const kind =
    channel === 'claim-letter' ? 'claim-sent' : channel === 'authority' ? 'escalated' : 'submitted';
  return {
    ...c,
    status: channel === 'authority' ? 'escalated' : 'submitted',
    timeline: [...(c.timeline ?? []), makeEvent({ kind, channel, date }, now)],
    updatedAt: now,
  };
}
