/**
 * Fault injection and measurement in a real browser (Chromium through Playwright, Firefox through
 * puppeteer over BiDi): the extension's database read whole before and after a fault, replaced by one an
 * older or newer version wrote, and a write held open in the very context that does it, so that the
 * context can be killed in the middle of it.
 */
import { test } from '@playwright/test';
import type { Page as PlaywrightPage, Worker } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { snapshotDatabase, type DbSnapshot } from './db-snapshot';
import { createDatabaseAt } from './schema-history';
import type { TallyEntry } from './tally';

type Target = PlaywrightPage | PuppeteerPage | Worker;
interface Evaluator {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}
const on = (target: Target) => target as unknown as Evaluator;

export const DB = 'shagym';

/** Counts in the fault tally if the test passes (tests/faults/playwright-reporter.ts). */
export async function tallyEntry(entry: TallyEntry): Promise<void> {
  await test.info().attach('tally', { body: JSON.stringify(entry), contentType: 'application/json' });
}

export function snapshot(target: Target): Promise<DbSnapshot | null> {
  return on(target).evaluate(snapshotDatabase, DB);
}

/**
 * Deletes the extension's database and writes one as another version left it. Open Dexie connections
 * (the background's, other pages') close themselves when asked (Dexie's versionchange handler).
 */
export async function replaceDatabase(
  page: PlaywrightPage | PuppeteerPage,
  args: {
    nativeVersion: number;
    stores: Record<string, string>;
    rows: Record<string, Record<string, unknown>[]>;
  },
): Promise<void> {
  // The background may open (and so create) the database again between the two: then again.
  for (let attempt = 1; ; attempt++) {
    await on(page).evaluate(
      (name: string) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
      DB,
    );
    try {
      await on(page).evaluate(createDatabaseAt, { name: DB, ...args });
      return;
    } catch (error) {
      // VersionError: it is there at a higher version; AbortError: at a lower one (our tables exist).
      if (attempt >= 5 || !/VersionError|AbortError/.test(String(error))) throw error;
    }
  }
}

/**
 * In the context that does the write (a page, or the service worker): the first `put` into `store`
 * after `skip` others there keeps its transaction open for ever (a chain of reads on the same store),
 * so the write is in the middle — some rows put, nothing committed — when the test kills the context.
 * `midWrite` then says it is there, and how many rows each store had been given. (An explicit
 * `commit()` of that transaction is ignored, as a commit still under way when the context dies.)
 */
export async function holdWriteOpen(target: Target, store: string, skip = 0): Promise<void> {
  await on(target).evaluate(
    ({ store, skip }: { store: string; skip: number }) => {
      const g = globalThis as unknown as { __faultPuts: Record<string, number>; __faultHeld: boolean };
      g.__faultPuts = {};
      g.__faultHeld = false;
      const put = IDBObjectStore.prototype.put;
      // Dexie ends its transactions with an explicit commit(): not the held one.
      const commit = IDBTransaction.prototype.commit;
      let heldTransaction: IDBTransaction | null = null;
      IDBTransaction.prototype.commit = function (this: IDBTransaction) {
        if (this !== heldTransaction) commit.call(this);
      };
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        const request = put.apply(this, args);
        g.__faultPuts[this.name] = (g.__faultPuts[this.name] ?? 0) + 1;
        if (this.name === store && !g.__faultHeld && g.__faultPuts[this.name]! > skip) {
          g.__faultHeld = true;
          heldTransaction = this.transaction;
          const held = this.transaction.objectStore(this.name);
          const spin = () => {
            try {
              held.count().onsuccess = spin;
            } catch {
              // The transaction is gone (the context is being torn down).
            }
          };
          spin();
        }
        return request;
      };
    },
    { store, skip },
  );
}

/** Waits until the held write is reached; gives the puts made so far, per store. */
export async function midWrite(target: Target, timeoutMs = 20_000): Promise<Record<string, number>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const state = await on(target).evaluate(() => {
      const g = globalThis as unknown as { __faultPuts?: Record<string, number>; __faultHeld?: boolean };
      return g.__faultHeld ? (g.__faultPuts ?? {}) : null;
    }, undefined);
    if (state) return state;
    if (Date.now() > end) throw new Error('the write to hold was never reached');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Kills the renderer process of a Chromium page (CDP Page.crash), as a crash or the OS would: unlike
 * closing the page, which lets a transaction with nothing pending commit on the way out, nothing of the
 * page runs after this. Extension pages share their process, so every open page of the extension goes
 * with it; open a new one afterwards.
 */
export async function crashPage(page: PlaywrightPage): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}
