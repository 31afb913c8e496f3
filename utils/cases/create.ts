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

/** The event that records "I sent it" through this channel (the channel's role: CHANNEL_ROLES), if any. */
export function sentEventOf<T extends Pick<CaseInput, 'timeline'>>(
  c: T,
  channel: Channel,
): NonNullable<T['timeline']>[number] | null {
  const kind = CHANNEL_ROLES[channel].event;
  // An event undone on the case page (lifecycle.ts: undoneAt) no longer counts as sent.
  return (c.timeline ?? []).findLast((e) => e.kind === kind && e.channel === channel && !e.undoneAt) ?? null;
}

/** The channels the buyer has marked as sent through, in the order they were marked. */
export function sentChannels(c: Pick<CaseInput, 'timeline'>): Channel[] {
  const out: Channel[] = [];
  for (const e of c.timeline ?? [])
    if (e.channel && !e.undoneAt && CHANNEL_ROLES[e.channel].event === e.kind && !out.includes(e.channel))
      out.push(e.channel);
  return out;
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
