import { useTranslation } from 'react-i18next';
import { deadlinesOf } from '@/utils/cases/deadlines';
import { ACTION_SECTIONS, daysUntil, nextAction } from '@/utils/cases/lifecycle';
import type { Case } from '@/utils/cases/schema';
import { nextDeadline } from '@/utils/deadlines';
import { formatDate } from '@/utils/letters/format';
import { useLang } from '../use-lang';
import { useToday } from '../use-today';
import { Button } from '@/components/ui';

/** "In N days", "today", "N days ago". */
export function useRelativeDay() {
  const { t } = useTranslation();
  const today = useToday();
  return (date: string) => {
    const left = daysUntil(today, date);
    return left === 0
      ? t('time.today')
      : left > 0
        ? t('time.inDays', { count: left })
        : t('time.daysAgo', { count: -left });
  };
}

/**
 * The top of the case page: the next deadline as a date and "in N days", and the one thing to do now
 * for the case's status (utils/cases/lifecycle.ts nextAction). `onAction` goes to the form that does it.
 */
export function NextActionCard({ kase, onAction }: { kase: Case; onAction?: (target: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = useToday();
  const relative = useRelativeDay();
  const deadlines = deadlinesOf(kase, today);
  const next = nextDeadline(deadlines);
  const action = nextAction(kase, deadlines);
  const date =
    'until' in action ? action.until : 'late' in action && action.late ? action.late.dueDate : null;
  const goTo = ACTION_SECTIONS[action.kind][0] ?? null;
  return (
    <section className="next-action card" aria-labelledby="next-action-title" data-next-action={action.kind}>
      <h2 id="next-action-title">{t('lifecycle.now')}</h2>
      <p data-next-deadline={next?.dueDate ?? ''}>
        {next
          ? t('lifecycle.nextDeadline', {
              date: formatDate(next.dueDate, lang),
              left: relative(next.dueDate),
            })
          : t('lifecycle.noDeadline')}
      </p>
      <p className="next-action__text">
        <strong>
          {t(
            // A refusal, not a missed deadline: said without a date.
            action.kind === 'escalate' && !action.late
              ? 'lifecycle.action.escalate-refused'
              : `lifecycle.action.${action.kind}`,
            { date: date ? formatDate(date, lang) : '' },
          )}
        </strong>
      </p>
      {goTo && onAction && (
        <p className="no-print">
          <Button variant="primary" onClick={() => onAction(goTo)}>
            {action.kind === 'closed'
              ? t('lifecycle.reopen')
              : action.kind === 'close'
                ? t('lifecycle.close')
                : action.kind === 'escalate'
                  ? t('lifecycle.escalate.title')
                  : action.kind === 'send-texts'
                    ? t('lifecycle.sent.title')
                    : action.kind === 'record-outcome'
                      ? t('lifecycle.outcome.title')
                      : t('lifecycle.answer.title')}
          </Button>
        </p>
      )}
    </section>
  );
}
