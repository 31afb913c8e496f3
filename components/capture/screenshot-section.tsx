import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { errorText } from '@/components/error-text';
import { Button } from '@/components/ui';
import { caseChoices, pageRefOf, productTitleOf } from '@/utils/capture/pick-case';
import { newCase } from '@/utils/cases/create';
import { EMPTY_ORDER } from '@/utils/cases/schema';
import { saveCase } from '@/utils/cases/store';
import { caseSummarySchema, type CaseSummary } from '@/utils/cases/summary';
import { db } from '@/utils/db';
import { productRef, parseKaspiUrl } from '@/utils/kaspi/urls';
import { send } from '@/utils/messaging/client';
import { captureReplies, type ResponseOf } from '@/utils/messaging/protocol';
import './screenshot-section.css';

/** The kaspi.kz tab the popup captures: `?tab=<id>` (the context menu's window, tests), else the active tab. */
async function targetTab(): Promise<{ id: number; url: string; title: string } | null> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tab =
    Number.isInteger(asked) && asked > 0
      ? await browser.tabs.get(asked).catch(() => null)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || typeof tab.id !== 'number' || !tab.url || !parseKaspiUrl(tab.url)) return null;
  return { id: tab.id, url: tab.url, title: tab.title ?? '' };
}

const NEW = 'new';
type Status =
  | { state: 'busy'; done: number; total: number }
  | { state: 'saved'; result: ResponseOf<'ui:capture-screenshot'>; caseId: string }
  | { state: 'error'; text: string };

/**
 * "Save a screenshot of this page to the case…" (issue 11), at the top of the popup on a kaspi.kz tab:
 * the visible area or the full page, into the case the buyer picks (this product's or order's open
 * case first, utils/capture/pick-case.ts), or a new one. The background takes it (utils/capture).
 */
export function ScreenshotSection({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<{ id: number; url: string; title: string } | null>(null);
  useEffect(() => {
    void targetTab()
      .then(setTab)
      .catch(() => setTab(null));
  }, []);
  const rows = useLiveQuery(async () => {
    const all = await db.caseIndex.toArray();
    return all.flatMap((row): CaseSummary[] => {
      const parsed = caseSummarySchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  }, []);
  const choices = useMemo(() => (tab && rows ? caseChoices(rows, pageRefOf(tab.url)) : null), [tab, rows]);
  const [picked, setPicked] = useState<string | null>(null);
  const caseId = picked ?? choices?.preselected ?? NEW;
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    if (!tab) return;
    const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab) return;
      const p = captureReplies.progress.safeParse(message);
      if (p.success && p.data.tabId === tab.id)
        setStatus((s) =>
          s?.state === 'busy' ? { state: 'busy', done: p.data.done, total: p.data.total } : s,
        );
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tab]);

  if (!tab || !choices) return null;
  const label = (r: CaseSummary) =>
    [r.title ?? t('screenshot.noTitle'), r.orderNumber ? t('popup.order', { number: r.orderNumber }) : '']
      .filter(Boolean)
      .join(' · ');

  const take = async (method: 'visible-screenshot' | 'full-page-screenshot') => {
    setStatus({ state: 'busy', done: 0, total: 1 });
    try {
      let target = caseId;
      if (target === NEW) {
        const product = productRef(tab.url);
        const now = Date.now();
        const value = newCase(
          {
            order: {
              ...EMPTY_ORDER,
              productCode: product?.code ?? null,
              productUrl: product?.url ?? null,
              productTitle: product ? productTitleOf(tab.title) : null,
            },
            problem: null,
            remedy: null,
            description: '',
            status: 'draft',
          },
          now,
        );
        target = (await saveCase(value, null)).case.id;
        setPicked(target);
      }
      const result = await send('ui:capture-screenshot', { tabId: tab.id, method, caseId: target });
      setStatus({ state: 'saved', result, caseId: target });
    } catch (error) {
      setStatus({ state: 'error', text: t('screenshot.failed', { error: errorText(error) }) });
    }
  };
  const busy = status?.state === 'busy';

  return (
    <section
      className="content screenshot"
      data-shell-skip=""
      data-screenshot=""
      aria-labelledby="screenshot-title"
    >
      <h2 id="screenshot-title" className="screenshot__title">
        {t('screenshot.title')}
      </h2>
      <label className="screenshot__case">
        <span>{t('screenshot.caseLabel')}</span>
        <select
          name="screenshot-case"
          value={caseId}
          disabled={busy}
          onChange={(e) => setPicked(e.target.value)}
        >
          {choices.matching.length > 0 && (
            <optgroup label={t('screenshot.matching')}>
              {choices.matching.map((r) => (
                <option key={r.id} value={r.id}>
                  {label(r)}
                </option>
              ))}
            </optgroup>
          )}
          <option value={NEW}>{t('screenshot.newCase')}</option>
          {choices.others.length > 0 && (
            <optgroup label={t('screenshot.others')}>
              {choices.others.map((r) => (
                <option key={r.id} value={r.id}>
                  {label(r)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <div className="screenshot__actions">
        <Button
          variant="primary"
          disabled={busy}
          data-method="visible-screenshot"
          onClick={() => void take('visible-screenshot')}
        >
          {t('screenshot.visible')}
        </Button>
        <Button
          disabled={busy}
          data-method="full-page-screenshot"
          onClick={() => void take('full-page-screenshot')}
        >
          {t('screenshot.fullPage')}
        </Button>
      </div>
      {busy && (
        <progress
          className="screenshot__progress"
          max={status.total}
          value={status.done}
          aria-label={t('screenshot.progress', { done: status.done, total: status.total })}
        />
      )}
      <p
        className={status?.state === 'error' ? 'notice notice--error' : 'muted'}
        role="status"
        data-state={status?.state ?? 'idle'}
        data-evidence-id={status?.state === 'saved' ? status.result.evidenceId : undefined}
        data-sha256={status?.state === 'saved' ? status.result.sha256 : undefined}
        data-case-id={status?.state === 'saved' ? status.caseId : undefined}
      >
        {status === null
          ? t('screenshot.limit')
          : status.state === 'busy'
            ? t('screenshot.progress', { done: status.done, total: status.total })
            : status.state === 'error'
              ? status.text
              : [
                  t('screenshot.saved', {
                    width: status.result.width,
                    height: status.result.height,
                    hash: status.result.sha256.slice(0, 16),
                  }),
                  status.result.cut ? t('screenshot.cut', { height: status.result.height }) : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
      </p>
      {status?.state === 'saved' && (
        <Button onClick={() => onOpenCase(status.caseId)}>{t('screenshot.openCase')}</Button>
      )}
    </section>
  );
}
