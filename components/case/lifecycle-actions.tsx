import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { channelName } from '@/utils/channels';
import { letterInputOf } from '@/utils/cases/letter-input';
import {
  ACTION_SECTIONS,
  addNote,
  closeCase,
  escalate,
  markSent,
  nextAction,
  recordAnswer,
  recordOutcome,
  reopenCase,
  sellerAnswerForAppeal,
  sentEvent,
  undoEvent,
  type LifecycleSection,
} from '@/utils/cases/lifecycle';
import {
  ANSWER_PARTIES,
  CHANNELS,
  OUTCOMES,
  type AnswerParty,
  type Case,
  type Channel,
  type Outcome,
} from '@/utils/cases/schema';
import { deadlinesOf } from '@/utils/cases/deadlines';
import type { Evidence } from '@/utils/evidence/schema';
import { EvidenceError, addEvidence } from '@/utils/evidence/store';
import { LAW } from '@/utils/facts/law';
import { buildText, MISSING_FIELD_LABELS, MissingFactsError } from '@/utils/letters';
import { formatDate } from '@/utils/letters/format';
import { useLang } from '../use-lang';
import { useToday } from '../use-today';
import { useCaseWrite } from './use-case-write';
import { Button, FilePicker } from '@/components/ui';
import { DateInput } from '@/components/date-input';

/**
 * A titled, foldable group of one lifecycle action; `id` is where the "what to do now" card sends the
 * buyer. Open while it is what the case needs next, or once the buyer opened it.
 */
function Group({
  id,
  title,
  open,
  onToggle,
  children,
}: {
  id: LifecycleSection;
  title: string;
  open: boolean;
  onToggle: (id: LifecycleSection, open: boolean) => void;
  children: ReactNode;
}) {
  return (
    <details
      id={id}
      className="fold lifecycle-group"
      open={open}
      onToggle={(e) => onToggle(id, e.currentTarget.open)}
    >
      <summary>
        <h3 id={`${id}-title`}>{title}</h3>
      </summary>
      <div className="fold__body">{children}</div>
    </details>
  );
}

/** Who answered: the seller, Kaspi or the authority (the answer and the outcome forms). */
function PartySelect({
  name,
  value,
  onChange,
}: {
  name: string;
  value: AnswerParty;
  onChange: (party: AnswerParty) => void;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {t('lifecycle.answer.party')}{' '}
      <select name={name} value={value} onChange={(e) => onChange(e.target.value as AnswerParty)}>
        {ANSWER_PARTIES.map((p) => (
          <option key={p} value={p}>
            {t(`lifecycle.party.${p}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The day it came, not after today. */
function DayField({
  name,
  value,
  max,
  onChange,
}: {
  name: string;
  value: string;
  max: string;
  onChange: (day: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {t('lifecycle.answer.date')}{' '}
      <DateInput name={name} value={value} max={max} onChange={(e) => onChange(e.target.value)} required />
    </label>
  );
}

/** Files backing an answer or an outcome (a screenshot of the reply), added to the case's evidence. */
function ReplyFiles({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <FilePicker
      id={name}
      name={name}
      multiple
      label={t('lifecycle.answer.files')}
      button={t('ui.chooseFiles')}
    />
  );
}

/** The time an event is recorded (called from event handlers, never during render). */
const now = (): number => Date.now();

/** Adds the chosen files to the case's evidence (screenshots of a reply) and returns their ids. */
async function addFiles(caseId: string, files: FileList | null): Promise<string[]> {
  const ids: string[] = [];
  for (const file of Array.from(files ?? [])) {
    try {
      const meta = await addEvidence({ caseId, kind: 'chat-screenshot', file, fileName: file.name });
      ids.push(meta.id);
    } catch (error) {
      // The same screenshot is already in the case: the answer points at it rather than a copy.
      const existing = error instanceof EvidenceError ? error.detail.existing : undefined;
      if (!existing) throw error;
      ids.push(existing.id);
    }
  }
  return ids;
}

/**
 * The case's lifecycle steps: "I sent it" (once per channel, with undo), an answer, the outcome, the
 * appeal to the authority (its text with the whole history, its own deadline), close or reopen, a note.
 * Each writes one timeline event through saveCase (utils/cases/lifecycle.ts decides what it does).
 */
export function LifecycleActions({ kase, evidence }: { kase: Case; evidence: readonly Evidence[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = useToday();
  const { write, error, busy } = useCaseWrite(kase);
  const closed = kase.status === 'closed' || kase.status === 'resolved';

  const [channel, setChannel] = useState<Channel>('claim-letter');
  const [sentDate, setSentDate] = useState(today);
  const sent = CHANNELS.map((c) => sentEvent(kase, c)).filter((e) => e !== null);

  const [party, setParty] = useState<AnswerParty>('seller');
  const [answerDate, setAnswerDate] = useState(today);
  const [answerText, setAnswerText] = useState('');

  const [outcomeParty, setOutcomeParty] = useState<AnswerParty>('seller');
  const [outcome, setOutcome] = useState<Outcome>('refused');
  const [outcomeDate, setOutcomeDate] = useState(today);
  const [outcomeNote, setOutcomeNote] = useState('');

  const [appealDate, setAppealDate] = useState(today);
  const [note, setNote] = useState('');

  // The groups the next action needs open; a group the buyer opened stays open while the page is.
  const needed = ACTION_SECTIONS[nextAction(kase, deadlinesOf(kase, today)).kind];
  const [opened, setOpened] = useState<ReadonlySet<LifecycleSection>>(() => new Set(needed));
  const neededKey = needed.join(' ');
  const [openedFor, setOpenedFor] = useState(neededKey);
  if (openedFor !== neededKey) {
    // The next action changed (a write): open what it needs, keep what is open.
    setOpenedFor(neededKey);
    setOpened((was) => new Set([...was, ...needed]));
  }
  const group = (id: LifecycleSection) => ({
    id,
    open: opened.has(id),
    onToggle: (which: LifecycleSection, open: boolean) =>
      setOpened((was) => {
        if (was.has(which) === open) return was;
        const next = new Set(was);
        if (open) next.add(which);
        else next.delete(which);
        return next;
      }),
  });

  const onAnswer = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const files = form.querySelector<HTMLInputElement>('input[type="file"]')?.files ?? null;
    const evidenceIds = await addFiles(kase.id, files);
    if (
      await write((c) => recordAnswer(c, { party, date: answerDate, text: answerText, evidenceIds }, now()))
    ) {
      setAnswerText('');
      form.reset();
    }
  };
  const onOutcome = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const files = form.querySelector<HTMLInputElement>('input[type="file"]')?.files ?? null;
    const evidenceIds = await addFiles(kase.id, files);
    if (
      await write((c) =>
        recordOutcome(
          c,
          { party: outcomeParty, outcome, date: outcomeDate, note: outcomeNote, evidenceIds },
          now(),
        ),
      )
    ) {
      setOutcomeNote('');
      form.reset();
    }
  };

  // The appeal: the seller's answer as the history says, the whole history in the text.
  const sellerLate = deadlinesOf(kase, today).some(
    (d) => d.kind === 'seller-claim-answer' && d.status === 'overdue',
  );
  const forAppeal = { ...kase, sellerAnswer: sellerAnswerForAppeal(kase, sellerLate) };
  let appeal: { text: string } | { missing: string[] };
  try {
    appeal = { text: buildText('authority-appeal', letterInputOf(forAppeal, today, evidence), lang) };
  } catch (err) {
    if (!(err instanceof MissingFactsError)) throw err;
    appeal = { missing: err.missing.map((m) => MISSING_FIELD_LABELS[m][lang]) };
  }
  const term = LAW.appealTerm;

  return (
    <div className="lifecycle no-print" data-status={kase.status}>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <Group {...group('lifecycle-sent')} title={t('lifecycle.sent.title')}>
        {sent.length > 0 && (
          <ul className="lifecycle-sent">
            {sent.map((e) => (
              <li key={e.id} data-sent={e.channel}>
                {t('lifecycle.sent.done', {
                  channel: e.channel ? channelName(e.channel, lang) : '',
                  date: formatDate(e.date ?? today, lang),
                })}{' '}
                <Button disabled={busy} onClick={() => void write((c) => undoEvent(c, e.id, now()))}>
                  {t('lifecycle.timeline.undo')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void write((c) => markSent(c, channel, sentDate, now()));
          }}
        >
          <label>
            {t('lifecycle.sent.channel')}{' '}
            <select
              name="sentChannel"
              value={channel}
              onChange={(e) => setChannel(e.target.value as Channel)}
            >
              {CHANNELS.filter((c) => c !== 'authority').map((c) => (
                <option key={c} value={c}>
                  {channelName(c, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('lifecycle.sent.date')}{' '}
            <DateInput
              name="sentDate"
              value={sentDate}
              max={today}
              onChange={(e) => setSentDate(e.target.value)}
              required
            />
          </label>
          <Button type="submit" disabled={busy}>
            {t('lifecycle.sent.submit')}
          </Button>
        </form>
      </Group>

      <Group {...group('lifecycle-answer')} title={t('lifecycle.answer.title')}>
        <form onSubmit={(e) => void onAnswer(e)}>
          <PartySelect name="answerParty" value={party} onChange={setParty} />{' '}
          <DayField name="answerDate" value={answerDate} max={today} onChange={setAnswerDate} />
          <label className="stack">
            {t('lifecycle.answer.text')}
            <textarea
              name="answerText"
              rows={3}
              maxLength={2000}
              value={answerText}
              onChange={(e) => setAnswerText(e.target.value)}
            />
          </label>
          <ReplyFiles name="answerFiles" />
          <Button type="submit" disabled={busy}>
            {t('lifecycle.answer.submit')}
          </Button>
        </form>
      </Group>

      <Group {...group('lifecycle-outcome')} title={t('lifecycle.outcome.title')}>
        <form onSubmit={(e) => void onOutcome(e)}>
          <PartySelect name="outcomeParty" value={outcomeParty} onChange={setOutcomeParty} />{' '}
          <label>
            {t('lifecycle.outcome.label')}{' '}
            <select name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`lifecycle.outcome.${o}`)}
                </option>
              ))}
            </select>
          </label>{' '}
          <DayField name="outcomeDate" value={outcomeDate} max={today} onChange={setOutcomeDate} />
          <label className="stack">
            {t('lifecycle.answer.text')}
            <textarea
              name="outcomeNote"
              rows={2}
              maxLength={2000}
              value={outcomeNote}
              onChange={(e) => setOutcomeNote(e.target.value)}
            />
          </label>
          <ReplyFiles name="outcomeFiles" />
          <Button type="submit" disabled={busy}>
            {t('lifecycle.outcome.submit')}
          </Button>
        </form>
      </Group>

      <Group {...group('lifecycle-escalate')} title={t('lifecycle.escalate.title')}>
        <p data-appeal-term={term.citable ? term.ref.article : 'unconfirmed'}>
          {term.citable
            ? t('lifecycle.escalate.term', { days: 15, article: term.ref.article })
            : t('lifecycle.escalate.termUnconfirmed')}
        </p>
        {'text' in appeal ? (
          <label className="stack">
            {t('lifecycle.escalate.text')}
            <textarea name="appealText" readOnly rows={14} value={appeal.text} />
          </label>
        ) : (
          <p className="notice" data-appeal-missing>
            {t('lifecycle.escalate.missing', { fields: appeal.missing.join(', ') })}
          </p>
        )}
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void write((c) => escalate({ ...c, sellerAnswer: forAppeal.sellerAnswer }, appealDate, now()));
          }}
        >
          <label>
            {t('lifecycle.escalate.date')}{' '}
            <DateInput
              name="appealDate"
              value={appealDate}
              max={today}
              onChange={(e) => setAppealDate(e.target.value)}
              required
            />
          </label>
          <Button type="submit" disabled={busy}>
            {t('lifecycle.escalate.submit')}
          </Button>
        </form>
      </Group>

      <Group {...group('lifecycle-close')} title={closed ? t('lifecycle.reopen') : t('lifecycle.close')}>
        {kase.status === 'closed' ? (
          <Button disabled={busy} onClick={() => void write((c) => reopenCase(c, today, now()))}>
            {t('lifecycle.reopen')}
          </Button>
        ) : (
          <Button disabled={busy} onClick={() => void write((c) => closeCase(c, today, now()))}>
            {t('lifecycle.close')}
          </Button>
        )}
      </Group>

      <Group {...group('lifecycle-note')} title={t('lifecycle.note.title')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!note.trim()) return;
            void write((c) => addNote(c, today, note, now())).then((ok) => ok && setNote(''));
          }}
        >
          <label className="stack">
            {t('lifecycle.note.text')}
            <textarea
              name="noteText"
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          <Button type="submit" disabled={busy}>
            {t('lifecycle.note.submit')}
          </Button>
        </form>
      </Group>
    </div>
  );
}
