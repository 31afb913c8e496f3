/**
 * Showing the remembered first screen (entrypoints/popup-shell.ts). Imports no polyfill, no zod, no
 * Dexie, no React: it runs before any of them is loaded.
 */
import { browser } from '@wxt-dev/browser';
import { DB_NAME } from '../db-name';
import { LANG_KEY } from '../settings/keys';
import { buildElement, type ShellSnapshot } from './snapshot';
import { readShell } from './storage';

/** The popup's render mark, read by the benchmark (npm run bench) and the e2e tests. */
export const RENDER_MARK = 'shagym:popup-rendered';

/**
 * What the snapshot is checked against: the cases table's row count and the newest of the cases'
 * `updatedAt` and the case index's write stamp (`writtenAt`, utils/cases/summary.ts), which every write
 * of a case sets in its own transaction (utils/cases/store.ts) — so no writer clears the snapshot by hand.
 */
export interface CasesState {
  count: number;
  last: number | null;
}

/**
 * The newer of the cases' newest `updatedAt` and the index's newest write stamp: a write through the
 * door (utils/cases/store.ts) moves the stamp even when it keeps an older `updatedAt` (an import); a row
 * written some other way (a test, another version) moves `updatedAt`.
 */
export function newestOf(updatedAt: unknown, writtenAt: unknown): number | null {
  const keys = [updatedAt, writtenAt].filter((k): k is number => typeof k === 'number');
  return keys.length ? Math.max(...keys) : null;
}

/** Every number is a valid key and sorts below strings, dates and arrays: the newest numeric key. */
export const NUMERIC_KEYS = (): IDBKeyRange => IDBKeyRange.upperBound(Infinity);

/**
 * The cases table's state, read with plain IndexedDB in one transaction; null when there is no database
 * yet (none is created) or it cannot be read. Dexie's side is `loadAll` in entrypoints/popup/load.ts.
 */
export function readCasesState(
  factory: IDBFactory = indexedDB,
  name: string = DB_NAME,
): Promise<CasesState | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return resolve(null);
    }
    // No database yet: opening it without a version would create an empty one. Cancel that.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const idb = request.result;
      try {
        const tx = idb.transaction(['cases', 'caseIndex'], 'readonly');
        const cases = tx.objectStore('cases');
        const count = cases.count();
        const updated = cases.index('updatedAt').openKeyCursor(NUMERIC_KEYS(), 'prev');
        const written = tx.objectStore('caseIndex').index('writtenAt').openKeyCursor(NUMERIC_KEYS(), 'prev');
        tx.oncomplete = () => {
          idb.close();
          resolve({ count: count.result, last: newestOf(updated.result?.key, written.result?.key) });
        };
        tx.onerror = tx.onabort = () => {
          idb.close();
          resolve(null);
        };
      } catch {
        idb.close();
        resolve(null);
      }
    };
  });
}

/** Whether the snapshot still shows the saved cases, in the chosen language. */
export async function shellIsCurrent(snapshot: ShellSnapshot): Promise<boolean> {
  const [state, lang] = await Promise.all([
    readCasesState(),
    browser.storage.local.get(LANG_KEY).then(
      (items) => items[LANG_KEY] as unknown,
      () => undefined,
    ),
  ]);
  return (
    state !== null &&
    state.count === snapshot.count &&
    state.last === snapshot.last &&
    (lang === undefined || lang === snapshot.lang)
  );
}

/**
 * Resolves once the page is parsed and its style sheets are loaded, so that what is shown is styled.
 * "interactive", not DOMContentLoaded: that one also waits for the module scripts (the React app's
 * entry), which the first screen does not need.
 */
export function pageReady(doc: Document = document): Promise<void> {
  return new Promise((resolve) => {
    const styled = () => {
      const pending = Array.from(doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
        .filter((link) => !link.sheet)
        .map(
          (link) =>
            new Promise((done) => {
              link.addEventListener('load', done, { once: true });
              link.addEventListener('error', done, { once: true });
            }),
        );
      void Promise.all(pending).then(() => resolve());
    };
    if (doc.readyState !== 'loading') return styled();
    const parsed = () => {
      if (doc.readyState === 'loading') return;
      doc.removeEventListener('readystatechange', parsed);
      styled();
    };
    doc.addEventListener('readystatechange', parsed);
  });
}

/**
 * Shows the remembered first screen, made for `stamp`, if it is still current; resolves to whether it
 * did. Runs from the page's <head>: the database check starts at once, while the page loads. Links
 * open the case in a tab, as in the React list; what is typed in the search box is carried over.
 */
export async function showShell(stamp: string): Promise<boolean> {
  const snapshot = readShell(stamp);
  if (!snapshot) return false;
  const [current] = await Promise.all([shellIsCurrent(snapshot), pageReady()]);
  const shell = document.getElementById('shell');
  const root = document.getElementById('root');
  // React may have taken over already (it never waits for this).
  if (!current || !shell || !root || root.dataset.shell === 'done') return false;
  const built = buildElement(snapshot.tree, document, location.origin);
  if (!built) return false;
  root.hidden = true;
  shell.append(built);
  document.documentElement.lang = snapshot.lang;
  if (snapshot.title) document.title = snapshot.title;
  shell.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    void browser.tabs.create({ url: link.href });
    window.close();
  });
  shell.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  performance.mark(RENDER_MARK, { detail: { cases: snapshot.count, from: 'snapshot' } });
  return true;
}
