import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '@/utils/cases/schema';
import { UNDO_DELETE_MS, deleteCases, restoreDeleted, type Deleted } from '@/utils/cases/store';
import { errorText } from '../error-text';
import { Button } from '@/components/ui';

/**
 * "Delete the case": a confirmation that names what goes (the case, its files, its reminders and
 * notifications), then everything of it is deleted (utils/cases/store.ts deleteCases) and can be
 * brought back for UNDO_DELETE_MS while this page stays open.
 */
export function DeleteCase({
  kase,
  files,
  reminders,
  onDeleted,
}: {
  kase: Case;
  files: number;
  reminders: number;
  onDeleted: (removed: Deleted | null) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="delete-case no-print" aria-labelledby="delete-title">
      <h2 id="delete-title" className="visually-hidden">
        {t('lifecycle.remove.button')}
      </h2>
      {!asking ? (
        <Button variant="danger" onClick={() => setAsking(true)}>
          {t('lifecycle.remove.button')}
        </Button>
      ) : (
        <div
          role="alertdialog"
          aria-labelledby="delete-confirm"
          aria-describedby="delete-what"
          className="notice"
        >
          <p id="delete-confirm">
            <strong>
              {t('lifecycle.remove.confirm', {
                title: kase.order.productTitle ?? kase.order.orderNumber ?? '',
              })}
            </strong>
          </p>
          <p id="delete-what">{t('lifecycle.remove.what', { files, reminders })}</p>
          <p className="row">
            <Button
              variant="danger"
              onClick={() =>
                void deleteCases([kase.id]).then(
                  (removed) => onDeleted(removed),
                  (e: unknown) => setError(errorText(e)),
                )
              }
            >
              {t('lifecycle.remove.yes')}
            </Button>
            <Button onClick={() => setAsking(false)} autoFocus>
              {t('lifecycle.remove.no')}
            </Button>
          </p>
          {error && (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/** Shown in place of the case after it was deleted: "Bring it back" for a short while. */
export function DeletedNotice({ removed, onRestored }: { removed: Deleted; onRestored: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    timer.current = window.setTimeout(() => setOpen(false), UNDO_DELETE_MS);
    return () => window.clearTimeout(timer.current);
  }, []);
  return (
    <p className="content notice" role="status" data-deleted>
      {t('lifecycle.remove.done')}{' '}
      {open && (
        <Button onClick={() => void restoreDeleted(removed).then(onRestored)}>
          {t('lifecycle.remove.undo')}
        </Button>
      )}
    </p>
  );
}
