/**
 * The cases both browsers' fault specs (tests/e2e/faults.spec.ts, tests/e2e-firefox/faults.spec.ts)
 * seed and measure, in one place: the schema versions this build declares, a database written by a
 * newer version, the case a file is written to when the page dies mid-write. Each measurement leaves
 * its fault tally entry (tallyEntry) under the name the browser's spec gives it.
 */
import { expect, type Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { ShagymDb } from '../../utils/db';
import { seededCase } from '../support/cases';
import { replaceDatabase, snapshot, tallyEntry } from './browser-db';
import { compareSnapshots, type DbSnapshot } from './db-snapshot';
import { SEEDS, declaredVersions } from './schema-history';

/** Every schema version this build declares, oldest first, and the current one. */
export const DECLARED = declaredVersions(new ShagymDb('shagym-versions-only'));
export const CURRENT = DECLARED[DECLARED.length - 1]!;

/**
 * Replaces the extension's database with one written by a newer version: version 3's rows, a native
 * version one above ours and a table we do not know (with a row in it). Returns a case of it and the
 * database as it is then.
 */
export async function seedNewerDatabase(
  page: PlaywrightPage | PuppeteerPage,
): Promise<{ caseId: string; before: DbSnapshot | null }> {
  const seed = SEEDS[3]!().rows;
  await replaceDatabase(page, {
    nativeVersion: Math.round(CURRENT.version * 10) + 10,
    stores: { ...CURRENT.stores, future: 'id' },
    rows: { ...seed, future: [{ id: 'from-the-future' }] },
  });
  return { caseId: String(seed.cases![0]!.id), before: await snapshot(page) };
}

/** The newer version's database, after every page and the background had a go at it: nothing changed. */
export async function expectNewerDatabaseKept(
  page: PlaywrightPage | PuppeteerPage,
  before: DbSnapshot | null,
  browser: 'Chromium' | 'Firefox',
): Promise<void> {
  const after = await snapshot(page);
  const report = compareSnapshots(before, after);
  await tallyEntry({
    kind: 'fault',
    klass: 'newer-database',
    name: `${browser}: database of a newer version`,
    dataLost: report.count + (after?.version === before?.version ? 0 : 1),
    measured: true,
  });
  expect(report.lost).toEqual([]);
  expect(after?.version).toBe(before?.version);
}

/** The case a file is written to when the page dies mid-write (no product page: nothing else to offer). */
export const caseForFiles = () => seededCase({ order: { productUrl: null } });

/**
 * After the page writing a second file to a case died mid-write: the database against `before` (one
 * file saved): nothing lost, nothing half-written, still one file.
 */
export async function expectMidEvidenceWriteKept(
  page: PlaywrightPage | PuppeteerPage,
  before: DbSnapshot | null,
  name: string,
): Promise<void> {
  const after = await snapshot(page);
  const report = compareSnapshots(before, after);
  await tallyEntry({
    kind: 'fault',
    klass: 'killed-mid-write',
    name,
    dataLost: report.count,
    measured: true,
  });
  expect(report.lost).toEqual([]);
  expect(report.halfWritten).toEqual([]);
  expect(Object.keys(after!.tables.evidence!)).toHaveLength(1);
}
