import { useEffect, useRef, useState } from 'react';
import { errorText } from '@/components/error-text';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '@/components/download';
import { ArchiveBuildError } from '@/utils/archive';
import { exportArchive } from '@/utils/archive/io';
import { formatBytes } from '@/utils/evidence/format';
import { useLang } from './use-lang';
import { Button } from '@/components/ui';

type State =
  { kind: 'busy'; done: number; total: number } | { kind: 'ok' | 'error' | 'cancelled'; text: string };

/**
 * Builds the ZIP (one case, or every case) and downloads it, with the evidence bytes read so far and a
 * Cancel: the archive is a Blob of the stored files (nothing is written while it is built), so a
 * cancelled export leaves no file, no download and no object URL behind.
 */
export function ExportButton({ which, label }: { which: { caseId: string } | 'all'; label: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, setState] = useState<State | null>(null);
  const running = useRef<AbortController | null>(null);
  // Leaving the page stops an export under way.
  useEffect(() => () => running.current?.abort(), []);

  const run = async () => {
    const controller = new AbortController();
    running.current = controller;
    setState({ kind: 'busy', done: 0, total: 0 });
    let shown = 0;
    try {
      const { blob, fileName, changed } = await exportArchive(which, lang, undefined, undefined, {
        signal: controller.signal,
        onProgress: (done, total) => {
          // At most every 1 % (or at the end): a render per 4 MiB piece would be wasted work.
          if (done === total || done - shown >= total / 100) {
            shown = done;
            setState({ kind: 'busy', done, total });
          }
        },
      });
      if (controller.signal.aborted) throw controller.signal.reason;
      downloadBlob(blob, fileName);
      setState({
        kind: changed ? 'error' : 'ok',
        text:
          t('archive.exported', { name: fileName }) +
          (changed ? ` ${t('archive.changedFiles', { count: changed })}` : ''),
      });
    } catch (error) {
      if (controller.signal.aborted) {
        setState({ kind: 'cancelled', text: t('archive.exportCancelled') });
        return;
      }
      // Over the archive's limits (utils/archive): say which, in the buyer's language.
      const reason = error instanceof ArchiveBuildError ? t(`archive.error.${error.code}`) : errorText(error);
      setState({ kind: 'error', text: t('archive.exportFailed', { error: reason }) });
    } finally {
      if (running.current === controller) running.current = null;
    }
  };
  const busy = state?.kind === 'busy';
  return (
    <span className="stack export">
      {busy ? (
        <Button onClick={() => running.current?.abort()} data-action="cancel-export">
          {t('archive.cancelExport')}
        </Button>
      ) : (
        <Button onClick={() => void run()}>{label}</Button>
      )}
      {busy && state.total > 0 && (
        <progress
          className="export__progress"
          max={state.total}
          value={state.done}
          aria-label={t('archive.exporting')}
        />
      )}
      <span
        role="status"
        data-field="export"
        data-state={state?.kind ?? 'idle'}
        className={
          state && state.kind !== 'busy'
            ? `notice notice--${state.kind === 'cancelled' ? 'warn' : state.kind}`
            : 'muted'
        }
      >
        {state === null
          ? ''
          : state.kind === 'busy'
            ? state.total > 0
              ? t('archive.exportProgress', {
                  done: formatBytes(state.done, lang),
                  total: formatBytes(state.total, lang),
                })
              : t('archive.exporting')
            : state.text}
      </span>
    </span>
  );
}
