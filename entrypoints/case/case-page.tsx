import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '@/components/language-switcher';
import { StatusChip } from '@/components/status-chip';
import { ORDER_FIELDS } from '@/components/order-facts-form';
import { getCase, listRemindersForCase } from '@/utils/db';

/** The full-tab case page (case.html?id=…), opened from the popup, the panel and notifications. */
export function CasePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const found = useLiveQuery(async () => ({ c: await getCase(id), reminders: await listRemindersForCase(id) }), [id]);
  if (found === undefined) return <p className="content muted">{t('app.loading')}</p>;
  const { c, reminders } = found;
  if (!c) return <p className="content notice notice--error">{t('case.notFound')}</p>;
  const dateTime = (ms: number) => new Date(ms).toLocaleString(i18n.language === 'kk' ? 'kk-KZ' : i18n.language, { timeZone: 'Asia/Almaty' });
  return (
    <main data-case-id={c.id}>
      <header className="bar">
        <h1>
          {t('case.title')}: {c.order.productTitle ?? t('popup.noTitle')}
        </h1>
        <div className="row">
          <StatusChip status={c.status} />
          <LanguageSwitcher />
        </div>
      </header>
      <div className="content" style={{ maxWidth: 860 }}>
        <dl className="facts">
          {ORDER_FIELDS.map(({ key }) =>
            c.order[key] === null ? null : (
              <div key={key} className="row">
                <dt className="muted">{t(`field.${key}`)}:</dt>
                <dd style={{ margin: 0 }} data-field={key}>
                  {String(c.order[key])}
                </dd>
              </div>
            ),
          )}
          {c.problem && (
            <div className="row">
              <dt className="muted">{t('field.problem')}:</dt>
              <dd style={{ margin: 0 }}>{t(`problem.${c.problem}`)}</dd>
            </div>
          )}
          {c.remedy && (
            <div className="row">
              <dt className="muted">{t('field.remedy')}:</dt>
              <dd style={{ margin: 0 }}>{t(`remedy.${c.remedy}`)}</dd>
            </div>
          )}
        </dl>
        {c.description && <p style={{ whiteSpace: 'pre-wrap' }}>{c.description}</p>}
        <h2>{t('case.reminders')}</h2>
        {reminders.length === 0 ? (
          <p className="muted">{t('case.noReminders')}</p>
        ) : (
          <ul className="reminders">
            {reminders.map((r) => (
              <li key={r.id} data-reminder={r.kind}>
                {r.label || r.kind} — {r.dueDate}
              </li>
            ))}
          </ul>
        )}
        <h2>{t('case.timeline')}</h2>
        <ol className="timeline">
          {c.timeline.map((e) => (
            <li key={e.id}>
              {dateTime(e.at)} — {t(`timeline.${e.kind}`)}
              {e.channel ? ` (${t(`channel.${e.channel}`)})` : ''}
              {e.note ? `: ${e.note}` : ''}
            </li>
          ))}
        </ol>
      </div>
    </main>
  );
}
