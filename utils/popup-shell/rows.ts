/**
 * The popup's first screen, read from the case index with plain IndexedDB and drawn with plain DOM
 * (entrypoints/popup-shell.ts runs this before React, zod and Dexie are even loaded). Every open draws
 * the index as it is now, so a save just before an open shows at once.
 *
 * `readFirstScreen` reads exactly the rows it shows, in the popup's order (v8's `[rank+newestFirst+id]`
 * index), and draws them only when the index can be trusted, checked with a few seeks in two read-only
 * transactions started together (the rows from the index; the index against the cases): every row
 * ranked today (the `computedOn` index, v6: no row before today, none after), as many rows as the index
 * has up to the limit (none left out of the order), the most recently updated case and the most
 * recently updated index row the same case at the same time (the `updatedAt` indexes, v7), and each row
 * drawn read back with the shape `summaryOf` writes. Each transaction sees one consistent state; a save
 * committed between the two leaves the rows of just before it, as one transaction started a moment
 * earlier would. Every write of the app goes through utils/cases/store.ts, which writes a case and its
 * index row in one transaction; these checks catch what does not (a case written behind the app's back
 * with a new `updatedAt`; a new day before the background re-ranked; a damaged row): then nothing is
 * drawn, and React lists the cases a moment later, as before.
 *
 * Once the rows are on screen, `extras` reads the status filter's counts and the pictures, and counts
 * the cases: one index row per case (a case added or removed behind the app's back with an older
 * `updatedAt`), or the first screen gives way to React at once (utils/popup-shell/show.ts). Counting
 * 1,000 cases takes ~2.5 ms of the database's time, which the rows no longer wait for. React then takes
 * over with the live list, checked case by case (entrypoints/popup/load.ts).
 *
 * `buildRow` mirrors components/case-row.tsx element for element (tests/unit/popup/shell-rows.test.ts
 * compares the two); rows are untrusted data and only ever become text nodes and attributes.
 */
import { formatDate } from '../letters/format';
import { CASE_STATUSES_FOR_SHELL, SHOWN_STATUSES_FOR_SHELL } from './statuses';
import type { ShellStrings } from './strings';

/** An index row (utils/cases/summary.ts), as the first screen draws it. */
export interface ShellRow {
  id: string;
  title: string | null;
  orderNumber: string | null;
  seller: string | null;
  status: string;
  /** The status as the buyer reads it, which the chip shows. */
  shown: string;
  bucket: 'overdue' | 'due-soon' | 'waiting' | 'closed';
  rank: number;
  nextDue: string | null;
  dueKind: string | null;
  daysLeft: number | null;
  needsRepair: boolean;
  updatedAt: number;
}

/** A case's product picture, as the row shows it. */
export interface ShellPicture {
  bytes: Blob;
  width: number;
  height: number;
}

/** What the rows on screen need next, read once they are drawn (the status filter's counts, pictures). */
export interface ScreenExtras {
  /** Index rows per status. */
  byStatus: Record<string, number>;
  /** The rows' product pictures, by case id (as in React, they follow the rows). */
  pictures: Map<string, ShellPicture>;
  /** Index rows now. */
  count: number;
  /** The index still has one row per case, each under a status a case can have: else React lists them. */
  agrees: boolean;
}

export interface FirstScreen {
  /** Every case. */
  count: number;
  /** The most urgent rows, in the popup's order. */
  rows: ShellRow[];
  /**
   * Reads what the drawn rows need next in a second transaction (null when it cannot be read), then
   * closes the database. Called once the rows are drawn, so that setting up its requests does not delay
   * them; or `close()` instead.
   */
  extras(): Promise<ScreenExtras | null>;
  /** Closes the database without reading more. */
  close(): void;
}

const BUCKETS = new Set(['overdue', 'due-soon', 'waiting', 'closed']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isText = (v: unknown, max: number) => v === null || (typeof v === 'string' && v.length <= max);
const isInt = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v);

/** The row, if it has the shape `summaryOf` writes (the bounds of caseSummarySchema); else null. */
export function shellRowOf(raw: unknown): ShellRow | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const ok =
    typeof r.id === 'string' &&
    r.id.length <= 64 &&
    isText(r.title, 300) &&
    isText(r.orderNumber, 40) &&
    isText(r.seller, 200) &&
    typeof r.status === 'string' &&
    CASE_STATUSES_FOR_SHELL.includes(r.status) &&
    typeof r.shown === 'string' &&
    SHOWN_STATUSES_FOR_SHELL.includes(r.shown) &&
    typeof r.bucket === 'string' &&
    BUCKETS.has(r.bucket) &&
    isInt(r.rank) &&
    (r.nextDue === null || (typeof r.nextDue === 'string' && ISO_DATE.test(r.nextDue))) &&
    isText(r.dueKind, 60) &&
    (r.daysLeft === null || isInt(r.daysLeft)) &&
    typeof r.needsRepair === 'boolean' &&
    isInt(r.updatedAt) &&
    r.newestFirst === -(r.updatedAt as number);
  return ok ? (r as unknown as ShellRow) : null;
}

/** The case index in the popup's order (utils/db.ts v8): most urgent, then most recently updated, then id. */
export const ORDER_INDEX = '[rank+newestFirst+id]';

/** Opens the database if it exists (none is created); null when it does not or cannot be opened. */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
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
    request.onsuccess = () => resolve(request.result);
  });
}

/**
 * Runs `read` in one read-only transaction over `stores`; resolves with what `done` makes of it once
 * the transaction completes, or null if it fails. `read` may throw: null.
 */
function inTransaction<T>(
  idb: IDBDatabase,
  stores: string[],
  read: (tx: IDBTransaction) => () => T | null,
): Promise<T | null> {
  return new Promise((resolve) => {
    try {
      const tx = idb.transaction(stores, 'readonly');
      const done = read(tx);
      tx.oncomplete = () => resolve(done());
      tx.onerror = tx.onabort = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/**
 * The first `limit` rows of the index, checked as described above, all with seeks (no request reads
 * every row or index entry); null when the index cannot be trusted as it is, when there is no database
 * (none is created) or it cannot be read.
 */
export async function readFirstScreen(
  today: string,
  limit: number,
  factory: IDBFactory,
  name: string,
): Promise<FirstScreen | null> {
  const idb = await openExisting(factory, name);
  if (!idb) return null;
  // Two read-only transactions at once: the rows from the index, and the index against the cases.
  const [screen, newest] = await Promise.all([
    inTransaction(idb, ['caseIndex'], (tx) => {
      const index = tx.objectStore('caseIndex');
      const top = index.index(ORDER_INDEX).getAll(null, limit);
      const count = index.count();
      // Every row ranked today: none before today, none after.
      const computedOn = index.index('computedOn');
      const earlier = computedOn.getKey(IDBKeyRange.upperBound(today, true));
      const later = computedOn.getKey(IDBKeyRange.lowerBound(today, true));
      return () => {
        if (earlier.result !== undefined || later.result !== undefined) return null;
        const raw = top.result as unknown[];
        // A row left out of the order (without `newestFirst`) would be missing from the screen.
        if (raw.length !== Math.min(limit, count.result)) return null;
        const rows = raw.map((r) =>
          (r as { computedOn?: unknown } | null)?.computedOn === today ? shellRowOf(r) : null,
        );
        return rows.every((r) => r !== null) ? { count: count.result, rows: rows as ShellRow[] } : null;
      };
    }),
    inTransaction(idb, ['cases', 'caseIndex'], (tx) => {
      // The most recently updated case is indexed with its updatedAt (a write behind the app's back):
      // the newest case and the newest index row (v7's `updatedAt` index) are the same case at the same
      // time.
      const newestCase = tx.objectStore('cases').index('updatedAt').openKeyCursor(null, 'prev');
      const newestRow = tx.objectStore('caseIndex').index('updatedAt').openKeyCursor(null, 'prev');
      return () => {
        const [a, b] = [newestCase.result, newestRow.result];
        return a === null || b === null ? a === b : a.key === b.key && a.primaryKey === b.primaryKey;
      };
    }),
  ]);
  if (!screen || !newest) {
    idb.close();
    return null;
  }
  const extras = () =>
    inTransaction(idb, ['cases', 'caseIndex', 'casePictures'], (tx): (() => ScreenExtras) => {
      const status = tx.objectStore('caseIndex').index('status');
      const counts = CASE_STATUSES_FOR_SHELL.map((s) => [s, status.count(IDBKeyRange.only(s))] as const);
      const cases = tx.objectStore('cases').count();
      const indexRows = tx.objectStore('caseIndex').count();
      const pictures = new Map<string, ShellPicture>();
      for (const { id } of screen.rows) {
        const got = tx.objectStore('casePictures').get(id);
        got.onsuccess = () => {
          const p = got.result as { bytes?: unknown; width?: unknown; height?: unknown } | undefined;
          if (p && p.bytes instanceof Blob && isInt(p.width) && isInt(p.height))
            pictures.set(id, { bytes: p.bytes, width: p.width as number, height: p.height as number });
        };
      }
      return () => {
        const byStatus = Object.fromEntries(counts.map(([s, r]) => [s, r.result]));
        const counted = counts.reduce((sum, [, r]) => sum + r.result, 0);
        const agrees = cases.result === indexRows.result && counted === indexRows.result;
        return { byStatus, pictures, count: indexRows.result, agrees };
      };
    }).finally(() => idb.close());
  return { ...screen, extras, close: () => idb.close() };
}

/** A text around one value. */
function around(parts: readonly [string, string], value: string): string {
  return parts[0] + value + parts[1];
}

const pluralRules = new Map<string, Intl.PluralRules | null>();
function pluralOf(n: number, lang: string): string {
  if (!pluralRules.has(lang)) {
    try {
      pluralRules.set(lang, new Intl.PluralRules(lang));
    } catch {
      pluralRules.set(lang, null); // an unknown language: the general form
    }
  }
  return pluralRules.get(lang)?.select(n) ?? 'other';
}

function relative(days: number, s: ShellStrings, lang: string): string {
  if (days === 0) return s.today;
  const forms = days > 0 ? s.inDays : s.daysAgo;
  const category = pluralOf(Math.abs(days), lang);
  return around(forms[category] ?? forms.other!, String(Math.abs(days)));
}

type Child = Node | string;
function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

const LANGS = ['ru', 'kk', 'en'] as const;

/** One row of the list, as components/case-row.tsx renders it; `pictureUrl` for its picture, if any. */
export function buildRow(
  doc: Document,
  row: ShellRow,
  s: ShellStrings,
  lang: string,
  href: string,
): HTMLLIElement {
  const { bucket, daysLeft } = row;
  const flagged = bucket === 'overdue' || bucket === 'due-soon';
  const attrs: Record<string, string> = {
    class: `case-item case-item--${bucket}`,
    'data-case-id': row.id,
    'data-urgency': bucket,
  };
  if (row.needsRepair) attrs['data-needs-repair'] = '';
  const head = el(doc, 'span', { class: 'case-head' });
  head.append(
    el(doc, 'span', { class: 'title' }, row.title ?? s.noTitle),
    el(doc, 'span', { class: `chip chip--${row.shown}` }, s.status[row.shown] ?? row.shown),
  );
  const link = el(doc, 'a', { href }, head);
  if (row.orderNumber || row.seller) {
    const meta = el(doc, 'span', { class: 'meta' });
    if (row.orderNumber)
      meta.append(el(doc, 'span', { 'data-field': 'orderNumber' }, around(s.order, row.orderNumber)));
    if (row.seller) meta.append(el(doc, 'span', { 'data-field': 'sellerName' }, row.seller));
    link.append(meta);
  }
  if (flagged)
    link.append(
      el(
        doc,
        'span',
        { class: `flag flag--${bucket}`, 'data-field': 'urgency' },
        el(doc, 'span', { 'aria-hidden': 'true' }, bucket === 'overdue' ? '⚠' : '◔'),
        ' ',
        s.urgency[bucket],
      ),
    );
  if (row.needsRepair)
    link.append(
      el(
        doc,
        'span',
        { class: 'flag flag--overdue', 'data-field': 'needs-repair' },
        el(doc, 'span', { 'aria-hidden': 'true' }, '⚠'),
        ' ',
        s.needsRepair,
      ),
    );
  const label = row.dueKind === null ? undefined : s.deadline[row.dueKind];
  if (row.dueKind !== null && row.nextDue !== null && daysLeft !== null && label !== undefined) {
    const dateLang = (LANGS as readonly string[]).includes(lang) ? (lang as (typeof LANGS)[number]) : 'ru';
    link.append(
      el(
        doc,
        'span',
        { class: 'due', 'data-field': 'deadline', 'data-kind': row.dueKind },
        el(doc, 'span', { class: 'due-label' }, label),
        ': ',
        el(
          doc,
          'time',
          { datetime: row.nextDue },
          around(bucket === 'overdue' ? s.wasDue : s.dueBy, formatDate(row.nextDue, dateLang)),
        ),
        ' · ',
        el(doc, 'strong', { 'data-field': 'relative' }, relative(daysLeft, s, lang)),
      ),
    );
  } else if (bucket === 'waiting' && !row.needsRepair) {
    link.append(el(doc, 'span', { class: 'due muted', 'data-field': 'deadline' }, s.noDeadline));
  }
  return el(doc, 'li', attrs, link) as HTMLLIElement;
}

/** Adds the product's picture to a drawn row, where components/case-row.tsx puts it. */
export function addPicture(li: Element, picture: ShellPicture, url: string): void {
  const img = li.ownerDocument.createElement('img');
  img.className = 'case-item__pic';
  img.src = url;
  img.width = picture.width;
  img.height = picture.height;
  img.alt = '';
  img.dataset.field = 'picture';
  li.querySelector('.case-head')?.prepend(img);
}
