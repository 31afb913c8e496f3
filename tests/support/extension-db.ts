/**
 * Test helpers that run inside an extension page (popup.html / case.html) and read or nudge the
 * extension's own IndexedDB and APIs, in Chromium (Playwright Page) and Firefox (puppeteer Page).
 */
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';

type AnyPage = PlaywrightPage | PuppeteerPage;
interface Evaluator {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}
/** The slice of the extension API these helpers call in the page (chrome.* in Chromium, browser.* in Firefox). */
export interface ExtApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  notifications: { getAll(): Promise<Record<string, unknown>>; onClicked: { dispatch?(id: string): void } };
}
/** Both drivers evaluate `fn(arg)` in the page the same way; only their typings differ. */
const on = (page: AnyPage) => page as unknown as Evaluator;

type Row = Record<string, unknown> & { id: string; kind?: string };

/**
 * Waits until the extension has created its database (the page opening it may still be upgrading it).
 * Never creates it itself: an open that would create it is aborted, so the app's own open is not blocked
 * by an empty database of ours (which once held a test for its whole timeout).
 */
export async function waitForDatabase(page: AnyPage, timeoutMs = 15_000): Promise<void> {
  await on(page).evaluate(
    (timeout: number) =>
      new Promise<void>((resolve, reject) => {
        const end = Date.now() + timeout;
        const attempt = () => {
          const open = indexedDB.open('shagym');
          open.onupgradeneeded = () => open.transaction?.abort();
          const again = () => {
            if (Date.now() > end) reject(new Error('the extension never created its database'));
            else setTimeout(attempt, 100);
          };
          open.onerror = again;
          open.onsuccess = () => {
            const ready = open.result.objectStoreNames.contains('cases');
            open.result.close();
            if (ready) resolve();
            else again();
          };
        };
        attempt();
      }),
    timeoutMs,
  );
}

/** Writes rows into the extension's IndexedDB, as they are (the database must exist). */
export async function putRows(page: AnyPage, table: string, rows: unknown[]): Promise<void> {
  await waitForDatabase(page);
  await on(page).evaluate(
    ({ table, rows }: { table: string; rows: unknown[] }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite');
          for (const row of rows) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => {
            open.result.close();
            reject(tx.error);
          };
        };
      }),
    { table, rows },
  );
}

/** Empties tables of the extension's IndexedDB (a fresh start for an import). */
export async function clearTables(page: AnyPage, tables: string[]): Promise<void> {
  await waitForDatabase(page);
  await on(page).evaluate(
    (names: string[]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(names, 'readwrite');
          for (const name of names) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    tables,
  );
}

export async function readRows(page: AnyPage, table: string): Promise<Row[]> {
  return on(page).evaluate(
    (name: string) =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readonly');
          const req = tx.objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as Row[]);
            open.result.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

/**
 * Moves the first pending stage of a real, planned reminder to `inMs` from now and asks the background
 * to reconcile (which arms its alarm). Only the time is changed: the row, the alarm, the wake-up and the
 * notification are the extension's own.
 */
export async function dueSoon(page: AnyPage, reminderId: string, inMs: number): Promise<void> {
  await on(page).evaluate(
    ({ id, delay }: { id: string; delay: number }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('reminders', 'readwrite');
          const store = tx.objectStore('reminders');
          const get = store.get(id);
          get.onsuccess = () => {
            const row = get.result as
              | {
                  stages: { at: number; notifiedAt: number | null }[];
                  nextAt: number | null;
                  snoozedUntil: number | null;
                }
              | undefined;
            if (!row) return reject(new Error(`no reminder ${id}`));
            const at = Date.now() + delay;
            const stage = row.stages.find((s) => s.notifiedAt === null) ?? row.stages[row.stages.length - 1]!;
            stage.at = at;
            stage.notifiedAt = null;
            for (const s of row.stages) if (s !== stage && s.at > at) s.at = at + 86_400_000;
            row.nextAt = at;
            row.snoozedUntil = null;
            store.put(row);
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id: reminderId, delay: inMs },
  );
  const reply = await on(page).evaluate(() => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
    return (g.browser ?? g.chrome).runtime.sendMessage({ type: 'ui:sync-reminders', payload: {} });
  }, undefined);
  if (!reply || !(reply as { ok?: boolean }).ok)
    throw new Error(`sync-reminders failed: ${JSON.stringify(reply)}`);
}

/** Polls the notifications API (from an extension page) until at least one is shown. */
export async function listNotifications(
  page: AnyPage,
  { timeoutMs }: { timeoutMs: number },
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = await on(page).evaluate(async () => {
      const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
      return (g.browser ?? g.chrome).notifications.getAll();
    }, undefined);
    if (Object.keys(all).length > 0 || Date.now() > deadline) return all;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Everything the extension keeps in IndexedDB, as text: every object store of the database (its name
 * and each row, a Blob as "[blob size]"), so a test can look for a case id anywhere.
 */
export async function dumpDatabase(page: AnyPage): Promise<Record<string, string>> {
  return on(page).evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = Array.from(idb.objectStoreNames);
          const tx = idb.transaction(names, 'readonly');
          const out: Record<string, string> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              out[name] = JSON.stringify(req.result, (_k, v: unknown) =>
                v instanceof Blob ? `[blob ${v.size}]` : v,
              );
            };
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    undefined,
  );
}
