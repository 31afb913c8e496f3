/**
 * A case from the first "I sent it" to its end, as pure functions on the case (issue 10). Every step is
 * a timeline event with its day in Kazakhstan; the status is derived from the events that stand, so
 * undoing or correcting an event puts the case back where the remaining events say it is. Nothing here
 * writes: the case page passes the result to saveCase (utils/cases/store.ts).
 *
 * - "I sent it": once per channel (a second one corrects the day of the first), undoable;
 * - an answer from the seller, Kaspi or the authority: day, what they said, files (evidence ids);
 * - the outcome: refunded, replaced, repaired, price reduced — the case is resolved — or refused;
 * - escalation: the appeal to the authority ('escalated', channel 'authority'), with its own deadline
 *   (utils/deadlines/rules.ts 'authority-answer', APPK Art. 76);
 * - close and reopen; notes; undo (and redo) of any event; correcting its day or text.
 *
 * Deadlines and reminders follow: resolved and closed cases have none (computeDeadlines), so the
 * background drops their reminders and they leave the badge.
 */
import { CHANNEL_ROLES, SUPPORT_CHANNELS, eventDate, type Deadline } from '../deadlines/rules';
import { daysBetween } from '../deadlines/calendar';
import { makeEvent } from './create';
import {
  CASE_STATUSES,
  type AnswerParty,
  type Case,
  type CaseStatus,
  type Channel,
  type Outcome,
  type TimelineEvent,
} from './schema';

/** The events that stand (not undone). */
export const standing = (timeline: readonly TimelineEvent[]): TimelineEvent[] =>
  timeline.filter((e) => !e.undoneAt);

/** Events in the order they happened: their Kazakhstan day, then when they were recorded. */
export function inOrder(timeline: readonly TimelineEvent[]): TimelineEvent[] {
  return timeline
    .map((e, i) => ({ e, i, day: eventDate(e) }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.e.at - b.e.at || a.i - b.i))
    .map(({ e }) => e);
}

const SENT_KINDS: readonly TimelineEvent['kind'][] = ['submitted', 'claim-sent', 'escalated'];

/**
 * The status the standing events give. A case with nothing sent stays a draft while it is one, else
 * open; a sent request makes it submitted, an appeal escalated; an outcome other than a refusal
 * resolves it; closing closes it, and reopening takes it back to where the requests left it.
 */
export function deriveStatus(c: Pick<Case, 'status' | 'timeline'>): CaseStatus {
  const events = inOrder(standing(c.timeline));
  const lifecycle = events.filter(
    (e) => !['created', 'edited', 'note', 'evidence-added', 'evidence-removed'].includes(e.kind),
  );
  let active = (c.status === 'draft' && lifecycle.length === 0 ? 'draft' : 'open') as CaseStatus;
  let status: CaseStatus = active;
  for (const e of lifecycle) {
    if (SENT_KINDS.includes(e.kind)) {
      const escalates =
        e.kind === 'escalated' || (e.channel !== null && CHANNEL_ROLES[e.channel].event === 'escalated');
      active = escalates || active === 'escalated' ? 'escalated' : 'submitted';
      if (status !== 'closed' && status !== 'resolved') status = active;
    } else if (e.kind === 'outcome') {
      if (e.outcome && e.outcome !== 'refused' && status !== 'closed') status = 'resolved';
    } else if (e.kind === 'resolved') {
      if (status !== 'closed') status = 'resolved';
    } else if (e.kind === 'closed') status = 'closed';
    else if (e.kind === 'reopened') status = active === 'draft' ? 'open' : active;
  }
  return status;
}

/** The case with one more event, its status derived again. */
function withEvent<T extends Case>(c: T, event: TimelineEvent, now: number): T {
  const next = { ...c, timeline: [...c.timeline, event], updatedAt: now };
  return { ...next, status: deriveStatus(next) };
}

/** The standing "I sent it" event of a channel, if there is one. */
export function sentEvent(c: Pick<Case, 'timeline'>, channel: Channel): TimelineEvent | null {
  const kind = CHANNEL_ROLES[channel].event;
  return standing(c.timeline).findLast((e) => e.channel === channel && e.kind === kind) ?? null;
}

/**
 * "I sent it" on a channel, on `date`: once per channel — a second time corrects the day of the first
 * (the claim letter's day moves its seller deadline), never a second event; after an undo, the undone
 * event stands again (with this day).
 */
export function markSent<T extends Case>(c: T, channel: Channel, date: string, now: number): T {
  const existing = sentEvent(c, channel);
  if (existing) return existing.date === date ? c : correctEvent(c, existing.id, { date }, now);
  const kind = CHANNEL_ROLES[channel].event;
  const undone = c.timeline.findLast((e) => e.channel === channel && e.kind === kind && e.undoneAt);
  if (undone) {
    const again = redoEvent(c, undone.id, now);
    return undone.date === date ? again : correctEvent(again, undone.id, { date }, now);
  }
  return withEvent(c, makeEvent({ kind: CHANNEL_ROLES[channel].event, channel, date }, now), now);
}

/**
 * Undo of "I sent it" for one channel (the panel's channel step): its standing event is undone — kept in
 * the history, marked — and the status follows what is left. A channel never marked: the same case.
 */
export function unmarkSent<T extends Case>(c: T, channel: Channel, now: number): T {
  const existing = sentEvent(c, channel);
  return existing ? undoEvent(c, existing.id, now) : c;
}

export interface AnswerInput {
  party: AnswerParty;
  /** The day the answer came, in Kazakhstan. */
  date: string;
  /** What they said, in the buyer's words or copied. */
  text: string;
  /** Files backing it (e.g. a screenshot of the reply), already added to the case's evidence. */
  evidenceIds?: readonly string[];
}

/** The channel an answer arrived on: the seller answers the claim letter, Kaspi the last support request. */
function answerChannel(c: Pick<Case, 'timeline'>, party: AnswerParty): Channel | null {
  if (party === 'seller') return 'claim-letter';
  if (party === 'authority') return 'authority';
  const asked = standing(c.timeline).findLast(
    (e) => e.kind === 'submitted' && e.channel !== null && SUPPORT_CHANNELS.includes(e.channel),
  );
  return asked?.channel ?? 'app';
}

/** An answer from the seller, Kaspi or the authority: ends that side's wait. */
export function recordAnswer<T extends Case>(c: T, input: AnswerInput, now: number): T {
  return withEvent(
    c,
    makeEvent(
      {
        kind: 'answer-received',
        party: input.party,
        channel: answerChannel(c, input.party),
        date: input.date,
        note: input.text,
        evidenceIds: [...(input.evidenceIds ?? [])],
      },
      now,
    ),
    now,
  );
}

export interface OutcomeInput {
  party: AnswerParty;
  outcome: Outcome;
  date: string;
  note?: string;
  evidenceIds?: readonly string[];
}

/**
 * What came of it. A refusal by the seller is what the appeal says the seller answered
 * (`sellerAnswer: 'refused'`); any other outcome resolves the case.
 */
export function recordOutcome<T extends Case>(c: T, input: OutcomeInput, now: number): T {
  const next = withEvent(
    c,
    makeEvent(
      {
        kind: 'outcome',
        party: input.party,
        outcome: input.outcome,
        channel: answerChannel(c, input.party),
        date: input.date,
        note: input.note ?? '',
        evidenceIds: [...(input.evidenceIds ?? [])],
      },
      now,
    ),
    now,
  );
  return input.outcome === 'refused' && input.party === 'seller'
    ? { ...next, sellerAnswer: 'refused' }
    : next;
}

/**
 * The seller's answer as the appeal states it: refused when a standing outcome or answer says so,
 * else 'no-answer' once the seller's deadline has passed without one; null when neither can be said.
 */
export function sellerAnswerForAppeal(
  c: Pick<Case, 'timeline' | 'sellerAnswer'>,
  sellerDeadlineOverdue: boolean,
): 'refused' | 'no-answer' | null {
  const events = standing(c.timeline);
  if (events.some((e) => e.kind === 'outcome' && e.party === 'seller' && e.outcome === 'refused'))
    return 'refused';
  if (c.sellerAnswer === 'refused') return 'refused';
  const answered = events.some((e) => e.kind === 'answer-received' && e.party === 'seller');
  return !answered && sellerDeadlineOverdue ? 'no-answer' : (c.sellerAnswer ?? null);
}

/** The appeal went to the authority on `date` (once; a second time corrects its day). */
export function escalate<T extends Case>(c: T, date: string, now: number, note = ''): T {
  const sent = markSent(c, 'authority', date, now);
  if (!note) return sent;
  const e = sentEvent(sent, 'authority');
  return e ? correctEvent(sent, e.id, { note }, now) : sent;
}

export function closeCase<T extends Case>(c: T, date: string, now: number, note = ''): T {
  return c.status === 'closed' ? c : withEvent(c, makeEvent({ kind: 'closed', date, note }, now), now);
}

export function reopenCase<T extends Case>(c: T, date: string, now: number, note = ''): T {
  return c.status !== 'closed' && c.status !== 'resolved'
    ? c
    : withEvent(c, makeEvent({ kind: 'reopened', date, note }, now), now);
}

/** The metadata of a removed file that its timeline event keeps (what, its hash, when it was added). */
export interface RemovedEvidence {
  id: string;
  fileName: string;
  kind: NonNullable<TimelineEvent['evidence']>['kind'];
  size: number;
  sha256: string;
  capturedAt: number;
}

/**
 * A file removed from the case's evidence, logged as Hunchly logs deletions: the event keeps its name,
 * kind, size, SHA-256 and when it had been added, on the day it was removed. It stays in the history:
 * it cannot be undone (the file is gone) or corrected.
 */
export function recordEvidenceRemoved<T extends Case>(c: T, removed: RemovedEvidence, now: number): T {
  const event: TimelineEvent = {
    // The note says it in every language alike, so the history, the report and summary.txt show it as is.
    ...makeEvent({ kind: 'evidence-removed', note: `${removed.fileName} · SHA-256 ${removed.sha256}` }, now),
    evidence: {
      id: removed.id,
      fileName: removed.fileName,
      kind: removed.kind,
      size: removed.size,
      sha256: removed.sha256,
      capturedAt: removed.capturedAt,
    },
  };
  return withEvent(c, event, now);
}

export function addNote<T extends Case>(c: T, date: string, text: string, now: number): T {
  return withEvent(c, makeEvent({ kind: 'note', date, note: text }, now), now);
}

function mapEvent<T extends Case>(
  c: T,
  id: string,
  change: (e: TimelineEvent) => TimelineEvent,
  now: number,
): T {
  if (!c.timeline.some((e) => e.id === id)) return c;
  const next = { ...c, timeline: c.timeline.map((e) => (e.id === id ? change(e) : e)), updatedAt: now };
  return { ...next, status: deriveStatus(next) };
}

/** Events that cannot be undone: the case's creation, and the log of a removed file. */
export const canUndo = (e: TimelineEvent): boolean =>
  e.kind !== 'created' && e.kind !== 'evidence-removed' && !e.undoneAt;

/** Events whose day or text the buyer may correct (not the creation, not a log of a removal). */
export const canCorrect = (e: TimelineEvent): boolean =>
  e.kind !== 'created' && e.kind !== 'evidence-removed' && !e.undoneAt;

/** Undoes an event: it stays in the history, marked, and counts for nothing. */
export function undoEvent<T extends Case>(c: T, id: string, now: number): T {
  return mapEvent(c, id, (e) => (canUndo(e) ? { ...e, undoneAt: now } : e), now);
}

/** Takes back an undo. */
export function redoEvent<T extends Case>(c: T, id: string, now: number): T {
  return mapEvent(c, id, (e) => (e.undoneAt ? { ...e, undoneAt: null } : e), now);
}

/** Corrects an event's day, text or outcome. */
export function correctEvent<T extends Case>(
  c: T,
  id: string,
  change: Partial<Pick<TimelineEvent, 'date' | 'note' | 'outcome' | 'evidenceIds'>>,
  now: number,
): T {
  // The log of a removed file is a record, not something the buyer said: it is never rewritten.
  return mapEvent(
    c,
    id,
    (e) => (e.kind === 'evidence-removed' ? e : { ...e, ...change, correctedAt: now }),
    now,
  );
}

/** The one thing to do now, for the "what to do now" card. */
export type NextAction =
  | { kind: 'send-texts' }
  | { kind: 'wait'; until: string; deadline: Deadline }
  | { kind: 'escalate'; late: Deadline | null }
  | { kind: 'wait-authority'; until: string; deadline: Deadline }
  | { kind: 'authority-late'; late: Deadline }
  | { kind: 'record-outcome' }
  | { kind: 'close' }
  | { kind: 'closed' };

/** The case page's lifecycle forms (components/case/lifecycle-actions.tsx), by the id the page gives them. */
export type LifecycleSection =
  | 'lifecycle-sent'
  | 'lifecycle-answer'
  | 'lifecycle-outcome'
  | 'lifecycle-escalate'
  | 'lifecycle-close'
  | 'lifecycle-note';

/**
 * Where each next action is done: the first section is where "what to do now" leads; all of them are
 * open on the case page while that is the next action (the others stay folded until the buyer opens them).
 */
export const ACTION_SECTIONS: Record<NextAction['kind'], readonly LifecycleSection[]> = {
  'send-texts': ['lifecycle-sent'],
  wait: ['lifecycle-answer', 'lifecycle-outcome'],
  escalate: ['lifecycle-escalate'],
  'wait-authority': ['lifecycle-answer', 'lifecycle-outcome'],
  'authority-late': ['lifecycle-answer', 'lifecycle-outcome'],
  'record-outcome': ['lifecycle-outcome'],
  close: ['lifecycle-close'],
  closed: ['lifecycle-close'],
};

/** The status as the buyer reads it: a sent case the seller or Kaspi refused reads "refused", not "sent". */
export type ShownStatus = CaseStatus | 'refused';
export const SHOWN_STATUSES = [...CASE_STATUSES, 'refused'] as const satisfies readonly ShownStatus[];

export function shownStatus(c: Pick<Case, 'status' | 'timeline'>): ShownStatus {
  if (c.status !== 'submitted') return c.status;
  const refused = standing(c.timeline).some(
    (e) => e.kind === 'outcome' && e.outcome === 'refused' && e.party !== 'authority',
  );
  return refused ? 'refused' : c.status;
}

/** What fits the status: send the texts; wait for the answer until DATE; the appeal is ready; close. */
export function nextAction(c: Pick<Case, 'status' | 'timeline'>, deadlines: readonly Deadline[]): NextAction {
  if (c.status === 'closed') return { kind: 'closed' };
  if (c.status === 'resolved') return { kind: 'close' };
  if (c.status === 'draft' || c.status === 'open') return { kind: 'send-texts' };
  const authority = deadlines.find((d) => d.kind === 'authority-answer');
  if (authority)
    return authority.status === 'overdue'
      ? { kind: 'authority-late', late: authority }
      : { kind: 'wait-authority', until: authority.dueDate, deadline: authority };
  // Refused by the seller or by Kaspi, not yet escalated: the appeal is what is left.
  if (shownStatus(c) === 'refused') return { kind: 'escalate', late: null };
  const awaited = deadlines.filter(
    (d) => d.kind === 'seller-claim-answer' || d.kind === 'kaspi-support-answer',
  );
  const late = awaited.find((d) => d.status === 'overdue');
  if (late) return { kind: 'escalate', late };
  const next = [...awaited].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1))[0];
  if (next) return { kind: 'wait', until: next.dueDate, deadline: next };
  // Sent, answered, nothing awaited: what came of it?
  return { kind: 'record-outcome' };
}

/** Days from today to a date (negative when past): "in N days". */
export const daysUntil = (today: string, date: string): number => daysBetween(today, date);

/** One line of the case's history, for the appeal and the printed summary (in time order, standing only). */
export interface HistoryLine {
  date: string;
  kind: TimelineEvent['kind'];
  channel: Channel | null;
  party: AnswerParty | null;
  outcome: Outcome | null;
  note: string;
}

export function historyOf(c: Pick<Case, 'timeline'>): HistoryLine[] {
  return inOrder(standing(c.timeline))
    .filter((e) => e.kind !== 'edited' && e.kind !== 'evidence-added' && e.kind !== 'evidence-removed')
    .map((e) => ({
      date: eventDate(e),
      kind: e.kind,
      channel: e.channel,
      party: e.party ?? null,
      outcome: e.outcome ?? null,
      note: e.note,
    }));
}
