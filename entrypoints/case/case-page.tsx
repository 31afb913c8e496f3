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
import { ProductCard } from '@/components/product-card';
import { StatusChip } from '@/components/status-chip';
import { ORDER_FIELDS } from '@/components/order-facts-form';
import { ComplaintTexts } from '@/components/complaint-texts';
import { useCaseDraft } from '@/components/use-case-draft';
import { DeadlineList } from '@/components/deadline-list';
import { EvidenceList } from '@/components/evidence-list';
import { ExportButton } from '@/components/export-button';
import { PrintReportButton } from '@/components/case/print-report-button';
import { AppHeader, Card, LinkButton } from '@/components/ui';
import { BackToList } from '@/components/back-to-list';
import { caseRepairs } from '@/utils/cases/repair';
import type { OrderFacts } from '@/utils/cases/schema';
import { getCase, listRemindersForCase } from '@/utils/db';
import { listCaseEvidence } from '@/utils/evidence/store';
import { casePicture } from '@/utils/evidence/picture';
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

/**
 * The full-tab case page (case.html?id=…), opened from the popup, the panel and notifications.
 *
 * Layout (components/ui/ui.css, .page-grid): two columns on a wide screen, one on a phone, by named
 * areas — `summary` (the product and the facts), `main` (the texts), `side` (deadlines, evidence,
 * actions), `extra` (the timeline). A new section goes into the area it belongs to, as its own
 * component wrapped in a CaseBoundary.
 */
export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const found = useLiveQuery(
    async () => ({
      c: await getCase(id),
      reminders: await listRemindersForCase(id),
      evidence: await listCaseEvidence(id),
      picture: await casePicture(id),
    }),
    [id],
  );
  const header = (title: string, extra?: React.ReactNode) => (
    <AppHeader title={title} name={t('app.name')} before={<BackToList />}>
      {extra}
      <LanguageSwitcher />
    </AppHeader>
  );
  const [removed, setRemoved] = useState<Deleted | null>(null);
  if (removed) return <DeletedNotice removed={removed} onRestored={() => setRemoved(null)} />;
  if (found === undefined)
    return (
      <main>
        {header(t('case.title'))}
        <p className="page muted">{t('app.loading')}</p>
      </main>
    );
  const { c, reminders, evidence, picture } = found;
  if (!c)
    return (
      <main>
        {header(t('case.title'))}
        <div className="page">
          <p className="notice notice--error">{t('case.notFound')}</p>
        </div>
      </main>
    );
  return (
    <main data-case-id={c.id}>
      {header(`${t('case.title')}: ${c.order.productTitle ?? t('popup.noTitle')}`, <StatusChip kase={c} />)}
      <div className="page page-grid">
        <div className="area-summary">
          <RepairedDatesNotice repairs={caseRepairs(c)} caseId={c.id} />
          {/* What to do now: the next deadline and the one action that fits the status. */}
          <Card data-section="next-action">
            <CaseBoundary caseId={c.id} section="next-action">
              <NextActionCard kase={c} onAction={focusSection} />
            </CaseBoundary>
          </Card>
          <ProductCard facts={c.order} picture={picture} />
          {/* Each section stands alone: one that cannot be shown says how to repair the case. */}
          <Card aria-label={t('ui.facts')} data-section="facts">
            <CaseBoundary caseId={c.id} section="facts">
              <dl className="facts">
                {ORDER_FIELDS.map(({ key }) =>
                  c.order[key] === null ? null : (
                    <div key={key} className="facts__row">
                      <dt>{t(`field.${key}`)}</dt>
                      <dd data-field={key}>{formatFact(key, c.order[key], lang)}</dd>
                    </div>
                  ),
                )}
                {c.problem && (
                  <div className="facts__row">
                    <dt>{t('field.problem')}</dt>
                    <dd>{t(`problem.${c.problem}`)}</dd>
                  </div>
                )}
                {c.remedy && (
                  <div className="facts__row">
                    <dt>{t('field.remedy')}</dt>
                    <dd>{t(`remedy.${c.remedy}`)}</dd>
                  </div>
                )}
              </dl>
            </CaseBoundary>
            {c.description && <p className="description prose">{c.description}</p>}
            <p className="no-print">
              <LinkButton
                variant="primary"
                href={browser.runtime.getURL(`/panel.html?case=${c.id}` as '/panel.html')}
              >
                {t('wizard.resumeDraft')}
              </LinkButton>
            </p>
          </Card>
        </div>

        <div className="area-main">
          <Card title={t('wizard.steps.texts')} titleId="texts-title" data-section="texts">
            {/* The letter's inputs are here too (the buyer's and the seller's details), saved like the panel's. */}
            <CaseBoundary caseId={c.id} section="texts">
              <CaseTexts id={c.id} />
            </CaseBoundary>
          </Card>
        </div>

        <aside className="area-side" aria-label={t('ui.sidebar')}>
          <Card title={t('wizard.deadlines')} titleId="deadlines-title" data-section="deadlines">
            <CaseBoundary caseId={c.id} section="deadlines">
              <DeadlineList kase={c} />
            </CaseBoundary>
            <ReminderDates reminders={reminders} />
          </Card>
          <Card data-section="evidence">
            <CaseBoundary caseId={c.id} section="evidence">
              <EvidenceList caseId={c.id} checklistFor={c} showStorage />
            </CaseBoundary>
          </Card>
          <Card className="no-print" data-section="lifecycle">
            <CaseBoundary caseId={c.id} section="lifecycle">
              <LifecycleActions kase={c} evidence={evidence} />
            </CaseBoundary>
          </Card>
          <Card className="no-print" data-section="actions" aria-label={t('ui.actions')}>
            <ExportButton which={{ caseId: c.id }} label={t('archive.exportCase')} />
            <PrintReportButton caseId={c.id} />
            <LinkButton
              variant="link"
              href={browser.runtime.getURL(`/archive.html?case=${c.id}` as '/archive.html')}
              data-link="archive"
            >
              {t('archive.title')}
            </LinkButton>
            <DeleteCase
              kase={c}
              files={evidence.length}
              reminders={reminders.length}
              onDeleted={setRemoved}
            />
          </Card>
        </aside>

        <div className="area-extra">
          <Card data-section="timeline">
            {/* The case's own events (with undo and correct) and the evidence as it was added, in time order. */}
            <CaseBoundary caseId={c.id} section="timeline">
              <CaseTimeline kase={c} evidence={evidence} />
            </CaseBoundary>
          </Card>
        </div>
      </div>
    </main>
  );
}

/** Moves the keyboard to a lifecycle form (from the "what to do now" card). */
function focusSection(id: string): void {
  const el = document.getElementById(id);
  if (el instanceof HTMLDetailsElement) el.open = true;
  el?.scrollIntoView({ block: 'start' });
  (el?.querySelector<HTMLElement>(':scope > summary') ?? el)?.focus();
}

/** Prices as "8 763 ₸", dates in the buyer's language; the order number stays as typed. */
function formatFact(key: keyof OrderFacts, value: OrderFacts[keyof OrderFacts], lang: Lang): string {
  if (key === 'price' && typeof value === 'number') return formatPrice(value);
  if ((key === 'orderDate' || key === 'receivedDate') && typeof value === 'string')
    return formatDate(value, lang);
  return String(value);
}
