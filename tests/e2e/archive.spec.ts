/**
 * Export and import in real Chromium: the case page downloads a ZIP that the real `unzip` and
 * `sha256sum -c` accept; the archive page imports it back into an emptied database (after showing
 * what it would do), reports a tampered file and imports the rest, and imports nothing twice.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect, test } from './fixtures';
import { seededCase } from '../support/cases';
import { clearTables, putRows, readRows } from '../support/extension-db';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const TABLES = ['cases', 'evidence', 'evidenceBlobs', 'reminders'];

test('a case exports to a ZIP that sha256sum -c accepts, and imports back; a tampered file is left out', async ({
  page,
  extensionId,
}) => {
  const kase = seededCase({ description: 'Шов разошёлся после первой стирки.' });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('main')).toBeVisible();
  await putRows(page, 'cases', [kase]);
  await page.goto(`chrome-extension://${extensionId}/case.html?id=${kase.id}`);
  const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...strToU8('шов')]);
  const video = new Uint8Array(200_000).map((_, i) => (i * 31) % 251);
  await page.getByLabel('Что это').selectOption({ label: 'Фото' });
  await page
    .getByLabel('Добавить файлы')
    .setInputFiles({ name: 'шов.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(photo) });
  await page.getByLabel('Что это').selectOption({ label: 'Видео распаковки' });
  await page.getByLabel('Добавить файлы').setInputFiles({
    name: 'распаковка: 1/2.mp4',
    mimeType: 'video/mp4',
    buffer: Buffer.from(video),
  });
  await expect(page.locator('.evidence-item')).toHaveCount(2);

  // Export: a real download.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать архив жалобы (ZIP)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^shagym-612345678-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.locator('[data-field="export"]')).toHaveText(
    `Архив ${download.suggestedFilename()} готов.`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'shagym-export-'));
  try {
    const zipPath = join(dir, download.suggestedFilename());
    await download.saveAs(zipPath);
    const zip = new Uint8Array(readFileSync(zipPath));

    // The real tools: unzip, then sha256sum -c in the one top folder.
    expect(spawnSync('unzip', ['-q', zipPath, '-d', join(dir, 'out')]).status).toBe(0);
    const [top, ...more] = readdirSync(join(dir, 'out'));
    expect(more).toEqual([]);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], {
      cwd: join(dir, 'out', top!),
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const ok = check.stdout.trim().split('\n');
    expect(ok.every((l) => l.endsWith(': OK'))).toBe(true);
    const files = ok.map((l) => l.slice(0, -': OK'.length));
    const photoPath = files.find((f) => f.endsWith('шов.jpg'))!;
    const videoPath = files.find((f) => f.endsWith('.mp4'))!;
    expect(photoPath).toMatch(/^cases\/612345678-[0-9a-f]{8}\/evidence\//);
    expect(videoPath).not.toContain('/2.mp4'); // the name's slash cannot make a folder
    expect(sha256(readFileSync(join(dir, 'out', top!, videoPath)))).toBe(sha256(video));
    const summary = readFileSync(
      join(
        dir,
        'out',
        top!,
        files.find((f) => f.endsWith('summary.txt'))!,
      ),
      'utf8',
    );
    expect(summary).toContain('612345678');
    expect(summary).toContain(sha256(photo));
    expect(files.some((f) => f.includes('/letters/'))).toBe(true);

    // Import into an emptied database: first what it would do, then, on confirmation, the writing.
    await clearTables(page, TABLES);
    await page.goto(`chrome-extension://${extensionId}/archive.html`);
    await expect(page.getByRole('heading', { name: 'Архив: экспорт и импорт' })).toBeVisible();
    await page.getByLabel('Архив Shagym (ZIP)').setInputFiles(zipPath);
    const preview = page.locator('[data-field="preview"]');
    await expect(preview.locator('[data-count="add"]')).toHaveText('Будет добавлено жалоб: 1');
    await expect(preview.locator('[data-count="add-files"]')).toHaveText('Будет добавлено доказательств: 2');
    expect(await readRows(page, 'cases')).toEqual([]); // nothing written yet
    if (process.env.SCREENSHOTS === '1') {
      await page.setViewportSize({ width: 900, height: 820 });
      await page.screenshot({ path: 'docs/screenshots/ru-light-900-13-import.png' });
    }
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await expect(page.getByText('Импортировано: жалоб — 1, доказательств — 2.')).toBeVisible();
    const [back] = await readRows(page, 'cases');
    expect(back).toEqual(JSON.parse(JSON.stringify(kase)));
    const evidence = await readRows(page, 'evidence');
    expect(evidence.map((e) => e.sha256).sort()).toEqual([sha256(photo), sha256(video)].sort());
    // Reminders were planned again by the background.
    await expect.poll(async () => (await readRows(page, 'reminders')).length).toBeGreaterThan(0);

    // The same archive again: nothing to import.
    await page.getByLabel('Архив Shagym (ZIP)').setInputFiles(zipPath);
    await expect(page.getByText('Импортировать нечего: всё из архива уже есть.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Импортировать' })).toBeDisabled();

    // A byte of the video changed (SHA256SUMS kept): that file is reported and left out, the rest imported.
    const entries = unzipSync(zip);
    const videoEntry = Object.keys(entries).find((k) => k.endsWith('.mp4'))!;
    const tampered = entries[videoEntry]!;
    tampered[100] = tampered[100]! ^ 0xff;
    const tamperedPath = join(dir, 'tampered.zip');
    writeFileSync(tamperedPath, zipSync(entries));
    await clearTables(page, TABLES);
    await page.getByRole('button', { name: 'Отмена' }).click();
    await page.getByLabel('Архив Shagym (ZIP)').setInputFiles(tamperedPath);
    await expect(preview.locator('[data-field="problems"] li')).toHaveText([
      `${videoPath}: файл изменён (SHA-256 не совпадает)`,
    ]);
    await expect(preview.locator('[data-count="add-files"]')).toHaveText('Будет добавлено доказательств: 1');
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await expect(page.getByText('Импортировано: жалоб — 1, доказательств — 1.')).toBeVisible();
    expect((await readRows(page, 'evidence')).map((e) => e.sha256)).toEqual([sha256(photo)]);

    // Not a ZIP at all: a clear message, nothing written.
    await page.getByLabel('Архив Shagym (ZIP)').setInputFiles({
      name: 'photo.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(strFromU8(photo, true)),
    });
    await expect(page.locator('.notice--error')).toHaveText('Это не ZIP-архив.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
