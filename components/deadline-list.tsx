import { useTranslation } from 'react-i18next';
import type { Case } from '@/utils/cases/schema';
import { deadlinesOf } from '@/utils/cases/deadlines';
import { deadlineLabel, daysBetween } from '@/utils/deadlines';
import { SourceLink } from './source-link';
import { useToday } from './use-today';
import type { Lang } from '@/utils/i18n';
import { formatDate } from '@/utils/letters/format';

/** The deadlines that apply to a case, as real dates with "in N days" and their sources. */
export function DeadlineList({ kase }: { kase: Case }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
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
            <strong>{deadlineLabel(d.kind, lang)}</strong>:{' '}
            {t('wizard.due', { date: formatDate(d.dueDate, lang, 'dative') })} ·{' '}
            {left === 0
              ? t('time.today')
              : left > 0
                ? t('time.inDays', { count: left })
                : t('time.daysAgo', { count: -left })}
            <br />
            <SourceLink source={d.source} />
          </li>
        );
      })}
    </ul>
  );
}
