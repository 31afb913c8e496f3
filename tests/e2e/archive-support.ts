/**
 * Archive helpers for the Chromium e2e specs that export a case with its report (archive-report.spec.ts,
 * archive-large.spec.ts): the same case seeded with a photo and a PDF through the case page, Kazakh
 * chosen for the export, the exported ZIP unzipped and checked with `sha256sum -c`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seededCase } from '../support/cases';
import { putRows } from '../support/extension-db';
import { expect } from './fixtures';

/**
 * A case (`description` as its story) stored in the extension's database, then a photo (a real PNG,
 * drawn by the browser, so the report's thumbnail has something to decode) and a PDF added on its case
 * page, as the buyer adds them. The page is left on the case page, both files listed.
 */
export async function seedCaseWithPhotoAndPdf(
  page: Page,
  extensionId: string,
  { description, photoName }: { description: string; photoName: string },
) {
  const kase = seededCase({ description });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('main')).toBeVisible();
  await putRows(page, 'cases', [kase]);
  const png = new Uint8Array(
    await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(64, 48);
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#c03';
      g.fillRect(0, 0, 64, 48);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      return [...new Uint8Array(await blob.arrayBuffer())];
    }),
  );
  const pdf = new TextEncoder().encode('%PDF-1.4\n% чек\n%%EOF\n');

  await page.goto(`chrome-extension://${extensionId}/case.html?id=${kase.id}`);
  await page.getByLabel('Что это').selectOption({ label: 'Фото' });
  await page
    .getByLabel('Добавить файлы')
    .setInputFiles({ name: photoName, mimeType: 'image/png', buffer: Buffer.from(png) });
  await page.getByLabel('Что это').selectOption({ label: 'Чек или документ о покупке' });
  await page
    .getByLabel('Добавить файлы')
    .setInputFiles({ name: 'чек.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
  await expect(page.locator('.evidence-item')).toHaveCount(2);
  return { kase, png, pdf };
}

/** The buyer reads Kazakh (chosen in the popup): the export follows the UI's language. Back on the case page. */
export async function chooseKazakh(page: Page, extensionId: string, caseId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await page.goto(`chrome-extension://${extensionId}/case.html?id=${caseId}`);
}

/**
 * Unzips the exported archive into `<dir>/out` and runs `sha256sum -c SHA256SUMS` in its folder, which
 * must pass. Returns the folder and what sha256sum printed.
 */
export function unzipAndCheckSums(zipPath: string, dir: string): { folder: string; sums: string } {
  expect(spawnSync('unzip', ['-q', zipPath, '-d', join(dir, 'out')]).status).toBe(0);
  const [top] = readdirSync(join(dir, 'out'));
  const folder = join(dir, 'out', top!);
  const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  return { folder, sums: check.stdout };
}
