/**
 * Evidence on the case page, in real Chromium: files picked by the buyer are hashed (SHA-256, checked
 * here against Node's own hash) and timestamped, listed, verified, and removed; a file whose stored
 * bytes changed fails verification. Names from files are shown as text.
 */
import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';
import { seededCase } from '../support/cases';
import { jpegWithExif } from '../support/exif-jpeg';
import { putRows, readRows } from '../support/extension-db';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('evidence: files are hashed, timestamped, listed, verified and removed', async ({
  page,
  extensionId,
}) => {
  const kase = seededCase({ order: { productUrl: null, orderDate: null, receivedDate: null } });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('main')).toBeVisible();
  await putRows(page, 'cases', [kase]);
  await page.goto(`chrome-extension://${extensionId}/case.html?id=${kase.id}`);
  const section = page.locator('section.evidence');
  await expect(section.getByRole('heading', { name: 'Доказательства' })).toBeVisible();
  await expect(section.getByText('Файлов пока нет.')).toBeVisible();
  // Poor quality: a photo of the defect and the receipt are required.
  const required = section.locator('[data-field="required-proof"]');
  await expect(required).toHaveText(
    'Нет файлов обязательных доказательств: Фото товара и его недостатков; Чек и документы о покупке.',
  );

  // A phone photo: its EXIF says when and with what it was taken (shown as the camera's claim).
  const photo = Buffer.from(
    jpegWithExif({
      make: 'Apple',
      model: 'iPhone 13',
      dateTimeOriginal: '2026:11:16 14:03:22',
      offsetTimeOriginal: '+05:00',
    }),
  );
  const chat = Buffer.from('Продавец: возврат не принимаем');
  const before = Date.now();
  await section.getByLabel('Что это').selectOption({ label: 'Фото' });
  await section.getByLabel('Добавить файлы').setInputFiles([
    { name: 'шов <img src=x onerror=alert(1)>.jpg', mimeType: 'image/jpeg', buffer: photo },
    { name: 'переписка.txt', mimeType: 'text/plain', buffer: chat },
  ]);
  await expect(section.getByRole('status')).toHaveText('Добавлено 2 файла.');
  const items = section.locator('.evidence-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).locator('[data-field="fileName"]')).toHaveText(
    'шов <img src=x onerror=alert(1)>.jpg',
  );
  await expect(page.locator('img')).toHaveCount(0);
  await expect(items.nth(0).locator('[data-field="sha256"]')).toHaveText(`SHA-256 ${sha256(photo)}`);
  await expect(items.nth(1).locator('[data-field="sha256"]')).toHaveText(`SHA-256 ${sha256(chat)}`);
  await expect(items.nth(0)).toContainText('Фото');
  await expect(required).toHaveText('Нет файлов обязательных доказательств: Чек и документы о покупке.');
  await expect(items.nth(0).locator('[data-field="taken"]')).toHaveText(
    'снято 16 ноября 2026 г., 14:03 (по данным камеры) · камера: Apple iPhone 13',
  );
  await expect(items.nth(1).locator('[data-field="taken"]')).toHaveCount(0);

  // Stored: metadata with hash, size and time; bytes apart; the timeline says so.
  const rows = (await readRows(page, 'evidence')).sort(
    (a, b) => (a.capturedAt as number) - (b.capturedAt as number),
  );
  expect(rows.map((r) => [r.fileName, r.kind, r.size, r.sha256, r.caseId, r.takenAt, r.camera])).toEqual([
    [
      'шов <img src=x onerror=alert(1)>.jpg',
      'photo',
      photo.length,
      sha256(photo),
      kase.id,
      '2026-11-16T14:03:22+05:00',
      'Apple iPhone 13',
    ],
    ['переписка.txt', 'photo', chat.length, sha256(chat), kase.id, null, null],
  ]);
  for (const r of rows) expect(r.capturedAt as number).toBeGreaterThanOrEqual(before);
  expect(await readRows(page, 'evidenceBlobs')).toHaveLength(2);
  await expect(page.locator('.timeline')).toContainText('переписка.txt');

  // Verification re-hashes the stored bytes.
  await items.nth(1).getByRole('button', { name: 'Проверить' }).click();
  await expect(items.nth(1).locator('[data-field="check"]')).toHaveText('✓ Не изменён с момента добавления');
  const chatId = rows.find((r) => r.fileName === 'переписка.txt')!.id;
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('shagym');
        open.onsuccess = () => {
          const tx = open.result.transaction('evidenceBlobs', 'readwrite');
          tx.objectStore('evidenceBlobs').put({ id, bytes: new Blob(['Продавец: возврат принимаем']) });
          tx.oncomplete = () => resolve();
        };
      }),
    chatId,
  );
  await items.nth(1).getByRole('button', { name: 'Проверить' }).click();
  await expect(items.nth(1).locator('[data-field="check"]')).toHaveText('✗ Файл изменён или повреждён');

  // A photo opens in a new tab from a blob: URL, in the browser's own viewer.
  const opened = page.context().waitForEvent('page');
  await items.nth(0).getByRole('button', { name: 'Открыть' }).click();
  const viewer = await opened;
  expect(viewer.url()).toMatch(/^blob:chrome-extension:\/\//);
  await viewer.close();

  // Removing asks first, in a dialog of the page's own (not window.confirm): "Cancel" keeps the file.
  await items.nth(1).getByRole('button', { name: 'Удалить' }).click();
  const ask = page.getByRole('dialog', { name: 'Удалить «переписка.txt» из доказательств?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Отмена' }).click();
  await expect(ask).toBeHidden();
  await expect(items).toHaveCount(2);
  await items.nth(1).getByRole('button', { name: 'Удалить' }).click();
  await ask.getByRole('button', { name: 'Удалить' }).click();
  await expect(items).toHaveCount(1);
  expect(await readRows(page, 'evidenceBlobs')).toHaveLength(1);

  // The receipt, as its own kind: every required piece of proof now has a file.
  await section.getByLabel('Что это').selectOption({ label: 'Чек или документ о покупке' });
  await section.getByLabel('Добавить файлы').setInputFiles({
    name: 'чек.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 чек 2810 ₸'),
  });
  await expect(items).toHaveCount(2);
  await expect(required).toHaveText('Все обязательные доказательства приложены файлами.');
});
