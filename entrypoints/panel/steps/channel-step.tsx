import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeadlineList } from '@/components/deadline-list';
import { SourceLink } from '@/components/source-link';
import { useToday } from '@/components/use-today';
import { markSubmitted } from '@/utils/cases/create';
import { CHANNELS, type Case, type Channel } from '@/utils/cases/schema';
import { CHANNEL_ORDER, UNCONFIRMED_NOTE, getChannelInfo, isSafeContactHref } from '@/utils/channels';
import type { Lang } from '@/utils/i18n';
import { DATE_MIN, isSaneDate } from '@/utils/validation';
import { DateRangeError } from '@/components/date-range-error';

/** Step 7: where to send it — steps and contacts per channel, the case's deadlines, and "I sent it". */
export function ChannelStep({
  kase,
  update,
  saveNow,
}: {
  kase: Case;
  update: (change: (c: Case) => Case) => void;
  saveNow: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [channel, setChannel] = useState<Channel>('app');
  const today = useToday();
  const [date, setDate] = useState(today);
  const [done, setDone] = useState<string | null>(null);

  // A typed year such as '0025' is never recorded: the button waits for a date in range.
  const dateOk = isSaneDate(date) && date <= today;
  const markSent = async () => {
    if (!dateOk) return;
    update((c) => markSubmitted(c, channel, date, Date.now()));
    await saveNow();
    setDone(t('wizard.sentDone', { channel: t(`channel.${channel}`), date }));
  };

  return (
    <>
      <p className="muted">{t('wizard.channelHint')}</p>
      {CHANNEL_ORDER.map((id) => {
        const info = getChannelInfo(id);
        return (
          <section key={id} className="card" data-channel={id}>
            <h3>{info.name[lang]}</h3>
            <p className="muted">{info.summary[lang]}</p>
            <ol>
              {info.steps[lang].map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
            {info.contacts.length > 0 && (
              <ul className="row" style={{ listStyle: 'none', padding: 0 }}>
                {info.contacts
                  .filter((c) => isSafeContactHref(c.href))
                  .map((c) => (
                    <li key={c.id}>
                      <a
                        href={c.href}
                        target={c.href.startsWith('https:') ? '_blank' : undefined}
                        rel="noreferrer"
                      >
                        {c.value}
                      </a>{' '}
                      <small className="muted">
                        {c.label[lang]}
                        {c.confirmed ? '' : ` (${t('wizard.unconfirmed')})`}
                      </small>
                    </li>
                  ))}
              </ul>
            )}
            {!info.confirmed && <p className="muted">{UNCONFIRMED_NOTE[lang]}</p>}
            <SourceLink source={info.source} />
          </section>
        );
      })}
      <h3>{t('wizard.deadlines')}</h3>
      <label>
        <span>{t('wizard.supportVariant')}</span>
        <select
          name="supportVariant"
          value={kase.supportVariant}
          onChange={(e) =>
            update((c) => ({ ...c, supportVariant: e.target.value as Case['supportVariant'] }))
          }
        >
          {(['standard', 'needs-check', 'expert'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`wizard.variant.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <DeadlineList kase={kase} />
      <section className="card" aria-labelledby="sent-title">
        <h3 id="sent-title">{t('wizard.sentTitle')}</h3>
        <div className="grid2">
          <label>
            <span>{t('wizard.sentChannel')}</span>
            <select
              name="sentChannel"
              value={channel}
              onChange={(e) => setChannel(e.target.value as Channel)}
            >
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('wizard.sentDate')}</span>
            <input
              name="sentDate"
              type="date"
              value={date}
              min={DATE_MIN}
              max={today}
              aria-invalid={date && !dateOk ? true : undefined}
              onChange={(e) => setDate(e.target.value)}
            />
            {date && !dateOk && <DateRangeError max={today} />}
          </label>
        </div>
        <button type="button" className="primary" disabled={!dateOk} onClick={() => void markSent()}>
          {t('wizard.sentButton')}
        </button>
        {done && (
          <p className="notice notice--ok" role="status">
            {done}
          </p>
        )}
      </section>
    </>
  );
}
