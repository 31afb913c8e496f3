import { CHANNEL_ROLES } from '../deadlines/rules';
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
    ...(event.party ? { party: event.party } : {}),
    ...(event.outcome ? { outcome: event.outcome } : {}),
    ...(event.evidenceIds?.length ? { evidenceIds: event.evidenceIds } : {}),
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

/** "I sent it": records the channel and day (the event each channel records: CHANNEL_ROLES), and the case becomes submitted. */
export function markSubmitted<T extends CaseInput>(c: T, channel: Channel, date: string, now: number): T {
  const kind = CHANNEL_ROLES[channel].event;
  return {
    ...c,
    status: kind === 'escalated' ? 'escalated' : 'submitted',
    timeline: [...(c.timeline ?? []), makeEvent({ kind, channel, date }, now)],
    updatedAt: now,
  };
}

/** Once the texts are in front of the buyer, the complaint is prepared: a draft becomes open. */
export function markPrepared<T extends Pick<CaseInput, 'status'>>(c: T): T {
  return c.status === 'draft' ? { ...c, status: 'open' } : c;
}

/** The day the claim went to the seller: one 'claim-sent' event, moved when the buyer corrects the date. */
export function setClaimSentDate<T extends CaseInput>(c: T, date: string, now: number): T {
  const timeline = c.timeline ?? [];
  const index = timeline.findLastIndex((e) => e.kind === 'claim-sent');
  if (index < 0)
    return {
      ...c,
      timeline: [...timeline, makeEvent({ kind: 'claim-sent', channel: 'claim-letter', date }, now)],
    };
  return { ...c, timeline: timeline.map((e, i) => (i === index ? { ...e, date } : e)) };
}
