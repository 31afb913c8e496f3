import { useState } from 'react';
import { errorText } from '@/components/error-text';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '@/components/download';
import { ArchiveBuildError } from '@/utils/archive';
import { exportArchive } from '@/utils/archive/io';
import { useLang } from './use-lang';
import { Button } from '@/components/ui';

/** Builds the ZIP (one case, or every case) and downloads it; says what happened. */
export function ExportButton({ which, label }: { which: { caseId: string } | 'all'; label: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, setState] = useState<{ kind: 'busy' | 'ok' | 'error'; text: string } | null>(null);
  const run = async () => {
    setState({ kind: 'busy', text: t('archive.exporting') });
    try {
      const { bytes, fileName, changed } = await exportArchive(which, lang);
      downloadBlob(new Blob([bytes as BlobPart], { type: 'application/zip' }), fileName);
      setState({
        kind: changed ? 'error' : 'ok',
        text:
          t('archive.exported', { name: fileName }) +
          (changed ? ` ${t('archive.changedFiles', { count: changed })}` : ''),
      });
    } catch (error) {
      // Over the archive's limits (utils/archive): say which, in the buyer's language.
      const reason = error instanceof ArchiveBuildError ? t(`archive.error.${error.code}`) : errorText(error);
      setState({ kind: 'error', text: t('archive.exportFailed', { error: reason }) });
    }
  };
  return (
    <span className="stack export">
      <Button onClick={() => void run()} disabled={state?.kind === 'busy'}>
        {label}
      </Button>
      <span
        role="status"
        data-field="export"
        className={state && state.kind !== 'busy' ? `notice notice--${state.kind}` : 'muted'}
      >
        {state?.text ?? ''}
      </span>
    </span>
  );
}
