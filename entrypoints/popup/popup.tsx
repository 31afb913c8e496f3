import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { CaseBoundary } from '@/components/case-boundary';
import { ScreenshotSection } from '@/components/capture/screenshot-section';
import { CaseRow } from '@/components/case-row';
import { LanguageSwitcher } from '@/components/language-switcher';
import { useToday } from '@/components/use-today';
import { sharedOrderNumbers } from '@/utils/cases/summary';
import { casePicturesOf } from '@/utils/evidence/picture';
import { send } from '@/utils/messaging/client';
import { RENDER_MARK, rememberShell, shellStamp, shellStrings, takeOverShell } from '@/utils/popup-shell';
import { SHOWN_STATUSES } from '@/utils/cases/lifecycle';
import { DEADLINE_KINDS, deadlineLabel } from '@/utils/deadlines';
import { useLang } from '@/components/use-lang';
import { loadListing, loadRows } from './load';
import {
  FILTERS,
  FIRST_SCREEN,
  PAGE_SIZE,
  countByFilter,
  filterCases,
  isPopupFilter,
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
 * Every saved case, most urgent first, live from IndexedDB; search, status filter, "show more". The
 * list is the case index (load.ts `loadListing`); only the rows on screen are read in full.
 */
export function Popup() {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const listing = useLiveQuery(() => loadListing(today), [today]);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<PopupFilter>('all');
  // The first render reads and draws only what fits on screen; the rest of the page follows at once.
  const [limit, setLimit] = useState(FIRST_SCREEN);
  /** Rows on screen whose stored case turned out unreadable: left out of the list, and counted. */
  const [unreadable, setUnreadable] = useState<ReadonlySet<string>>(() => new Set());

  const entries = useMemo(
    () => (listing ? listing.entries.filter((e) => !unreadable.has(e.id)) : null),
    [listing, unreadable],
  );
  // One case per order: the popup says when two cases share an order number.
  const shared = useMemo(() => (entries ? [...sharedOrderNumbers(entries).keys()] : []), [entries]);
  const counts = useMemo(() => (entries ? countByFilter(entries) : null), [entries]);
  const searching = query.trim() !== '' || filter !== 'all';
  const view = useMemo(
    () => (entries ? filterCases(entries, query, filter) : null),
    [entries, query, filter],
  );
  const ids = useMemo(() => (view ?? []).slice(0, limit).map((e) => e.id), [view, limit]);
  const key = ids.join(',');
  // The full cases of the rows on screen (at most a page), live.
  const loaded = useLiveQuery(
    () => loadRows(key ? key.split(',') : [], today).then((shown) => ({ key, ...shown })),
    [key, today],
  );
  // Every case read so far: a narrower search or filter shows its rows at once, the others as they are read.
  const [read, setRead] = useState<ReadonlyMap<string, RankedCase>>(() => new Map());
  /* eslint-disable react-hooks/set-state-in-effect -- what was read is kept; a bad row is taken out once */
  useEffect(() => {
    if (!loaded) return;
    setRead((prev) => new Map([...prev, ...loaded.rows.map((r) => [r.c.id, r] as const)]));
    if (loaded.bad.length) setUnreadable((prev) => new Set([...prev, ...loaded.bad]));
  }, [loaded]);
  /* eslint-enable react-hooks/set-state-in-effect */
  const current = useMemo(
    () =>
      loaded?.key === key
        ? loaded.rows
        : ids.map((id) => read.get(id)).filter((r): r is RankedCase => r !== undefined),
    [loaded, key, ids, read],
  );
  const shown = useMemo(
    () => current.map((r) => ({ ...r, deadline: urgentDeadline(r.c, r.u, today) })),
    [current, today],
  );
  const caseCount = entries?.length ?? 0;
  const bad = (listing?.bad ?? 0) + unreadable.size;
  const total = view?.length ?? 0;
  // The product pictures of the rows on screen (issue 11): small stored bytes, one read for all.
  const shownIds = shown.map((r) => r.c.id).join(',');
  const pictures = useLiveQuery(
    () => (shownIds ? casePicturesOf(shownIds.split(',')) : undefined),
    [shownIds],
  );

  // The benchmark (npm run bench) reads this mark: first render with the saved cases listed (unless
  // the remembered first screen was shown before, see boot.ts).
  // Listed once the rows on screen are read; it stays so while the rows of a new search are read.
  const [listedOnce, setListedOnce] = useState(false);
  const listed = view !== null && (listedOnce || loaded?.key === key);
  useEffect(() => {
    if (!listed) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- once the first screen is drawn
    setListedOnce(true);
    if (!performance.getEntriesByName(RENDER_MARK).length) {
      performance.mark(RENDER_MARK, { detail: { cases: caseCount } });
    }
    setLimit((l) => Math.max(l, PAGE_SIZE));
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

  // Remembers the frame of this first screen and the texts of its rows for the next popup, which draws
  // the case index's rows in it (utils/popup-shell). Only the plain list (no search, no filter).
  const main = useRef<HTMLElement>(null);
  const lang = useLang();
  useEffect(() => {
    if (!listed || searching || total === 0 || !main.current) return;
    const strings = shellStrings(
      { t: (key, options) => t(key, options), raw: (key) => i18n.getResource(lang, 'translation', key) },
      SHOWN_STATUSES,
      Object.fromEntries(DEADLINE_KINDS.map((k) => [k, deadlineLabel(k, lang)])),
    );
    rememberShell(main.current, {
      stamp: shellStamp(browser.runtime.getManifest().version),
      lang,
      title: document.title,
      strings,
    });
  }, [listed, shown, searching, total, lang, counts, t, i18n]);

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
      <ScreenshotSection onOpenCase={openCase} />
      {notificationsOff && (
        <p className="notice notice--error" data-shell-skip="">
          {t('popup.notificationsOff')}
        </p>
      )}
      {bad > 0 && (
        <p className="notice notice--error" data-shell-skip="">
          {t('popup.badRows', { count: bad })}
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
        {view && searching ? t('popup.results', { count: total }) : ''}
      </p>
      {!listed ? (
        <p className="content muted">{t('app.loading')}</p>
      ) : caseCount === 0 ? (
        <div className="content empty" data-state="empty">
          <p>
            <strong>{t('popup.empty')}</strong>
          </p>
          <p className="muted">{t('popup.emptyHow')}</p>
        </div>
      ) : total === 0 ? (
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
          {limit >= PAGE_SIZE && total > shown.length && (
            <div className="content more" data-shell-skip="">
              <span className="muted">{t('popup.shownOf', { shown: shown.length, total })}</span>
              <Button onClick={() => setLimit(shown.length + PAGE_SIZE)}>
                {t('popup.showMore', { n: Math.min(PAGE_SIZE, total - shown.length) })}
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
