/**
 * The fault and hostile-input tally (issue 13): every test that injects a fault or tries a hostile input
 * and passes with at least one assertion leaves an entry; `npm test` ends with
 * `node tests/faults/totals.mjs report`, which prints the totals and fails when data was lost or the
 * tally is missing.
 *
 * Where entries come from:
 * - a test that records its own (`recordTally` in tests/faults/vitest-setup.ts for vitest,
 *   `tallyEntry` in tests/faults/browser-db.ts for Playwright): these measure `dataLost` by comparing
 *   the database before and after;
 * - otherwise a test named by a rule in tests/faults/catalogue.ts (the hardening tests written with each
 *   fix): one entry, `measured: false` (the test's own assertions are its check that nothing was lost).
 *
 * Each runner writes its whole tally once it ends (.tmp/fault-tally/<runner>.json), so a run never
 * counts a test twice, and a failed test writes nothing for itself.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type TallyKind = 'fault' | 'hostile';

export interface TallyEntry {
  kind: TallyKind;
  /** The class of issue 13 it belongs to (typo-dates, archive-bombs, …: see catalogue.ts). */
  klass: string;
  name: string;
  /**
   * Rows saved before the fault that are gone or changed after it (and rows left half-written), as
   * measured by comparing the database before and after. 0 when not measured (see `measured`).
   */
  dataLost: number;
  measured: boolean;
}

export interface TallyFile {
  runner: string;
  writtenAt: string;
  /** Tests this run passed and counted. */
  entries: (TallyEntry & { file: string; test: string })[];
  /** Catalogue rules of this runner that no passing test matched (a renamed or deleted test). */
  unmatchedRules: string[];
  /** Tests that would count but made no assertion: a defect (a test that cannot fail). */
  unasserted: string[];
}

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const TALLY_DIR = join(ROOT, '.tmp', 'fault-tally');

export function writeTally(file: TallyFile): void {
  mkdirSync(TALLY_DIR, { recursive: true });
  writeFileSync(join(TALLY_DIR, `${file.runner}.json`), JSON.stringify(file, null, 2));
}

export function isTallyEntry(value: unknown): value is TallyEntry {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    (v.kind === 'fault' || v.kind === 'hostile') &&
    typeof v.klass === 'string' &&
    typeof v.name === 'string' &&
    typeof v.dataLost === 'number' &&
    Number.isInteger(v.dataLost) &&
    v.dataLost >= 0 &&
    typeof v.measured === 'boolean'
  );
}
