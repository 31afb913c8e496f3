/**
 * Faults in real Firefox ESR (issue 13), measured for the fault tally as in Chromium
 * (tests/e2e/faults.spec.ts): a database written by a newer version, and the case page closed in the
 * middle of writing a file.
 *
 * What WebDriver BiDi does not reach, and so is tested in Chromium only: killing a renderer process
 * (BiDi can close a tab, `browsingContext.close`, but has no Page.crash; Firefox's extension pages
 * share one process anyway), stopping the background event page (no BiDi command stops or suspends an
 * extension's background; Firefox idles it out after 30 s at the earliest), and a quota (no BiDi or
 * pref-level per-origin quota override; `dom.quotaManager.temporaryStorage.fixedLimit` is for the
 * whole profile and is read at start, so a quota test would need its own browser launch for one
 * assertion Chromium already makes).
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  caseForFiles,
  expectMidEvidenceWriteKept,
  expectNewerDatabaseKept,
  seedNewerDatabase,
} from '../faults/browser-cases';
import { holdWriteOpen, midWrite, snapshot } from '../faults/browser-db';
import { putRows } from '../support/extension-db';
import { expect, openExtensionPage, test, until } from './fixtures';

function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
}

test('Firefox: a database written by a newer version: every page says so, and nothing in it changes', async ({
  firefox,
}) => {
  const page = await openExtensionPage(firefox, '/popup.html');
  await until(() => page.evaluate(() => !!document.querySelector('main')), 'the popup');
  const { caseId, before } = await seedNewerDatabase(page);

  for (const path of ['/popup.html', `/case.html?id=${caseId}`, '/archive.html']) {
    const view = await openExtensionPage(firefox, path);
    const alert = await until(
      async () => ((await textOf(view, '[role="alert"]')) || null) as string | null,
      `the notice on ${path}`,
    );
    expect(alert, path).toContain('записаны более новой версией расширения');
    await view.close();
  }
  // A reminders sync asks the background to read: it reads nothing and writes nothing either.
  const reply = await page.evaluate(() =>
    (
      globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).browser.runtime.sendMessage({ type: 'ui:sync-reminders', payload: {} }),
  );
  expect(reply).toMatchObject({ ok: false });

  await expectNewerDatabaseKept(page, before, 'Firefox');
});

test('Firefox: the case page closed mid-evidence-write: no file half-saved, the file saved before kept', async ({
  firefox,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'shagym-ff-faults-'));
  try {
    const first = join(work, 'чек.pdf');
    const second = join(work, 'фото.jpg');
    writeFileSync(first, '%PDF-1.4 чек');
    writeFileSync(second, Buffer.alloc(300_000, 1));
    const kase = caseForFiles();
    const page = await openExtensionPage(firefox, '/popup.html');
    await until(() => page.evaluate(() => !!document.querySelector('main')), 'the popup');
    await putRows(page, 'cases', [kase]);

    const casePage = await openExtensionPage(firefox, `/case.html?id=${kase.id}`);
    const input = async (p: Page) =>
      (await until(
        () => p.$('input[name="evidence-files"]'),
        'the file input',
      )) as ElementHandle<HTMLInputElement>;
    await (await input(casePage)).uploadFile(first);
    await until(
      async () => (await textOf(casePage, 'section.evidence [role="status"]')) === 'Добавлен 1 файл.',
      'the first file added',
    );
    const before = await snapshot(page);

    // addEvidence runs in the page that shows the case: held at the bytes, then the tab is closed.
    await holdWriteOpen(casePage, 'evidenceBlobs');
    await (await input(casePage)).uploadFile(second);
    expect(await midWrite(casePage)).toMatchObject({ evidence: 1, evidenceBlobs: 1 });
    await casePage.close();

    await expectMidEvidenceWriteKept(page, before, 'Firefox: case page closed mid-evidence-write');

    // Reopened: the case shows its file, and the new one can be added.
    const again = await openExtensionPage(firefox, `/case.html?id=${kase.id}`);
    await (await input(again)).uploadFile(second);
    await until(async () => (await again.$$('.evidence-item')).length === 2, 'both files listed');
    expect(Object.keys((await snapshot(again))!.tables.evidence!)).toHaveLength(2);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
