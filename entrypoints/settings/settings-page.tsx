import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { LanguageSwitcher } from '@/components/language-switcher';
import { errorText } from '@/components/error-text';
import { deleteAllCases } from '@/utils/cases/store';
import { db } from '@/utils/db';
import { AppHeader, Button } from '@/components/ui';
import { BackToList } from '@/components/back-to-list';
import { StorageFigures } from '@/components/storage-figures';

/**
 * Settings, reachable from the popup: "delete all my data" — every case with its files, reminders and
 * notifications (through utils/cases/store.ts, which announces the ids so the background clears them),
 * this extension's storage (language choice, the popup's remembered first screen). Asked once, named.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const count = useLiveQuery(() => db.cases.count(), []);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deleteAll = async () => {
    try {
      await deleteAllCases();
      await browser.storage.local.clear();
      await browser.storage.session?.clear();
      localStorage.clear();
      sessionStorage.clear();
      setDone(true);
      setAsking(false);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <main>
      <AppHeader title={t('lifecycle.settings.title')} name={t('app.name')} before={<BackToList />}>
        <LanguageSwitcher />
      </AppHeader>
      <div className="page">
        <section aria-labelledby="space-title">
          <h2 id="space-title">{t('space.title')}</h2>
          <StorageFigures refresh={`${count ?? ''}${done}`} />
        </section>
        <section aria-labelledby="delete-all-title">
          <h2 id="delete-all-title">{t('lifecycle.settings.deleteAll')}</h2>
          {done && (
            <p className="notice" role="status" data-deleted-all>
              {t('lifecycle.settings.deleteAllDone')}
            </p>
          )}
          {!asking ? (
            <Button variant="danger" onClick={() => setAsking(true)}>
              {t('lifecycle.settings.deleteAll')}
            </Button>
          ) : (
            <div role="alertdialog" aria-describedby="delete-all-what" className="notice">
              <p id="delete-all-what">{t('lifecycle.settings.deleteAllWhat', { count: count ?? 0 })}</p>
              <p className="row">
                <Button variant="danger" onClick={() => void deleteAll()}>
                  {t('lifecycle.settings.deleteAllConfirm')}
                </Button>
                <Button onClick={() => setAsking(false)} autoFocus>
                  {t('lifecycle.remove.no')}
                </Button>
              </p>
            </div>
          )}
          {error && (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          )}
        </section>
      </div>
    </main>
  );
}
