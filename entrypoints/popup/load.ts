/**
 * Reading the saved cases for the popup.
 *
 * - `loadAll`: every row, each parsed with caseSchema (a bad row is counted and skipped). The popup
 *   lists this, live, and it is the listing that counts.
 * - `loadFirstPage`: the first screen, fast with many cases. Reading and parsing 1,000 full rows and
 *   computing every deadline takes longer than the popup's 100 ms budget, so the first screen orders
 *   the cases by the urgency ranks remembered from the last full listing (localStorage, stamped with
 *   today's date and the extension version), recomputes the cases written since (by the `updatedAt`
 *   index), and reads and parses only the rows it shows. The full listing follows right after: it
 *   corrects the order if a remembered rank was stale, and remembers the ranks again.
 */
import { browser } from 'wxt/browser';
import type { Case } from '@/utils/cases/schema';
import { db, parseCaseRows, type ShagymDb } from '@/utils/db';
import type { CasesState } from '@/utils/popup-shell';
import { newestOf } from '@/utils/popup-shell/show';
import { PAGE_SIZE, orderFromCache, rankCases, type RankCache, type RankedCase } from './model';

export interface Listed {
  cases: Case[];
  /** Rows skipped because they do not fit the schema. */
  bad: number;
  /** The table as read: what the remembered first screen is checked against (utils/popup-shell). */
  state: CasesState;
}

export async function loadAll(database: ShagymDb = db): Promise<Listed> {
  // One transaction: the state belongs to exactly these rows. Only numeric keys count, as in
  // readCasesState (utils/popup-shell/show.ts).
  const [rows, updated, written] = await database.transaction('r', database.cases, database.caseIndex, () =>
    Promise.all([
      database.cases.toArray(),
      database.cases.where('updatedAt').belowOrEqual(Infinity).lastKey(),
      database.caseIndex.where('writtenAt').belowOrEqual(Infinity).lastKey(),
    ]),
  );
  const newest = newestOf(updated, written);
  let bad = 0;
  const cases = parseCaseRows(rows, () => bad++);
  return { cases, bad, state: { count: rows.length, last: typeof newest === 'number' ? newest : null } };
}

export interface FirstPage {
  /** The most urgent cases, ranked: at most one page. */
  rows: RankedCase[];
  /** How many cases there are in all (as far as the index knows). */
  total: number;
}

const CACHE_KEY = 'shagym.popup.ranks';
const CACHE_VERSION = 2;
/** More changed cases than this since the last listing: no shortcut, list everything. */
const MAX_MISSES = PAGE_SIZE;

interface Remembered {
  ranks: RankCache;
  /** The newest `updatedAt` among the cases listed: a case written since has a later one. */
  listedAt: number;
}

function cacheStamp(today: string): string {
  return `${CACHE_VERSION}|${today}|${browser.runtime.getManifest().version}`;
}

/** Remembers every case's rank (after a full listing). Never throws: it is only a shortcut. */
export function saveRanks(ranked: readonly RankedCase[], today: string): void {
  try {
    let listedAt = 0;
    const entries = ranked.map((r) => {
      listedAt = Math.max(listedAt, r.c.updatedAt);
      return [r.c.id, r.c.updatedAt, r.u.rank];
    });
    localStorage.setItem(CACHE_KEY, JSON.stringify({ stamp: cacheStamp(today), listedAt, entries }));
  } catch {
    // Storage full or unavailable: the popup just takes the long way next time.
  }
}

/** The remembered ranks, or null when there are none for today and this version. Checked field by field. */
export function readRanks(today: string): Remembered | null {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(CACHE_KEY) ?? 'null');
    if (!raw || typeof raw !== 'object') return null;
    const { stamp, listedAt, entries } = raw as { stamp?: unknown; listedAt?: unknown; entries?: unknown };
    if (stamp !== cacheStamp(today) || !Array.isArray(entries) || typeof listedAt !== 'number') return null;
    const ranks = new Map<string, readonly [number, number]>();
    for (const e of entries) {
      if (Array.isArray(e) && typeof e[0] === 'string' && Number.isFinite(e[1]) && Number.isFinite(e[2])) {
        ranks.set(e[0], [e[1] as number, e[2] as number]);
      }
    }
    return { ranks, listedAt };
  } catch {
    return null;
  }
}

/**
 * The first screen from remembered ranks; null when there is nothing to go on (first listing today,
 * many changes): the caller then waits for `loadAll`.
 */
export async function loadFirstPage(today: string, limit = PAGE_SIZE): Promise<FirstPage | null> {
  const remembered = readRanks(today);
  if (!remembered) return null;
  // Keys only, each in one request: no row is read or deserialized here.
  const [ids, changedIds] = await Promise.all([
    db.cases.toCollection().primaryKeys(),
    db.cases.where('updatedAt').above(remembered.listedAt).primaryKeys(),
  ]);
  const changed = new Set(changedIds);
  const first = orderFromCache(ids, remembered.ranks, changed);
  if (first.misses.length > MAX_MISSES) return null;
  let ordered = first.ordered;
  const loaded = new Map<string, Case>();
  if (first.misses.length) {
    // New or changed since the last listing: read and rank these now. A bad row stays a miss, out of
    // the order; the full listing reports it.
    const fresh = parseCaseRows((await db.cases.bulkGet(first.misses)).filter(Boolean), () => undefined);
    for (const c of fresh) loaded.set(c.id, c);
    const extra = new Map(rankCases(fresh, today).map((r) => [r.c.id, [r.c.updatedAt, r.u.rank] as const]));
    ordered = orderFromCache(ids, remembered.ranks, changed, extra).ordered;
  }
  const top = ordered.slice(0, limit);
  const toRead = top.filter((id) => !loaded.has(id));
  let bad = 0;
  for (const c of parseCaseRows((await db.cases.bulkGet(toRead)).filter(Boolean), () => bad++)) {
    loaded.set(c.id, c);
  }
  // The shown rows' urgency is computed afresh; only their place among the rest is remembered.
  const rows = rankCases(
    top.map((id) => loaded.get(id)).filter((c): c is Case => c !== undefined),
    today,
  );
  return { rows, total: Math.max(ordered.length - bad, rows.length) };
}
