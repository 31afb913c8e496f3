/**
 * Reading the saved cases for the popup, from the case index (utils/cases/summary.ts) rather than the
 * cases themselves.
 *
 * - `loadListing`: every case's summary, most urgent first — one indexed query on `caseIndex.rank` —
 *   checked against the cases table's keys: a summary counts only if its case is there, with the same
 *   `updatedAt`, and its rank was computed today. Any other case (written behind the app's back, by an
 *   older version, on an earlier day, or whose summary does not read) is read and summarized here, in
 *   memory; a case row that cannot be read is skipped and counted. Search, filter and counts work on
 *   the summaries.
 * - `loadRows`: the full cases of the rows on screen only (at most a page), parsed and ranked afresh.
 *
 * Every row read back is untrusted: summaries and cases go through zod; a bad one is skipped and
 * reported (`parseRows`, `parseCaseRows`), never the popup.
 */
import type { Case } from '@/utils/cases/schema';
import { caseSummarySchema, summaryOf, type CaseSummary } from '@/utils/cases/summary';
import { db, parseCaseRows, parseRows, reportBadRow, type ShagymDb } from '@/utils/db';
import { listEntry, rankCases, sortEntries, type ListEntry, type RankedCase } from './model';

export interface Listing {
  /** Every readable case, most urgent first (ties: the most recently updated first). */
  entries: ListEntry[];
  /** Case rows skipped because they do not fit the schema. */
  bad: number;
}

export async function loadListing(today: string, database: ShagymDb = db): Promise<Listing> {
  return database.transaction('r', database.cases, database.caseIndex, async () => {
    const updatedAt = new Map<unknown, unknown>();
    const [summaries, ids] = await Promise.all([
      // The one indexed query: most urgent first.
      database.caseIndex.orderBy('rank').toArray(),
      database.cases.toCollection().primaryKeys(),
      // Keys only (no row is read): each case's updatedAt, to check its summary against.
      database.cases.orderBy('updatedAt').eachKey((key, cursor) => updatedAt.set(cursor.primaryKey, key)),
    ]);
    const present = new Set<unknown>(ids);
    const entries: ListEntry[] = [];
    const indexed = new Set<string>();
    for (const s of parseRows('caseIndex', summaries, caseSummarySchema)) {
      if (!present.has(s.id) || indexed.has(s.id)) continue;
      if (updatedAt.get(s.id) !== s.updatedAt || s.computedOn !== today) continue;
      indexed.add(s.id);
      entries.push(listEntry(s));
    }
    const rest = ids.filter((id) => !indexed.has(id as string));
    let bad = 0;
    if (rest.length) {
      const rows = (await database.cases.bulkGet(rest)).filter((r) => r !== undefined);
      const read = parseCaseRows(rows, (row) => {
        bad++;
        reportBadRow(row);
      });
      for (const c of read) entries.push(listEntry(summaryOf(c, today, 0)));
    }
    return { entries: sortEntries(entries), bad };
  });
}

export interface Shown {
  /** The cases asked for that read, ranked afresh, in the order asked for. */
  rows: RankedCase[];
  /** Ids whose stored row does not read (skipped, reported). */
  bad: string[];
}

/** The full cases of the rows on screen, in the given order; gone ones are left out. */
export async function loadRows(
  ids: readonly string[],
  today: string,
  database: ShagymDb = db,
): Promise<Shown> {
  if (!ids.length) return { rows: [], bad: [] };
  const stored = await database.cases.bulkGet([...ids]);
  const bad: string[] = [];
  const cases: Case[] = [];
  stored.forEach((row, i) => {
    if (row === undefined) return;
    const [c] = parseCaseRows([row], (b) => {
      bad.push(ids[i]!);
      reportBadRow(b);
    });
    if (c) cases.push(c);
  });
  const byId = new Map(rankCases(cases, today).map((r) => [r.c.id, r]));
  return { rows: ids.map((id) => byId.get(id)).filter((r) => r !== undefined), bad };
}

export type { CaseSummary };
