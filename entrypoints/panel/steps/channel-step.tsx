import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeadlineList } from '@/components/deadline-list';
import { SourceLink } from '@/components/source-link';
import { useToday } from '@/components/use-today';
import { markSubmitted } from '@/utils/cases/create';
import type { Case, Channel } from '@/utils/cases/schema';
import {
  CHANNEL_ORDER,
  UNCONFIRMED_NOTE,
  getChannelInfo,
  isSafeContactHref,
  marksInUse,
  unconfirmedMark,
  variantsAfterSteps,
  variantsBeforeSteps,
  type ChannelVariant,
  type Source,
  type UnconfirmedMark,
  channelName,
} from '@/utils/channels';
import type { Lang } from '@/utils/i18n';
import { formatDate } from '@/utils/letters/format';
import { DATE_MIN, isSaneDate } from '@/utils/validation';
import { DateRangeError } from '@/components/date-range-error';
import { useLang } from '@/components/use-lang';

/** Footnote markers: "*" only the seed guide says so; "†" we could not confirm it. */
const MARKS: Readonly<Record<UnconfirmedMark, string>> = { guide: '*', unverified: '†' };

function markOf(item: { source: Source; confirmed: boolean }): string | undefined {
  const mark = unconfirmedMark(item);
  return mark ? MARKS[mark] : undefined;
}

/** The footnote marker of an unconfirmed item; nothing for a confirmed one. */
function Mark({ item }: { item: { source: Source; confirmed: boolean } }) {
  const mark = markOf(item);
  return mark ? <sup data-mark={mark}>{mark}</sup> : null;
}

/** Another way through a channel: Kaspi's own return flow (confirmed, shown first) or the court (after). */
function Variant({ variant, lang }: { variant: ChannelVariant; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="channel-variant" data-variant={variant.id} data-confirmed={variant.confirmed}>
      <h4>
        {variant.name[lang]}
        <Mark item={variant} />{' '}
        {variant.confirmed && variant.source.status === 'kaspi' && (
          <span className="tag tag--ok">{t('wizard.confirmedFlow')}</span>
        )}
      </h4>
      <ol>
        {variant.steps[lang].map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      <SourceLink source={variant.source} />
    </div>
  );
}

/**
 * Step 7: where to send it — per channel, Kaspi's confirmed flow first, then the guide's steps, contacts,
 * variants and notes, each with its source; unconfirmed items carry a marker explained once at the bottom.
 * Then the case's deadlines, and "I sent it".
 */
export function ChannelStep({
  kase,
  update,
  saveNow,
}: {
  kase: Case;
  update: (change: (c: Case) => Case) => void;
  saveNow: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
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
    setDone(t('wizard.sentDone', { channel: channelName(channel, lang), date: formatDate(date, lang) }));
  };

  return (
    <>
      <p className="muted">{t('wizard.channelHint')}</p>
      {CHANNEL_ORDER.map((id) => {
        const info = getChannelInfo(id);
        const guideOnly = !info.confirmed && info.source.status === 'seed-guide';
        const before = variantsBeforeSteps(info);
        return (
          <section key={id} className="card" data-channel={id}>
            <h3>{info.name[lang]}</h3>
            <p className="muted">{info.summary[lang]}</p>
            {before.map((v) => (
              <Variant key={v.id} variant={v} lang={lang} />
            ))}
            {before.length > 0 && (
              <h4>
                {guideOnly ? t('wizard.guideSteps') : info.name[lang]}
                <Mark item={info} />
              </h4>
            )}
            <ol data-steps={id}>
              {info.steps[lang].map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
            {info.contacts.length > 0 && (
              <ul className="row" style={{ listStyle: 'none', padding: 0 }}>
                {info.contacts
                  .filter((c) => isSafeContactHref(c.href))
                  .map((c) => (
                    <li key={c.id} data-contact={c.id} data-confirmed={c.confirmed}>
                      <a
                        href={c.href}
                        target={c.href.startsWith('https:') ? '_blank' : undefined}
                        rel="noreferrer"
                      >
                        {c.value}
                      </a>
                      <Mark item={c} /> <small className="muted">{c.label[lang]}</small>
                    </li>
                  ))}
              </ul>
            )}
            <SourceLink source={info.source} mark={markOf(info)} />
            {variantsAfterSteps(info).map((v) => (
              <Variant key={v.id} variant={v} lang={lang} />
            ))}
            {info.notes.length > 0 && (
              <ul className="channel-notes">
                {info.notes.map((note) => (
                  <li key={note.id} data-note={note.id}>
                    {note.text[lang]}
                    <Mark item={note} /> <SourceLink source={note.source} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {/* Each marker is explained once for the whole screen, not on every card. */}
      <div className="footnotes" data-field="footnotes">
        {marksInUse().map((m) => (
          <p key={m} className="muted" data-footnote={m}>
            <small>
              {MARKS[m]} {m === 'guide' ? UNCONFIRMED_NOTE[lang] : t('wizard.unverifiedFootnote')}
            </small>
          </p>
        ))}
      </div>
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
              {CHANNEL_ORDER.map((c) => (
                <option key={c} value={c}>
                  {channelName(c, lang)}
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
