import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channelName } from '@/utils/channels';
import { canCorrect, canUndo, correctEvent, inOrder, redoEvent, undoEvent } from '@/utils/cases/lifecycle';
import type { Case, TimelineEvent } from '@/utils/cases/schema';
import { eventDate } from '@/utils/deadlines/rules';
import type { Evidence } from '@/utils/evidence/schema';
import { formatDate } from '@/utils/letters/format';
import { useLang } from '../use-lang';
import { useToday } from '../use-today';
import { useCaseWrite } from './use-case-write';
import { Button } from '@/components/ui';
import { DateInput } from '@/components/date-input';

/** One event's line: what, by whom, what came of it, on which channel. */
function useEventText() {
  const { t } = useTranslation();
  const lang = useLang();
  return (e: TimelineEvent) =>
    [
      t(`timeline.${e.kind}`) + (e.channel && !e.party ? ` (${channelName(e.channel, lang)})` : ''),
      e.party ? t(`lifecycle.party.${e.party}`) : null,
      e.outcome ? t(`lifecycle.outcome.${e.outcome}`) : null,
    ]
      .filter(Boolean)
      .join(' · ');
}

/**
 * The case's history, in the order things happened (their day in Kazakhstan): each event with its
 * date, its words and files; undo (the event stays, marked, and counts for nothing), restore, and
 * correct its day or text. Evidence added to the case is listed with its day too.
 */
export function CaseTimeline({ kase, evidence }: { kase: Case; evidence: readonly Evidence[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = useToday();
  const text = useEventText();
  const { write, busy, error } = useCaseWrite(kase);
  const [editing, setEditing] = useState<{ id: string; date: string; note: string } | null>(null);
  const fileName = new Map(evidence.map((e) => [e.id, e.fileName]));
  const events = inOrder(kase.timeline);
  return (
    <section className="case-timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('case.timeline')}</h2>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <ol className="timeline">
        {events.map((e) => {
          const files = (e.evidenceIds ?? []).map((id) => fileName.get(id)).filter(Boolean);
          const isEditing = editing?.id === e.id;
          return (
            <li key={e.id} data-event={e.kind} data-undone={e.undoneAt ? '' : undefined}>
              <time dateTime={eventDate(e)}>{formatDate(eventDate(e), lang)}</time> —{' '}
              {e.undoneAt ? <s>{text(e)}</s> : text(e)}
              {e.undoneAt && <em className="muted"> ({t('lifecycle.timeline.undone')})</em>}
              {e.correctedAt && !e.undoneAt && (
                <em className="muted"> ({t('lifecycle.timeline.corrected')})</em>
              )}
              {e.note && <span className="timeline__note">: {e.note}</span>}
              {files.length > 0 && (
                <small className="muted"> {t('lifecycle.timeline.files', { names: files.join(', ') })}</small>
              )}
              {isEditing ? (
                <form
                  className="row no-print"
                  onSubmit={(ev) => {
                    ev.preventDefault();
                    void write((c) =>
                      correctEvent(c, e.id, { date: editing.date, note: editing.note }, Date.now()),
                    ).then((ok) => ok && setEditing(null));
                  }}
                >
                  <DateInput
                    name="eventDate"
                    value={editing.date}
                    max={today}
                    required
                    onChange={(ev) => setEditing({ ...editing, date: ev.target.value })}
                    aria-label={t('lifecycle.sent.date')}
                  />
                  <input
                    type="text"
                    name="eventNote"
                    value={editing.note}
                    maxLength={2000}
                    onChange={(ev) => setEditing({ ...editing, note: ev.target.value })}
                    aria-label={t('lifecycle.answer.text')}
                  />
                  <Button type="submit" disabled={busy}>
                    {t('lifecycle.timeline.save')}
                  </Button>
                  <Button onClick={() => setEditing(null)}>{t('lifecycle.timeline.cancel')}</Button>
                </form>
              ) : (
                <span className="timeline__actions no-print">
                  {' '}
                  {canUndo(e) && (
                    <Button disabled={busy} onClick={() => void write((c) => undoEvent(c, e.id, Date.now()))}>
                      {t('lifecycle.timeline.undo')}
                    </Button>
                  )}
                  {e.undoneAt && (
                    <Button disabled={busy} onClick={() => void write((c) => redoEvent(c, e.id, Date.now()))}>
                      {t('lifecycle.timeline.redo')}
                    </Button>
                  )}
                  {canCorrect(e) && (
                    <Button onClick={() => setEditing({ id: e.id, date: eventDate(e), note: e.note })}>
                      {t('lifecycle.timeline.correct')}
                    </Button>
                  )}
                </span>
              )}
            </li>
          );
        })}
        {evidence.map((ev) => (
          <li key={ev.id} data-event="evidence-added">
            <time dateTime={new Date(ev.importedAt ?? ev.capturedAt).toISOString()}>
              {formatDate(new Date(ev.importedAt ?? ev.capturedAt).toISOString().slice(0, 10), lang)}
            </time>{' '}
            — {t('timeline.evidence-added')}: {ev.fileName}
          </li>
        ))}
      </ol>
    </section>
  );
}
