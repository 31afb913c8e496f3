import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { CaseBoundary } from '@/components/case-boundary';
import { CaseRow } from '@/components/case-row';
import { LanguageSwitcher } from '@/components/language-switcher';
import { useToday } from '@/components/use-today';
import { sharedOrderNumbers } from '@/utils/cases/summary';
import { casePicturesOf } from '@/utils/evidence/picture';
import { send } from '@/utils/messaging/client';
import { RENDER_MARK, rememberShell, shellStamp, takeOverShell } from '@/utils/popup-shell';
import { loadAll, saveRanks, type FirstPage } from './load';
import {
  FILTERS,
  FIRST_SCREEN,
  PAGE_SIZE,
  countByFilter,
  filterCases,
  isPopupFilter,
  rankCases,
  urgentDeadline,
  type PopupFilter,
  type RankedCase,
} from './model';
import { AppHeader, Button } from '@/components/ui';

/** Opens an extension page in a new tab and closes the popup. */
function openTab(path: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(path as '/case.html') });
  window.close();
}
const caseHref = (id: string) =>
  browser.runtime.getURL(`/case.html?id=${encodeURIComponent(id)}` as '/case.html');
const openCase = (id: string) => openTab(`/case.html?id=${encodeURIComponent(id)}`);

/**
 * Every saved case, most urgent first, live from IndexedDB; search, status filter, "show more".
 * `firstPage` (see load.ts) may list the most urgent cases before the full listing is ready.
 */
export function Popup({ firstPage }: { firstPage: Promise<FirstPage | null> }) {
  const { t, i18n } = useTranslation();
  const [quick, setQuick] = useState<FirstPage | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void firstPage.then((page) => {
      if (alive) setQuick(page);
    });
    return () => {
      alive = false;
    };
  }, [firstPage]);
  // The full listing (every row parsed; bad rows counted) starts once the first screen is rendered, so
  // the two do not compete for the main thread.
  const started = quick !== undefined;
  const full = useLiveQuery(() => (started ? loadAll() : undefined), [started]);

  const today = useToday();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<PopupFilter>('all');
  const [limit, setLimit] = useState(PAGE_SIZE);

  // Deadlines are computed once per change of the saved cases, not on every keystroke.
  const ranked = useMemo(() => (full ? rankCases(full.cases, today) : null), [full, today]);
  // One case per order: the popup says when two cases share an order number.
  const shared = useMemo(
    () =>
      full
        ? [
            ...sharedOrderNumbers(
              full.cases.map((c) => ({ id: c.id, orderNumber: c.order.orderNumber })),
            ).keys(),
          ]
        : [],
    [full],
  );
  useEffect(() => {
    if (ranked) saveRanks(ranked, today);
  }, [ranked, today]);
  const counts = useMemo(() => (ranked ? countByFilter(ranked) : null), [ranked]);
  const searching = query.trim() !== '' || filter !== 'all';
  /** What is listed: the full ranking filtered, or (until it is ready, and while nothing is searched) the first page. */
  const view = useMemo((): { rows: RankedCase[]; total: number } | null => {
    if (ranked) {
      const rows = filterCases(ranked, query, filter);
      return { rows, total: rows.length };
    }
    return quick && !searching ? { rows: quick.rows, total: quick.total } : null;
  }, [ranked, quick, query, filter, searching]);
  // Only the rows on screen: rendering 1,000 rows is what would make the popup slow.
  const shown = useMemo(
    () =>
      (view?.rows ?? []).slice(0, limit).map((r) => ({ ...r, deadline: urgentDeadline(r.c, r.u, today) })),
    [view, limit, today],
  );
  const caseCount = full ? full.cases.length : (quick?.total ?? 0);
  // The product pictures of the rows on screen (issue 11): small stored bytes, one read for all.
  const shownIds = shown.map((r) => r.c.id).join(',');
  const pictures = useLiveQuery(
    () => (shownIds ? casePicturesOf(shownIds.split(',')) : undefined),
    [shownIds],
  );

  // The benchmark (npm run bench) reads this mark: first render with the saved cases listed (unless
  // the remembered first screen was shown before, see boot.ts).
  const listed = view !== null;
  useEffect(() => {
    if (listed && !performance.getEntriesByName(RENDER_MARK).length) {
      performance.mark(RENDER_MARK, { detail: { cases: caseCount } });
    }
  }, [listed, caseCount]);

  // The remembered first screen (utils/popup-shell) gives way once this list is ready, before paint;
  // what the buyer typed or chose in it meanwhile is kept.
  const search = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (!listed) return;
    const carried = takeOverShell(document.getElementById('shell'), document.getElementById('root')!);
    if (!carried) return;
    /* eslint-disable react-hooks/set-state-in-effect -- once, on taking over from the snapshot */
    if (carried.query) setQuery(carried.query);
    if (carried.filter !== 'all' && isPopupFilter(carried.filter)) setFilter(carried.filter);
    /* eslint-enable react-hooks/set-state-in-effect */
    if (carried.searchFocused || document.activeElement === document.body) search.current?.focus();
  }, [listed]);

  // Remembers this first screen for the next popup, with the table state it shows. Only the plain view
  // (no search, no filter) and only once the full listing is on screen.
  const main = useRef<HTMLElement>(null);
  const lang = i18n.language;
  useEffect(() => {
    if (!full || !ranked || searching || !main.current) return;
    rememberShell(
      main.current,
      {
        stamp: shellStamp(today, browser.runtime.getManifest().version),
        lang,
        title: document.title,
        ...full.state,
      },
      FIRST_SCREEN,
    );
  }, [full, ranked, searching, today, lang, counts]);

  // Due reminders are shown and the badge refreshed when the popup opens; asked once the list is on
  // screen, because the background then reads every case too.
  const [notificationsOff, setNotificationsOff] = useState(false);
  const synced = useRef(false);
  useEffect(() => {
    if (!listed || synced.current) return;
    synced.current = true;
    send('ui:sync-reminders', {})
      .then((state) => setNotificationsOff(!state.notificationsAllowed))
      .catch(() => undefined);
  }, [listed]);

  return (
    <main ref={main}>
      <div className="top">
        <AppHeader title={t('popup.title')} name={t('app.name')}>
          <LanguageSwitcher />
        </AppHeader>
        {caseCount > 0 && (
          <div className="tools" role="search">
            <label className="search">
              <span className="visually-hidden">{t('popup.search')}</span>
              <input
                ref={search}
                type="search"
                name="q"
                value={query}
                placeholder={t('popup.searchPlaceholder')}
                autoComplete="off"
                spellCheck={false}
                // The popup opens to type in: the buyer is usually looking for one order.
                autoFocus
                onChange={(e) => {
                  setQuery(e.target.value);
                  setLimit(PAGE_SIZE);
                }}
              />
            </label>
            <label className="filter">
              <span className="visually-hidden">{t('popup.filter')}</span>
              <select
                name="filter"
                value={filter}
                onChange={(e) => {
                  if (isPopupFilter(e.target.value)) setFilter(e.target.value);
                  setLimit(PAGE_SIZE);
                }}
              >
                {FILTERS.map((f) => (
                  <option key={f} value={f}>
                    {counts ? `${t(`popup.filters.${f}`)} (${counts[f]})` : t(`popup.filters.${f}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
      </div>
      {notificationsOff && (
        <p className="notice notice--error" data-shell-skip="">
          {t('popup.notificationsOff')}
        </p>
      )}
      {full && full.bad > 0 && (
        <p className="notice notice--error" data-shell-skip="">
          {t('popup.badRows', { count: full.bad })}
        </p>
      )}
      {shared.length > 0 && (
        <ul className="notice" data-shell-skip="" data-shared-orders="">
          {shared.map((number) => (
            <li key={number}>{t('lifecycle.sameOrder', { number })}</li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status" data-shell-skip="">
        {view && searching ? t('popup.results', { count: view.total }) : ''}
      </p>
      {view === null ? (
        <p className="content muted">{t('app.loading')}</p>
      ) : caseCount === 0 ? (
        <div className="content empty" data-state="empty">
          <p>
            <strong>{t('popup.empty')}</strong>
          </p>
          <p className="muted">{t('popup.emptyHow')}</p>
        </div>
      ) : view.total === 0 ? (
        <div className="content empty" data-state="no-matches">
          <p>
            <strong>{t('popup.noMatches')}</strong>
          </p>
          <p className="muted">{t('popup.noMatchesHow')}</p>
          <Button
            type="button"
            onClick={() => {
              setQuery('');
              setFilter('all');
              setLimit(PAGE_SIZE);
            }}
          >
            {t('popup.clearSearch')}
          </Button>
        </div>
      ) : (
        <>
          <CaseBoundary caseId={null} section="popup-list">
            <ul className="cases" aria-label={t('popup.list')}>
              {shown.map((r) => (
                // One row that cannot render shows how to repair its case; the others stay.
                <CaseBoundary key={r.c.id} caseId={r.c.id} section="popup-row" compact>
                  <CaseRow
                    kase={r.c}
                    urgency={r.u}
                    deadline={r.deadline}
                    needsRepair={r.needsRepair}
                    href={caseHref(r.c.id)}
                    onOpen={openCase}
                    picture={pictures?.get(r.c.id) ?? null}
                  />
                </CaseBoundary>
              ))}
            </ul>
          </CaseBoundary>
          {ranked && view.total > shown.length && (
            <div className="content more" data-shell-skip="">
              <span className="muted">{t('popup.shownOf', { shown: shown.length, total: view.total })}</span>
              <Button onClick={() => setLimit(shown.length + PAGE_SIZE)}>
                {t('popup.showMore', { n: Math.min(PAGE_SIZE, view.total - shown.length) })}
              </Button>
            </div>
          )}
        </>
      )}
      <footer className="content popup-actions">
        <Button variant="primary" onClick={() => openTab('/panel.html?from=app')}>
          {t('popup.newFromApp')}
        </Button>
        <Button onClick={() => openTab('/archive.html')}>{t('popup.archive')}</Button>
        <Button onClick={() => openTab('/settings.html')}>{t('lifecycle.settings.link')}</Button>
      </footer>
    </main>
  );
}
