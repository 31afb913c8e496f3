import { useLiveQuery } from 'dexie-react-hooks';
import { printLetter } from './print-letter';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '@/components/download';
import { useLang } from '@/components/use-lang';
import { useToday } from '@/components/use-today';
import { setClaimSentDate } from '@/utils/cases/create';
import { letterInputOf } from '@/utils/cases/letter-input';
import type { Case } from '@/utils/cases/schema';
import { CLAIM_DELIVERIES, sellerAnswerDeadline } from '@/utils/deadlines';
import { listCaseEvidence } from '@/utils/evidence/store';
import { AUTHORITY_REGIONS, REGION_NAMES } from '@/utils/facts/authority';
import { DATE_MIN, isSaneDate } from '@/utils/validation';
import { DateRangeError } from './date-range-error';
import { LANGUAGES, LANGUAGE_NAMES, type Lang } from '@/utils/i18n';
import { dateVars } from '@/utils/i18n/date-forms';
import {
  DISCLAIMER,
  MISSING_FIELD_LABELS,
  POLICE_NOTICE,
  TEXT_KINDS,
  buildEmail,
  buildText,
  mailtoHref,
  missingFacts,
  type MissingField,
  type TextKind,
} from '@/utils/letters';
import { Button, LinkButton } from '@/components/ui';
import { DateInput } from '@/components/date-input';

/** Fields the texts may ask for that live on the case itself (the rest are earlier steps). */
const ASKED_HERE: readonly MissingField[] = [
  'seller-name',
  'buyer-name',
  'buyer-address',
  'buyer-iin',
  'claim-sent-date',
  'seller-answer',
  'seller-answer-not-due',
  'authority-region',
];

type BuyerKey = 'name' | 'phone' | 'email' | 'address' | 'iin';

/**
 * The four texts for a case, each with copy, download (.txt) and print; a missing fact is asked for,
 * never printed as a placeholder. Text only: nothing here is rendered as HTML.
 */
export function ComplaintTexts({
  kase,
  update,
  setSellerName,
  onGoTo,
  detailsInTab,
}: {
  kase: Case;
  update?: (change: (c: Case) => Case) => void;
  /** The seller's legal name lives with the order facts (the panel's order form, or the case itself). */
  setSellerName?: (name: string) => void;
  onGoTo?: (field: MissingField) => void;
  /**
   * Set in the panel framed on kaspi.kz: the buyer's name, address, phone, e-mail and ИИН are not typed
   * there (the page can draw over the frame or take its focus) but on the case page, opened by this.
   */
  detailsInTab?: () => void;
}) {
  const { t } = useTranslation();
  const uiLang = useLang();
  const [kind, setKind] = useState<TextKind>('support-message');
  const [lang, setLang] = useState<Lang>(uiLang);
  const [copied, setCopied] = useState<'done' | 'failed' | null>(null);
  /** What the buyer is typing in the claim date, until it is a date in range (only then is it saved). */
  const [claimDraft, setClaimDraft] = useState<string | null>(null);
  const today = useToday();
  const evidence = useLiveQuery(() => listCaseEvidence(kase.id), [kase.id]);
  const input = useMemo(() => letterInputOf(kase, today, evidence ?? []), [kase, today, evidence]);
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
    update?.((c) => setClaimSentDate(c, date, Date.now()));
  };

  const setBuyer = (key: BuyerKey, value: string) =>
    update?.((c) => ({
      ...c,
      buyer: { name: '', phone: '', email: '', address: '', iin: '', ...c.buyer, [key]: value },
    }));

  const buyerInput = (
    key: BuyerKey,
    name: string,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <label>
      <span>{t(`buyer.${key}`)}</span>
      <input
        name={name}
        value={kase.buyer?.[key] ?? ''}
        onChange={(e) => setBuyer(key, e.target.value)}
        {...props}
      />
    </label>
  );
  const formal = kind === 'claim-letter' || kind === 'authority-appeal';
  const answerDue =
    input.claimSentDate === null || input.claimSentDate === undefined
      ? null
      : sellerAnswerDeadline(
          {
            sentDate: input.claimSentDate,
            delivery: kase.claimDelivery,
            receivedDate: kase.claimReceivedDate,
          },
          today,
        );

  return (
    <section className="texts">
      <p className="disclaimer" role="note">
        {/* On screen in the UI's language; the letter carries its own in the letter's language. */}
        {DISCLAIMER[uiLang]}
      </p>
      <div className="row no-print">
        <div className="tabs" role="tablist" aria-label={t('wizard.steps.texts')}>
          {TEXT_KINDS.map((k) => (
            <Button
              key={k}
              type="button"
              role="tab"
              aria-selected={k === kind}
              data-text={k}
              onClick={() => {
                setKind(k);
                // "Copied" belongs to the text that was copied, not to the next one.
                setCopied(null);
              }}
            >
              {t(`texts.${k}`)}
            </Button>
          ))}
        </div>
        <label className="lang">
          <span className="visually-hidden">{t('wizard.textLanguage')}</span>
          <select
            aria-label={t('wizard.textLanguage')}
            name="textLanguage"
            value={lang}
            onChange={(e) => {
              setLang(e.target.value as Lang);
              setCopied(null);
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {kase.problem === 'fraud' && (
        <p className="notice" role="note" data-police>
          {POLICE_NOTICE[uiLang]}
        </p>
      )}
      {update && formal && (
        // Always shown for these two texts (not only while missing), so the fields never vanish mid-typing.
        <fieldset className="card no-print" data-details={kind}>
          <legend>{t('buyer.title')}</legend>
          {detailsInTab ? (
            <p>
              <span className="muted">{t('panel.detailsInTabHint')}</span>{' '}
              <Button data-details-in-tab onClick={detailsInTab}>
                {t('panel.detailsInTab')}
              </Button>
            </p>
          ) : (
            <>
              {buyerInput('name', 'buyerName', { autoComplete: 'name' })}
              {buyerInput('address', 'buyerAddress', { autoComplete: 'street-address' })}
              <div className="grid2">
                {buyerInput('phone', 'buyerPhone', { type: 'tel', autoComplete: 'tel' })}
                {buyerInput('email', 'buyerEmail', { type: 'email', autoComplete: 'email' })}
              </div>
              {kind === 'authority-appeal' &&
                buyerInput('iin', 'buyerIin', { inputMode: 'numeric', pattern: '\\d{12}', maxLength: 12 })}
            </>
          )}
          <p className="field-group">{t('seller.title')}</p>
          <label>
            <span>{t('seller.legalName')}</span>
            <input
              name="sellerName"
              value={kase.order.sellerName ?? ''}
              disabled={!setSellerName}
              onChange={(e) => setSellerName?.(e.target.value)}
            />
          </label>
          <div className="grid2">
            <label>
              <span>{t('seller.bin')}</span>
              <input
                name="sellerBin"
                inputMode="numeric"
                pattern="\d{12}"
                maxLength={12}
                value={kase.sellerBin}
                onChange={(e) =>
                  update((c) => ({ ...c, sellerBin: e.target.value.replace(/\D/g, '').slice(0, 12) }))
                }
              />
            </label>
            <label>
              <span>{t('seller.address')}</span>
              <input
                name="sellerAddress"
                value={kase.sellerAddress}
                onChange={(e) => update((c) => ({ ...c, sellerAddress: e.target.value }))}
              />
            </label>
          </div>
          {kind === 'authority-appeal' && (
            <>
              <label>
                <span>{t('appeal.region')}</span>
                <select
                  name="authorityRegion"
                  value={kase.authorityRegion ?? ''}
                  onChange={(e) =>
                    update((c) => ({
                      ...c,
                      authorityRegion: (e.target.value || null) as Case['authorityRegion'],
                    }))
                  }
                >
                  <option value="">—</option>
                  {AUTHORITY_REGIONS.map((r) => (
                    <option key={r} value={r}>
                      {REGION_NAMES[r].name[uiLang]}
                    </option>
                  ))}
                </select>
              </label>
              <div className="grid2">
                <label>
                  <span>{t('buyer.claimSentDate')}</span>
                  <DateInput
                    name="claimSentDate"
                    min={DATE_MIN}
                    max={today}
                    value={claimDraft ?? input.claimSentDate ?? ''}
                    aria-invalid={claimDraft ? true : undefined}
                    onChange={(e) => setClaimDate(e.target.value)}
                  />
                  {claimDraft && <DateRangeError max={today} />}
                </label>
                <label>
                  <span>{t('appeal.delivery')}</span>
                  <select
                    name="claimDelivery"
                    value={kase.claimDelivery ?? ''}
                    onChange={(e) =>
                      update((c) => ({
                        ...c,
                        claimDelivery: (e.target.value || null) as Case['claimDelivery'],
                      }))
                    }
                  >
                    <option value="">—</option>
                    {CLAIM_DELIVERIES.map((d) => (
                      <option key={d} value={d}>
                        {t(`appeal.deliveryBy.${d}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <div className="grid2">
                <label>
                  <span>{t('appeal.receivedDate')}</span>
                  <DateInput
                    name="claimReceivedDate"
                    max={today}
                    min={input.claimSentDate ?? DATE_MIN}
                    value={kase.claimReceivedDate ?? ''}
                    onChange={(e) => {
                      const v = e.target.value;
                      if (v === '' || (isSaneDate(v) && v <= today))
                        update((c) => ({ ...c, claimReceivedDate: v || null }));
                    }}
                  />
                </label>
                <label>
                  <span>{t('buyer.sellerAnswer')}</span>
                  <select
                    name="sellerAnswer"
                    value={kase.sellerAnswer ?? ''}
                    onChange={(e) =>
                      update((c) => ({
                        ...c,
                        sellerAnswer: (e.target.value || null) as Case['sellerAnswer'],
                      }))
                    }
                  >
                    <option value="">—</option>
                    <option value="refused">{t('buyer.answer.refused')}</option>
                    <option value="no-answer" disabled={answerDue !== null && answerDue.status !== 'overdue'}>
                      {t('buyer.answer.no-answer')}
                    </option>
                  </select>
                </label>
              </div>
              {answerDue && (
                <p className="muted" data-answer-due={answerDue.dueDate}>
                  {t('appeal.answerDue', dateVars(answerDue.dueDate, uiLang))}
                </p>
              )}
            </>
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
                  <Button variant="link" onClick={() => onGoTo(m)}>
                    {MISSING_FIELD_LABELS[m][uiLang]}
                  </Button>
                ) : (
                  MISSING_FIELD_LABELS[m][uiLang]
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
            <Button onClick={() => void copy()}>
              {copied === 'done'
                ? t('wizard.copied')
                : copied === 'failed'
                  ? t('wizard.copyFailed')
                  : t('wizard.copy')}
            </Button>
            <Button onClick={download}>{t('wizard.download')}</Button>
            <Button
              onClick={(e) =>
                printLetter(
                  e.currentTarget.closest('section')?.querySelector<HTMLElement>('pre.text-out') ?? null,
                )
              }
            >
              {t('wizard.print')}
            </Button>
            {email && (
              <LinkButton href={mailtoHref(email.subject, email.body)} target="_blank" rel="noreferrer">
                {t('wizard.openMail')}
              </LinkButton>
            )}
          </div>
        </>
      )}
    </section>
  );
}
