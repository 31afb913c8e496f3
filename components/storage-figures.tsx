import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@/utils/evidence/format';
import { readStorage, type StorageState } from '@/utils/storage/space';
import { useLang } from './use-lang';

/**
 * Used and free space of the extension's data and whether the browser keeps it under storage pressure
 * (utils/storage/space.ts decides; this only shows). Read again when `refresh` changes (a file added or
 * removed).
 */
export function StorageFigures({ refresh }: { refresh?: unknown }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(() => {
    let live = true;
    void readStorage().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [refresh]);
  if (!state) return null;
  const { figures, persistence } = state;
  return (
    <div className="storage-figures" data-section="storage">
      {figures ? (
        <p data-field="storage-used" data-used={figures.used} data-free={figures.free}>
          {t('space.figures', {
            used: formatBytes(figures.used, lang),
            free: formatBytes(figures.free, lang),
          })}
        </p>
      ) : (
        <p className="muted" data-field="storage-used">
          {t('space.unknown')}
        </p>
      )}
      <p className="muted" data-field="storage-kept" data-state={persistence}>
        {t(`space.persistence.${persistence}`)}
      </p>
    </div>
  );
}
