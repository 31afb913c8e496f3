/**
 * Firefox: evidence on the case page is hashed as Node hashes it; the case exports to a ZIP (a real
 * download) that `unzip` and `sha256sum -c` accept; the archive page imports it back into an emptied
 * database after showing what it would add.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { seededCase } from '../support/cases';
import { clearTables, putRows, readRows } from '../support/extension-db';
import { expect, openExtensionPage, test, until } from './fixtures';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
}

test('Firefox: evidence hashed on the case page; the case exports to a verifiable ZIP and imports back', async ({
  firefox,
  downloadDir,
}) => {
  const kase = seededCase({
    problem: 'not-as-described',
    order: {
      orderNumber: '612345679',
      productCode: '102529963',
      productTitle: 'Комплект ALPIKA черный',
      productUrl: null,
      sellerName: 'ИП ЖАРАС',
      merchantId: '30134410',
      price: 8763,
      receivedDate: '2026-11-16',
    },
  });
  const work = mkdtempSync(join(tmpdir(), 'shagym-ff-archive-'));
  try {
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('не тот цвет')]);
    const photoPath = join(work, 'цвет.jpg');
    writeFileSync(photoPath, photo);

    const page = await openExtensionPage(firefox, '/popup.html');
    await until(() => page.evaluate(() => !!document.querySelector('main')), 'the popup');
    await putRows(page, 'cases', [kase]);
    await page.close();
    const casePage = await openExtensionPage(firefox, `/case.html?id=${kase.id}`);
    const input = (await until(
      () => casePage.$('input[name="evidence-files"]'),
      'the file input',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(photoPath);
    await until(
      async () => (await textOf(casePage, 'section.evidence [role="status"]')) === 'Добавлен 1 файл.',
      'added',
    );
    const [row] = await readRows(casePage, 'evidence');
    expect(row).toMatchObject({
      fileName: 'цвет.jpg',
      size: photo.length,
      sha256: sha256(photo),
      caseId: kase.id,
    });
    expect(await textOf(casePage, '[data-field="sha256"]')).toBe(`SHA-256 ${sha256(photo)}`);

    // Export: Firefox saves the download into downloadDir without asking.
    await casePage.locator('button ::-p-text(Скачать архив жалобы (ZIP))').click();
    const zipName = await until(
      async () => readdirSync(downloadDir).find((f) => /^shagym-612345679-.*\.zip$/.test(f)),
      'the downloaded ZIP',
      20_000,
    );
    const zipPath = join(downloadDir, zipName!);
    // Wait for a complete file (Firefox writes a .part first, then renames).
    await until(
      async () => readdirSync(downloadDir).every((f) => !f.endsWith('.part')),
      'the download to finish',
    );
    expect(spawnSync('unzip', ['-q', zipPath, '-d', join(work, 'out')]).status).toBe(0);
    const [top] = readdirSync(join(work, 'out'));
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], {
      cwd: join(work, 'out', top!),
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('цвет.jpg: OK');

    // Import into an emptied database.
    await clearTables(casePage, ['cases', 'evidence', 'evidenceBlobs']);
    const archive = await openExtensionPage(firefox, '/archive.html');
    const file = (await until(
      () => archive.$('input[name="archive"]'),
      'the archive input',
    )) as ElementHandle<HTMLInputElement>;
    await file.uploadFile(zipPath);
    await until(
      async () => (await textOf(archive, '[data-count="add"]')) === 'Будет добавлено жалоб: 1',
      'the import preview',
    );
    expect(await textOf(archive, '[data-count="add-files"]')).toBe('Будет добавлено доказательств: 1');
    await archive.locator('button ::-p-text(Импортировать)').click();
    await until(
      async () =>
        (await textOf(archive, '[data-stage="done"]')) === 'Импортировано: жалоб — 1, доказательств — 1.',
      'imported',
    );
    expect((await readRows(archive, 'cases'))[0]).toEqual(JSON.parse(JSON.stringify(kase)));
    expect((await readRows(archive, 'evidence')).map((e) => e.sha256)).toEqual([sha256(photo)]);
    const blob = await archive.evaluate(
      (id) =>
        new Promise<number[]>((resolve) => {
          const open = indexedDB.open('shagym');
          open.onsuccess = () => {
            const req = open.result.transaction('evidenceBlobs').objectStore('evidenceBlobs').get(id);
            req.onsuccess = () =>
              void (req.result.bytes as Blob).arrayBuffer().then((b) => resolve([...new Uint8Array(b)]));
          };
        }),
      row!.id,
    );
    expect(sha256(new Uint8Array(blob))).toBe(sha256(photo));
    expect(readFileSync(zipPath).length).toBeGreaterThan(0);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
