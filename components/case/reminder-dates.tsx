import { useTranslation } from 'react-i18next';
import { deadlineLabel } from '@/utils/deadlines';
import { DEADLINE_KINDS, type DeadlineKind } from '@/utils/deadlines/rules';
import { todayInKz } from '@/utils/deadlines/time-zone';
import { formatDate } from '@/utils/letters/format';
import type { Reminder } from '@/utils/reminders/schema';
import { useLang } from '../use-lang';

const isKind = (k: string): k is DeadlineKind => (DEADLINE_KINDS as readonly string[]).includes(k);

/** The case's reminders as a list of dates: each pending stage, when it fires (Kazakhstan day). */
export function ReminderDates({ reminders }: { reminders: readonly Reminder[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const items = reminders
    .flatMap((r) =>
      r.stages
        .filter((s) => s.notifiedAt === null)
        .map((s) => ({
          key: `${r.id}|${s.stage}`,
          at: Math.max(s.at, r.snoozedUntil ?? 0),
          what:
            r.kind === 'buyer-reminder' && r.label
              ? r.label
              : isKind(r.kind)
                ? deadlineLabel(r.kind, lang)
                : r.label,
          stage: s.stage,
        })),
    )
    .sort((a, b) => a.at - b.at);
  return (
    <section className="reminder-dates" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('lifecycle.reminders.title')}</h2>
      {items.length === 0 ? (
        <p className="muted" data-reminders="0">
          {t('lifecycle.reminders.none')}
        </p>
      ) : (
        <ul data-reminders={items.length}>
          {items.map((i) => (
            <li key={i.key} data-stage={i.stage}>
              <time dateTime={todayInKz(i.at)}>
                {t('lifecycle.reminders.item', { what: i.what, date: formatDate(todayInKz(i.at), lang) })}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
