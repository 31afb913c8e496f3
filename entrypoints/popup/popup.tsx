import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { LanguageSwitcher } from '@/components/language-switcher';
import { StatusChip } from '@/components/status-chip';
import { useToday } from '@/components/use-today';
import { caseSchema, type Case } from '@/utils/cases/schema';
import { db, parseRows } from '@/utils/db';
import { urgencyOf } from '@/utils/cases/deadlines';
import { send } from '@/utils/messaging/client';

interface Listed {
  cases: Case[];
  bad: number;
}

/** Every saved case, most urgent first, live from IndexedDB. */
export function Popup() {
  const { t } = useTranslation();
  const listed = useLiveQuery(async (): Promise<Listed> => {
    let bad = 0;
    const cases = parseRows('cases', await db.cases.toArray(), caseSchema, () => bad++);
    return { cases, bad };
  });
  const [notificationsOff, setNotificationsOff] = useState(false);
  useEffect(() => {
    send('ui:sync-reminders', {})
      .then((state) => setNotificationsOff(!state.notificationsAllowed))
      .catch(() => undefined);
  }, []);

  // The benchmark (npm run bench) reads this mark: first render with the saved cases listed.
  useEffect(() => {
    if (listed && !performance.getEntriesByName('shagym:popup-rendered').length) {
      performance.mark('shagym:popup-rendered', { detail: { cases: listed.cases.length } });
    }
  }, [listed]);

  const today = useToday();
  const sorted = (listed?.cases ?? [])
    .map((c) => ({ c, u: urgencyOf(c, today) }))
    .sort((a, b) => a.u.rank - b.u.rank || b.c.updatedAt - a.c.updatedAt);

  const openTab = (path: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(path as '/case.html') });
    window.close();
  };

  return (
    <main>
      <header className="bar">
        <h1>{t('popup.title')}</h1>
        <LanguageSwitcher />
      </header>
      {notificationsOff && <p className="notice notice--error">{t('popup.notificationsOff')}</p>}
      {listed && listed.bad > 0 && <p className="notice notice--error">{t('popup.badRows', { count: listed.bad })}</p>}
      {listed === undefined ? (
        <p className="content muted">{t('app.loading')}</p>
      ) : sorted.length === 0 ? (
        <div className="content">
          <p>
            <strong>{t('popup.empty')}</strong>
          </p>
          <p className="muted">{t('popup.emptyHow')}</p>
        </div>
      ) : (
        <ul className="cases" aria-label={t('popup.title')}>
          {sorted.map(({ c }) => (
            <li key={c.id} className="case-item" data-case-id={c.id}>
              <a
                href={browser.runtime.getURL(`/case.html?id=${c.id}` as '/case.html')}
                onClick={(e) => {
                  e.preventDefault();
                  openTab(`/case.html?id=${c.id}`);
                }}
              >
                <div className="title">{c.order.productTitle ?? t('popup.noTitle')}</div>
                <div className="meta">
                  <StatusChip status={c.status} />
                  {c.order.orderNumber && <span>{t('popup.order', { number: c.order.orderNumber })}</span>}
                  {c.order.sellerName && <span>{c.order.sellerName}</span>}
                </div>
              </a>
            </li>
          ))}
        </ul>
      )}
      <footer className="content row">
        <button type="button" className="primary" onClick={() => openTab('/panel.html?from=app')}>
          {t('popup.newFromApp')}
        </button>
      </footer>
    </main>
  );
}
