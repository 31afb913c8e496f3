import { useTranslation } from 'react-i18next';
import type { Case } from '@/utils/cases/schema';
import { deadlinesOf } from '@/utils/cases/deadlines';
import { DEADLINE_HINTS, deadlineLabel, daysBetween } from '@/utils/deadlines';
import { dateVars } from '@/utils/i18n/date-forms';
import { SourceLink } from './source-link';
import { useLang } from './use-lang';
import { useToday } from './use-today';

/** The deadlines that apply to a case, as real dates with "in N days", how each was counted, and their sources. */
export function DeadlineList({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = useToday();
  const deadlines = deadlinesOf(kase, today);
  if (deadlines.length === 0) return <p className="muted">{t('wizard.noDeadlines')}</p>;
  return (
    <ul className="deadlines">
      {deadlines.map((d) => {
        const left = daysBetween(today, d.dueDate);
        return (
          <li
            key={d.kind}
            data-deadline={d.kind}
            className={d.status === 'overdue' ? 'deadline--overdue' : undefined}
          >
            <strong>{deadlineLabel(d.kind, lang)}</strong>: {t('wizard.due', dateVars(d.dueDate, lang))} ·{' '}
            {left === 0
              ? t('time.today')
              : left > 0
                ? t('time.inDays', { count: left })
                : t('time.daysAgo', { count: -left })}
            {d.hints.map((h) => (
              <small key={h} className="muted deadline-hint" data-hint={h}>
                <br />
                {DEADLINE_HINTS[h][lang]}
              </small>
            ))}
            <br />
            <SourceLink source={d.source} />
          </li>
        );
      })}
    </ul>
  );
}
