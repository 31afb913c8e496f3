import { useCallback, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { errorText } from '@/components/error-text';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '@/components/export-button';
import { LanguageSwitcher } from '@/components/language-switcher';
import { applyImport, previewImport, savedTotals, type ImportPreview } from '@/utils/archive/io';
import { ArchiveReadTimeout, readArchiveInWorker, readTimeLimit } from '@/utils/archive/read-in-worker';
import { formatBytes } from '@/utils/evidence/format';
import { type Lang } from '@/utils/i18n/languages';
import { todayInKz } from '@/utils/deadlines/time-zone';
import { dateVars } from '@/utils/i18n/date-forms';
import { useLang } from '@/components/use-lang';
import { AppHeader, Button, FilePicker } from '@/components/ui';
import { BackToList } from '@/components/back-to-list';

/** The browser's own figures for this extension's storage (navigator.storage.estimate()). */
interface Storage {
  used: number;
  quota: number;
}

async function estimateStorage(): Promise<Storage | null> {
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return typeof usage === 'number' && typeof quota === 'number' && quota > 0
      ? { used: usage, quota }
      : null;
  } catch {
    return null;
  }
}

/** The case this page was opened from (archive.html?case=<id>), if any: the way back goes there. */
function fromCase(): string | null {
  const id = new URLSearchParams(location.search).get('case');
  return id && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'error'; text: string }
  | { kind: 'preview'; preview: Extract<ImportPreview, { ok: true }> }
  | { kind: 'importing' }
  | { kind: 'done'; text: string };

/**
 * archive.html: every case as one ZIP, and an import that first shows what it would add or update
 * (nothing is ever deleted) and what it leaves out, and writes only when the buyer confirms. Says what
 * is saved (cases, pieces of evidence, their size) and the browser's space used and free; the way back
 * is to the case it was opened from, or to the list.
 */
export function ArchivePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const fileId = useId();
  const [caseId] = useState(fromCase);
  const [storage, setStorage] = useState<Storage | null | undefined>(undefined);
  const [saved, setSaved] = useState<{ cases: number; evidence: number; bytes: number } | null>(null);
  const refresh = useCallback(() => {
    void estimateStorage().then(setStorage);
    void savedTotals().then(setSaved, () => setSaved(null));
  }, []);
  useEffect(refresh, [refresh]);

  const read = async (file: File) => {
    setStage({ kind: 'reading' });
    try {
      // Read in a worker, in slices, with a time limit: a hostile archive never freezes this page, and
      // a large one is never read whole. What it declares must fit the space the browser has free.
      const space = await estimateStorage();
      const free = space ? Math.max(0, space.quota - space.used) : undefined;
      const preview = await previewImport(file, undefined, (f) =>
        readArchiveInWorker(f, readTimeLimit(file.size), free),
      );
      setStage(
        preview.ok
          ? { kind: 'preview', preview }
          : { kind: 'error', text: t(`archive.error.${preview.error}`) },
      );
    } catch (error) {
      setStage({
        kind: 'error',
        text:
          error instanceof ArchiveReadTimeout
            ? t('archive.readTimeout', { seconds: error.seconds })
            : t('archive.importFailed', { error: errorText(error) }),
      });
    }
  };

  const confirm = async (preview: Extract<ImportPreview, { ok: true }>) => {
    setStage({ kind: 'importing' });
    try {
      const outcome = await applyImport(preview.plan);
      const changed = outcome.changedSincePreview.length;
      setStage({
        kind: 'done',
        text: [
          t('archive.imported', { cases: outcome.caseIds.length, pieces: outcome.addedEvidence }),
          changed > 0 ? t('archive.changedSincePreview', { n: changed }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
      refresh();
    } catch (error) {
      setStage({
        kind: 'error',
        text: t('archive.importFailed', { error: errorText(error) }),
      });
    }
  };
  const back = caseId ? (
    <a
      className="back-link no-print"
      href={browser.runtime.getURL(`/case.html?id=${encodeURIComponent(caseId)}`)}
      data-back="case"
    >
      <span aria-hidden="true">←</span>
      <span className="back-link__text">{t('archive.backToCase')}</span>
    </a>
  ) : (
    <BackToList />
  );

  return (
    <main>
      <AppHeader title={t('archive.title')} name={t('app.name')} before={back}>
        <LanguageSwitcher />
      </AppHeader>
      <div className="page page-columns">
        <section className="card stack" aria-labelledby="export-title">
          <h2 id="export-title" className="card-title">
            {t('archive.exportTitle')}
          </h2>
          <p className="muted">{t('archive.exportHow')}</p>
          {saved && (
            <p data-field="saved">
              {t('archive.exportSaved', {
                cases: saved.cases,
                pieces: saved.evidence,
                size: formatBytes(saved.bytes, lang),
              })}
            </p>
          )}
          <ExportButton which="all" label={t('archive.exportAll')} />
        </section>

        <section className="card stack" aria-labelledby="storage-title">
          <h2 id="storage-title" className="card-title">
            {t('archive.storageTitle')}
          </h2>
          {storage === undefined ? null : storage === null ? (
            <p className="muted" data-field="storage">
              {t('archive.storageUnknown')}
            </p>
          ) : (
            <>
              <progress
                className="storage-meter"
                max={storage.quota}
                value={storage.used}
                aria-labelledby="storage-title"
              />
              <p data-field="storage">
                {t('archive.storage', {
                  used: formatBytes(storage.used, lang),
                  quota: formatBytes(storage.quota, lang),
                  free: formatBytes(Math.max(0, storage.quota - storage.used), lang),
                })}
              </p>
            </>
          )}
        </section>

        <section className="card stack" aria-labelledby="import-title">
          <h2 id="import-title" className="card-title">
            {t('archive.importTitle')}
          </h2>
          <p className="muted">{t('archive.importHow')}</p>
          <FilePicker
            label={t('archive.importFile')}
            button={t('ui.chooseFile')}
            id={fileId}
            name="archive"
            accept=".zip,application/zip"
            disabled={stage.kind === 'reading' || stage.kind === 'importing'}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void read(file);
            }}
          />
          <div role="status" data-stage={stage.kind}>
            {stage.kind === 'reading' && <p className="muted">{t('archive.reading')}</p>}
            {stage.kind === 'importing' && <p className="muted">{t('archive.reading')}</p>}
            {stage.kind === 'error' && <p className="notice notice--error">{stage.text}</p>}
            {stage.kind === 'done' && <p className="notice notice--ok">{stage.text}</p>}
          </div>
          {stage.kind === 'preview' && (
            <ImportSummary
              preview={stage.preview}
              lang={lang}
              onImport={() => void confirm(stage.preview)}
              onCancel={() => setStage({ kind: 'idle' })}
            />
          )}
        </section>
      </div>
    </main>
  );
}

function ImportSummary({
  preview,
  lang,
  onImport,
  onCancel,
}: {
  preview: Extract<ImportPreview, { ok: true }>;
  lang: Lang;
  onImport: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { read, plan } = preview;
  const exportedOn = todayInKz(read.exportedAt);
  const changes = plan.addCases.length + plan.replaceCases.length + plan.addEvidence.length;
  const notNewer = plan.keptCases.filter((k) => k.reason === 'not-newer').length;
  const unreadable = plan.keptCases.length - notNewer;
  return (
    <div className="stack" data-field="preview">
      <p>
        <strong>
          {t('archive.summary', {
            ...dateVars(exportedOn, lang),
            cases: read.cases.length,
            pieces: read.evidence.length,
          })}
        </strong>
      </p>
      <ul>
        <li data-count="add">{t('archive.willAdd', { n: plan.addCases.length })}</li>
        <li data-count="replace">{t('archive.willReplace', { n: plan.replaceCases.length })}</li>
        <li data-count="keep">{t('archive.willKeep', { n: notNewer })}</li>
        {unreadable > 0 && (
          <li data-count="keep-unreadable">{t('archive.willKeepUnreadable', { n: unreadable })}</li>
        )}
        {plan.clampedCases.length > 0 && (
          <li data-count="clamped">{t('archive.willClamp', { n: plan.clampedCases.length })}</li>
        )}
        <li data-count="add-files">{t('archive.willAddFiles', { n: plan.addEvidence.length })}</li>
        <li data-count="skip-files">{t('archive.willSkipFiles', { n: plan.skippedEvidence.length })}</li>
      </ul>
      {read.problems.length > 0 && (
        <div className="notice notice--error">
          <p>
            <strong>{t('archive.problemsTitle')}</strong>
          </p>
          <ul data-field="problems">
            {read.problems.map((p, i) => (
              <li key={i} data-code={p.code}>
                {p.path ?? p.id ?? ''}: {t(`archive.problem.${p.code}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.replaceCases.length > 0 && <p className="muted">{t('archive.mergeNote')}</p>}
      {changes === 0 ? <p className="muted">{t('archive.nothingToImport')}</p> : null}
      <p className="row">
        <Button variant="primary" onClick={onImport} disabled={changes === 0}>
          {t('archive.import')}
        </Button>
        <Button onClick={onCancel}>{t('archive.cancel')}</Button>
      </p>
    </div>
  );
}
