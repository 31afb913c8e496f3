import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CaseTimeline } from '@/components/case/case-timeline';
import { DeleteCase, DeletedNotice } from '@/components/case/delete-case';
import { LifecycleActions } from '@/components/case/lifecycle-actions';
import { NextActionCard } from '@/components/case/next-action-card';
import { ReminderDates } from '@/components/case/reminder-dates';
import type { Deleted } from '@/utils/cases/store';
import { useTranslation } from 'react-i18next';
import { CaseBoundary, RepairedDatesNotice } from '@/components/case-boundary';
import { LanguageSwitcher } from '@/components/language-switcher';
import { StatusChip } from '@/components/status-chip';
import { ORDER_FIELDS } from '@/components/order-facts-form';
import { ComplaintTexts } from '@/components/complaint-texts';
import { useCaseDraft } from '@/components/use-case-draft';
import { DeadlineList } from '@/components/deadline-list';
import { EvidenceList } from '@/components/evidence-list';
import { ExportButton } from '@/components/export-button';
import { caseRepairs } from '@/utils/cases/repair';
import type { OrderFacts } from '@/utils/cases/schema';
import { getCase, listRemindersForCase } from '@/utils/db';
import { listCaseEvidence } from '@/utils/evidence/store';
import type { Lang } from '@/utils/i18n';
import { formatDate, formatPrice } from '@/utils/letters/format';
import { browser } from 'wxt/browser';
import { useLang } from '@/components/use-lang';

/** The texts with their inputs, on the case being edited (autosaved as in the panel). */
function CaseTexts({ id }: { id: string }) {
  const draft = useCaseDraft(id);
  const { t } = useTranslation();
  if (!draft.kase) return null;
  return (
    <>
      {draft.mergedAt && (
        <p className="muted" role="status" data-merged>
          {t('wizard.mergedElsewhere')}
        </p>
      )}
      <ComplaintTexts
        kase={draft.kase}
        update={draft.update}
        setSellerName={(sellerName) => draft.setOrderDraft({ ...draft.orderDraft, sellerName })}
      />
    </>
  );
}

/** The full-tab case page (case.html?id=…), opened from the popup, the panel and notifications. */
export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const found = useLiveQuery(
    async () => ({
      c: await getCase(id),
      reminders: await listRemindersForCase(id),
      evidence: await listCaseEvidence(id),
    }),
    [id],
  );
  const [removed, setRemoved] = useState<Deleted | null>(null);
  if (removed) return <DeletedNotice removed={removed} onRestored={() => setRemoved(null)} />;
  if (found === undefined) return <p className="content muted">{t('app.loading')}</p>;
  const { c, reminders, evidence } = found;
  if (!c) return <p className="content notice notice--error">{t('case.notFound')}</p>;
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
        <RepairedDatesNotice repairs={caseRepairs(c)} caseId={c.id} />
        {/* Issue 10: the lifecycle (components/case/*). */}
        <CaseBoundary caseId={c.id} section="next-action">
          <NextActionCard kase={c} onAction={focusSection} />
        </CaseBoundary>
        {/* Each section stands alone: one that cannot be shown says how to repair the case. */}
        <CaseBoundary caseId={c.id} section="facts">
          <dl className="facts">
            {ORDER_FIELDS.map(({ key }) =>
              c.order[key] === null ? null : (
                <div key={key} className="row">
                  <dt className="muted">{t(`field.${key}`)}:</dt>
                  <dd style={{ margin: 0 }} data-field={key}>
                    {formatFact(key, c.order[key], lang)}
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
        </CaseBoundary>
        {c.description && <p style={{ whiteSpace: 'pre-wrap' }}>{c.description}</p>}
        <p className="no-print">
          <a
            className="button primary"
            href={browser.runtime.getURL(`/panel.html?case=${c.id}` as '/panel.html')}
          >
            {t('wizard.resumeDraft')}
          </a>
        </p>
        <h2>{t('wizard.deadlines')}</h2>
        <CaseBoundary caseId={c.id} section="deadlines">
          <DeadlineList kase={c} />
        </CaseBoundary>
        <ReminderDates reminders={reminders} />
        <h2>{t('wizard.steps.texts')}</h2>
        {/* The letter's inputs are here too (the buyer's and the seller's details), saved like the panel's. */}
        <CaseBoundary caseId={c.id} section="texts">
          <CaseTexts id={c.id} />
        </CaseBoundary>
        <CaseBoundary caseId={c.id} section="evidence">
          <EvidenceList caseId={c.id} checklistFor={c} />
        </CaseBoundary>
        <p className="no-print">
          <ExportButton which={{ caseId: c.id }} label={t('archive.exportCase')} />
        </p>
        <CaseBoundary caseId={c.id} section="lifecycle">
          <LifecycleActions kase={c} evidence={evidence} />
        </CaseBoundary>
        <CaseBoundary caseId={c.id} section="timeline">
          <CaseTimeline kase={c} evidence={evidence} />
        </CaseBoundary>
        <DeleteCase kase={c} files={evidence.length} reminders={reminders.length} onDeleted={setRemoved} />
      </div>
    </main>
  );
}

/** Moves the keyboard to a lifecycle form (from the "what to do now" card). */
function focusSection(id: string): void {
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: 'start' });
  el?.focus();
}

/** Prices as "8 763 ₸", dates in the buyer's language; the order number stays as typed. */
function formatFact(key: keyof OrderFacts, value: OrderFacts[keyof OrderFacts], lang: Lang): string {
  if (key === 'price' && typeof value === 'number') return formatPrice(value);
  if ((key === 'orderDate' || key === 'receivedDate') && typeof value === 'string')
    return formatDate(value, lang);
  return String(value);
}
