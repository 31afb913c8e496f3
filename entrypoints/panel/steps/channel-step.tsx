import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeadlineList } from '@/components/deadline-list';
import { SourceLink } from '@/components/source-link';
import { useToday } from '@/components/use-today';
import { Button, Card, LinkButton, Tag } from '@/components/ui';
import { sentEventOf } from '@/utils/cases/create';
import { markSent as markSentOn, unmarkSent } from '@/utils/cases/lifecycle';
import type { Case, Channel } from '@/utils/cases/schema';
import { eventDate } from '@/utils/deadlines/rules';
import {
  CHANNEL_ORDER,
  UNCONFIRMED_NOTE,
  answerTimeOf,
  getChannelInfo,
  isSafeContactHref,
  marksInUse,
  recommendedChannel,
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
import { DateInput } from '@/components/date-input';

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
          <Tag tone="ok">{t('wizard.confirmedFlow')}</Tag>
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

/** Everything about one channel: variants, steps, contacts, notes, each with its source. */
function ChannelBody({ id, lang }: { id: Channel; lang: Lang }) {
  const { t } = useTranslation();
  const info = getChannelInfo(id);
  const guideOnly = !info.confirmed && info.source.status === 'seed-guide';
  const before = variantsBeforeSteps(info);
  return (
    <>
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
        <ul className="contacts">
          {info.contacts
            .filter((c) => isSafeContactHref(c.href))
            .map((c) => (
              <li key={c.id} data-contact={c.id} data-confirmed={c.confirmed}>
                <LinkButton
                  href={c.href}
                  target={c.href.startsWith('https:') ? '_blank' : undefined}
                  rel="noreferrer"
                >
                  {c.value}
                </LinkButton>
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
    </>
  );
}

/** One line under a channel's name: what it is good for and how long an answer takes. */
function ChannelLine({ id, lang }: { id: Channel; lang: Lang }) {
  const info = getChannelInfo(id);
  const answer = answerTimeOf(id, lang);
  return (
    <span className="channel-line muted">
      {info.summary[lang]}
      {answer && (
        <>
          {' · '}
          <span data-answer-time="">
            {answer.text}
            <Mark item={answer} />
          </span>
        </>
      )}
    </span>
  );
}

/**
 * Step 7: where to send it. The channel recommended for this case comes first and open; the others
 * are folded to one line each (name, what it is good for, how long an answer takes), every item with
 * its source and unconfirmed items marked (explained once at the bottom). The case's deadlines follow.
 * "I sent it" stays in view at the bottom: once per channel, with undo.
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
  const [recommended] = useState<Channel>(() => recommendedChannel(kase));
  const [channel, setChannel] = useState<Channel>(recommended);
  const today = useToday();
  const [date, setDate] = useState(today);
  const [done, setDone] = useState<string | null>(null);
  const sent = sentEventOf(kase, channel);

  // A typed year such as '0025' is never recorded: the button waits for a date in range.
  const dateOk = isSaneDate(date) && date <= today;
  const markSent = async () => {
    if (!dateOk) return;
    update((c) => markSentOn(c, channel, date, Date.now()));
    await saveNow();
    setDone(t('wizard.sentDone', { channel: channelName(channel, lang), date: formatDate(date, lang) }));
  };
  const undo = async () => {
    update((c) => unmarkSent(c, channel, Date.now()));
    await saveNow();
    setDone(t('ui.sentUndone', { channel: channelName(channel, lang) }));
  };
  const others = CHANNEL_ORDER.filter((id) => id !== recommended);

  return (
    <>
      <p className="muted">{t('ui.channelIntro')}</p>
      <Card className="channel channel--recommended" data-channel={recommended} data-recommended="">
        <p className="row">
          <Tag tone="accent">{t('ui.recommended')}</Tag>
          {sentEventOf(kase, recommended) && <Tag tone="ok">{t('ui.sentTag')}</Tag>}
        </p>
        <h3>{getChannelInfo(recommended).name[lang]}</h3>
        <p>
          <ChannelLine id={recommended} lang={lang} />
        </p>
        <ChannelBody id={recommended} lang={lang} />
      </Card>
      <h3>{t('ui.otherChannels')}</h3>
      {others.map((id) => (
        <details key={id} className="fold channel" data-channel={id}>
          <summary>
            <span className="channel-summary">
              <strong>{getChannelInfo(id).name[lang]}</strong>{' '}
              {sentEventOf(kase, id) && <Tag tone="ok">{t('ui.sentTag')}</Tag>}
              <ChannelLine id={id} lang={lang} />
            </span>
          </summary>
          <div className="fold__body">
            <ChannelBody id={id} lang={lang} />
          </div>
        </details>
      ))}
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
      <Card title={t('wizard.deadlines')} titleId="deadlines-title" className="deadlines-card">
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
      </Card>
      <section className="sent-bar" aria-labelledby="sent-title" data-sent-bar="">
        <h3 id="sent-title">{t('wizard.sentTitle')}</h3>
        <div className="sent-bar__row">
          <label>
            <span>{t('wizard.sentChannel')}</span>
            <select
              name="sentChannel"
              value={channel}
              onChange={(e) => {
                setChannel(e.target.value as Channel);
                setDone(null);
              }}
            >
              {CHANNEL_ORDER.map((c) => (
                <option key={c} value={c}>
                  {channelName(c, lang)}
                </option>
              ))}
            </select>
          </label>
          {sent ? (
            <p className="sent-bar__done" data-sent={channel}>
              <span>✓ {t('ui.sentOn', { date: formatDate(eventDate(sent), lang) })}</span>
              <Button onClick={() => void undo()} data-undo="">
                {t('ui.undo')}
              </Button>
            </p>
          ) : (
            <>
              <label>
                <span>{t('wizard.sentDate')}</span>
                <DateInput
                  name="sentDate"
                  value={date}
                  min={DATE_MIN}
                  max={today}
                  aria-invalid={date && !dateOk ? true : undefined}
                  onChange={(e) => setDate(e.target.value)}
                />
                {date && !dateOk && <DateRangeError max={today} />}
              </label>
              <Button variant="primary" disabled={!dateOk} onClick={() => void markSent()}>
                {t('wizard.sentButton')}
              </Button>
            </>
          )}
        </div>
        <p role="status" className={done ? 'notice notice--ok sent-bar__note' : 'visually-hidden'}>
          {done ?? ''}
        </p>
      </section>
    </>
  );
}
