import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '@/components/download';
import { useToday } from '@/components/use-today';
import { makeEvent } from '@/utils/cases/create';
import { letterInputOf } from '@/utils/cases/letter-input';
import type { Case } from '@/utils/cases/schema';
import { DATE_MIN, isSaneDate } from '@/utils/validation';
import { DateRangeError } from './date-range-error';
import { LANGUAGES, LANGUAGE_NAMES, type Lang } from '@/utils/i18n';
import {
  DISCLAIMER,
  MISSING_FIELD_LABELS,
  TEXT_KINDS,
  buildEmail,
  buildText,
  mailtoHref,
  missingFacts,
  type MissingField,
  type TextKind,
} from '@/utils/letters';

/** Fields the texts may ask for that live on the case itself (the rest are earlier steps). */
const ASKED_HERE: readonly MissingField[] = [
  'buyer-name',
  'buyer-contact',
  'claim-sent-date',
  'seller-answer',
];

/**
 * The four texts for a case, each with copy, download (.txt) and print; a missing fact is asked for,
 * never printed as a placeholder. Text only: nothing here is rendered as HTML.
 */
export function ComplaintTexts({
  kase,
  update,
  onGoTo,
}: {
  kase: Case;
  update?: (change: (c: Case) => Case) => void;
  onGoTo?: (field: MissingField) => void;
}) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<TextKind>('support-message');
  const [lang, setLang] = useState<Lang>(i18n.language as Lang);
  const [copied, setCopied] = useState<'done' | 'failed' | null>(null);
  /** What the buyer is typing in the claim date, until it is a date in range (only then is it saved). */
  const [claimDraft, setClaimDraft] = useState<string | null>(null);
  const today = useToday();
  const input = useMemo(() => letterInputOf(kase, today), [kase, today]);
  const missing = missingFacts(kind, input);
  const email = kind === 'email' && missing.length === 0 ? buildEmail(input, lang) : null;
  const text = missing.length === 0 ? (email ? email.body : buildText(kind, input, lang)) : null;

  const copy = async () => {
    if (!text) return;
    const full = email ? `${t('wizard.subject')}: ${email.subject}\n\n${text}` : text;
    let ok = true;
    try {
      await navigator.clipboard.writeText(full);
    } catch {
      // A frame without clipboard access (or an unfocused page): fall back to a selection copy.
      const area = document.createElement('textarea');
      area.value = full;
      document.body.append(area);
      area.select();
      ok = document.execCommand('copy');
      area.remove();
    }
    // Never claim a copy that did not happen: then the buyer is told to select the text.
    setCopied(ok ? 'done' : 'failed');
    window.setTimeout(() => setCopied(null), 2500);
  };

  const download = () => {
    if (!text) return;
    const full = email ? `${email.subject}\n\n${text}` : text;
    downloadBlob(
      new Blob([full], { type: 'text/plain;charset=utf-8' }),
      `shagym-${kind}-${kase.order.orderNumber ?? kase.id.slice(0, 8)}-${lang}.txt`,
    );
  };

  /** The day the claim went to the seller: one 'claim-sent' event, moved when the buyer corrects the date. */
  const setClaimDate = (date: string) => {
    setClaimDraft(date);
    // A typo such as '0025-11-14' (two-digit year) is never saved: the field says what is expected.
    if (!isSaneDate(date) || date > today) return;
    setClaimDraft(null);
    update?.((c) => {
      const index = c.timeline.findLastIndex((e) => e.kind === 'claim-sent');
      if (index < 0)
        return {
          ...c,
          timeline: [
            ...c.timeline,
            makeEvent({ kind: 'claim-sent', channel: 'claim-letter', date }, Date.now()),
          ],
        };
      return { ...c, timeline: c.timeline.map((e, i) => (i === index ? { ...e, date } : e)) };
    });
  };

  const setBuyer = (key: 'name' | 'phone' | 'email' | 'address', value: string) =>
    update?.((c) => ({
      ...c,
      buyer: { name: '', phone: '', email: '', address: '', ...c.buyer, [key]: value },
    }));

  return (
    <section className="texts">
      <p className="disclaimer" role="note">
        {DISCLAIMER[lang]}
      </p>
      <div className="row no-print">
        <div className="tabs" role="tablist" aria-label={t('wizard.steps.texts')}>
          {TEXT_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={k === kind}
              data-text={k}
              onClick={() => setKind(k)}
            >
              {t(`texts.${k}`)}
            </button>
          ))}
        </div>
        <label className="lang">
          <span className="visually-hidden">{t('wizard.textLanguage')}</span>
          <select
            aria-label={t('wizard.textLanguage')}
            name="textLanguage"
            value={lang}
            onChange={(e) => setLang(e.target.value as Lang)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {update && (kind === 'claim-letter' || kind === 'authority-appeal') && (
        // Always shown for these two texts (not only while missing), so the fields never vanish mid-typing.
        <fieldset className="card no-print" data-details={kind}>
          <legend>{t('buyer.title')}</legend>
          <label>
            <span>{t('buyer.name')}</span>
            <input
              name="buyerName"
              autoComplete="name"
              value={kase.buyer?.name ?? ''}
              onChange={(e) => setBuyer('name', e.target.value)}
            />
          </label>
          <div className="grid2">
            <label>
              <span>{t('buyer.phone')}</span>
              <input
                name="buyerPhone"
                type="tel"
                autoComplete="tel"
                value={kase.buyer?.phone ?? ''}
                onChange={(e) => setBuyer('phone', e.target.value)}
              />
            </label>
            <label>
              <span>{t('buyer.email')}</span>
              <input
                name="buyerEmail"
                type="email"
                autoComplete="email"
                value={kase.buyer?.email ?? ''}
                onChange={(e) => setBuyer('email', e.target.value)}
              />
            </label>
          </div>
          {kind === 'authority-appeal' && (
            <div className="grid2">
              <label>
                <span>{t('buyer.claimSentDate')}</span>
                <input
                  name="claimSentDate"
                  type="date"
                  min={DATE_MIN}
                  max={today}
                  value={claimDraft ?? input.claimSentDate ?? ''}
                  aria-invalid={claimDraft ? true : undefined}
                  onChange={(e) => setClaimDate(e.target.value)}
                />
                {claimDraft && <DateRangeError max={today} />}
              </label>
              <label>
                <span>{t('buyer.sellerAnswer')}</span>
                <select
                  name="sellerAnswer"
                  value={kase.sellerAnswer ?? ''}
                  onChange={(e) =>
                    update((c) => ({ ...c, sellerAnswer: (e.target.value || null) as Case['sellerAnswer'] }))
                  }
                >
                  <option value="">—</option>
                  <option value="refused">{t('buyer.answer.refused')}</option>
                  <option value="no-answer">{t('buyer.answer.no-answer')}</option>
                </select>
              </label>
            </div>
          )}
        </fieldset>
      )}
      {missing.length > 0 ? (
        <div
          className="notice"
          role="group"
          aria-label={t('wizard.missing')}
          data-missing={missing.join(' ')}
        >
          <p>{t('wizard.missing')}</p>
          <ul>
            {missing.map((m) => (
              <li key={m}>
                {onGoTo && !ASKED_HERE.includes(m) ? (
                  <button type="button" className="link" onClick={() => onGoTo(m)}>
                    {MISSING_FIELD_LABELS[m][i18n.language as Lang]}
                  </button>
                ) : (
                  MISSING_FIELD_LABELS[m][i18n.language as Lang]
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          {email && (
            <p>
              <strong>{t('wizard.subject')}:</strong> <span data-email-subject>{email.subject}</span>
            </p>
          )}
          <pre className="text-out" data-text-out={kind} lang={lang} tabIndex={0}>
            {text}
          </pre>
          <div className="row no-print">
            <button type="button" onClick={() => void copy()}>
              {copied === 'done'
                ? t('wizard.copied')
                : copied === 'failed'
                  ? t('wizard.copyFailed')
                  : t('wizard.copy')}
            </button>
            <button type="button" onClick={download}>
              {t('wizard.download')}
            </button>
            <button type="button" onClick={() => window.print()}>
              {t('wizard.print')}
            </button>
            {email && (
              <a
                className="button"
                href={mailtoHref(email.subject, email.body)}
                target="_blank"
                rel="noreferrer"
              >
                {t('wizard.openMail')}
              </a>
            )}
          </div>
        </>
      )}
    </section>
  );
}
