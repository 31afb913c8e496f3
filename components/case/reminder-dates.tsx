import { useTranslation } from 'react-i18next';
import { deadlineLabel } from '@/utils/deadlines';
import { DEADLINE_KINDS, type DeadlineKind } from '@/utils/deadlines/rules';
import { formatDate } from '@/utils/letters/format';
import { reminderDays } from '@/utils/reminders/dates';
import type { Reminder } from '@/utils/reminders/schema';
import { useLang } from '../use-lang';

const isKind = (k: string): k is DeadlineKind => (DEADLINE_KINDS as readonly string[]).includes(k);

/** The case's reminders: one line per deadline with the days Shagym will remind of it (Kazakhstan days). */
export function ReminderDates({ reminders }: { reminders: readonly Reminder[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const lines = reminderDays(reminders);
  return (
    <section className="reminder-dates" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('lifecycle.reminders.title')}</h2>
      {lines.length === 0 ? (
        <p className="muted" data-reminders="0">
          {t('lifecycle.reminders.none')}
        </p>
      ) : (
        <ul data-reminders={lines.length}>
          {lines.map((line) => (
            <li key={line.key} data-days={line.days.join(' ')}>
              {t('lifecycle.reminders.item', {
                what:
                  line.kind === 'buyer-reminder' && line.label
                    ? line.label
                    : isKind(line.kind)
                      ? deadlineLabel(line.kind, lang)
                      : line.label,
                // Days joined by commas: the same in every language (no conjunction to translate).
                date: line.days.map((d) => formatDate(d, lang)).join(', '),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
