/**
 * Issue 11, parts 3–6, in real Chromium with the built extension: a picture and a video get their
 * stored previews (the video its first frame and length) on the case page, the first picture becomes
 * the product's picture on the case card and in the popup row, the same file twice is refused with a
 * message, a removal is logged in the timeline with its hash, a page capture opens in a sandboxed frame
 * where its scripts do not run, and used and free space are shown (the browser's own estimate).
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seededCase } from '../support/cases';
import { putRows, readRows } from '../support/extension-db';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A 1280 × 720 PNG drawn by the browser (a real picture to decode). */
async function picture(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1280, 720);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = 'rgb(200, 30, 30)';
    ctx.fillRect(0, 0, 1280, 720);
    ctx.fillStyle = 'rgb(20, 20, 200)';
    ctx.fillRect(320, 180, 640, 360);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  return Buffer.from(bytes);
}

/** A WebM of about 1.5 s recorded by the browser (MediaRecorder: no length in its header). */
async function video(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 360;
    const ctx = canvas.getContext('2d')!;
    const stream = canvas.captureStream(25);
    const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((r) => (recorder.onstop = r));
    recorder.start(100);
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const frame = () => {
        const t = performance.now() - start;
        ctx.fillStyle = t < 750 ? 'rgb(0, 160, 0)' : 'rgb(0, 0, 160)';
        ctx.fillRect(0, 0, 640, 360);
        if (t < 1500) requestAnimationFrame(frame);
        else resolve();
      };
      frame();
    });
    recorder.stop();
    await stopped;
    const blob = new Blob(chunks, { type: 'video/webm' });
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  return Buffer.from(bytes);
}

test('evidence previews, product picture, duplicates, removal log, sandboxed page capture, storage figures', async ({
  page,
  context,
  extensionId,
}) => {
  const kase = seededCase({ order: { productUrl: null } });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('main')).toBeVisible();
  await putRows(page, 'cases', [kase]);
  await page.goto(`chrome-extension://${extensionId}/case.html?id=${kase.id}`);
  const section = page.locator('section.evidence');
  await expect(section.getByText('Файлов пока нет.')).toBeVisible();

  // Storage: the figures are the browser's own estimate, in the buyer's words.
  const estimate = await page.evaluate(() => navigator.storage.estimate());
  const used = section.locator('[data-field="storage-used"]');
  await expect(used).toHaveText(/^Занято .+, свободно .+\.$/);
  const free = Number(await used.getAttribute('data-free'));
  expect(Math.abs(free - (estimate.quota! - estimate.usage!))).toBeLessThan(64 * 1024 * 1024);
  await expect(section.locator('[data-field="storage-kept"]')).toHaveAttribute(
    'data-state',
    /^(kept|not-kept|unknown)$/,
  );
  // No picture yet: the card shows the title's first letter.
  const card = page.locator('[data-product-card]');
  await expect(card.locator('[data-field="picture"]')).toHaveCount(0);

  // A picture: its preview (≤ 320 px) is drawn once and stored beside it; it becomes the product picture.
  const png = await picture(page);
  await section.getByLabel('Что это').selectOption({ label: 'Фото' });
  await section
    .getByLabel('Добавить файлы')
    .setInputFiles({ name: 'брак.png', mimeType: 'image/png', buffer: png });
  await expect(section.getByRole('status')).toHaveText('Добавлен 1 файл.');
  const items = section.locator('.evidence-item');
  const thumb = items.nth(0).locator('[data-field="preview"] img');
  await expect(thumb).toBeVisible();
  await expect
    .poll(() => thumb.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]))
    .toEqual([320, 180]);
  await expect(thumb).toHaveAttribute('src', /^blob:chrome-extension:\/\//);
  const previews = await readRows(page, 'evidencePreviews');
  expect(previews).toHaveLength(1);
  const [photoRow] = await readRows(page, 'evidence');
  expect(photoRow).toMatchObject({
    sha256: sha256(png),
    size: png.length,
    media: { width: 1280, height: 720 },
  });
  // The original's bytes are kept as they were.
  const stored = await page.evaluate(
    (id) =>
      new Promise<number[]>((resolve) => {
        const open = indexedDB.open('shagym');
        open.onsuccess = () => {
          const get = open.result.transaction('evidenceBlobs').objectStore('evidenceBlobs').get(id);
          get.onsuccess = async () =>
            resolve(Array.from(new Uint8Array(await (get.result.bytes as Blob).arrayBuffer())));
        };
      }),
    photoRow!.id,
  );
  expect(sha256(Buffer.from(stored))).toBe(sha256(png));
  const cardPicture = card.locator('img[data-field="picture"]');
  await expect(cardPicture).toBeVisible();
  await expect.poll(() => cardPicture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);

  // The same file again (another name, another kind): refused, with the file that has it; nothing written.
  await section.getByLabel('Что это').selectOption({ label: 'Чек или документ о покупке' });
  await section
    .getByLabel('Добавить файлы')
    .setInputFiles({ name: 'копия.png', mimeType: 'image/png', buffer: png });
  await expect(section.getByRole('status')).toContainText(
    '«копия.png» не добавлен: точно такой же файл уже есть в этом деле — «брак.png», добавлен',
  );
  await expect(items).toHaveCount(1);
  expect(await readRows(page, 'evidence')).toHaveLength(1);
  expect(await readRows(page, 'evidenceBlobs')).toHaveLength(1);

  // A video: its first frame and its length.
  const webm = await video(page);
  await section.getByLabel('Что это').selectOption({ label: 'Видео распаковки' });
  await section
    .getByLabel('Добавить файлы')
    .setInputFiles({ name: 'распаковка.webm', mimeType: 'video/webm', buffer: webm });
  await expect(section.getByRole('status')).toHaveText('Добавлен 1 файл.');
  await expect(items).toHaveCount(2);
  const clip = items.nth(1);
  await expect(clip.locator('[data-field="preview"][data-source="video"] img')).toBeVisible();
  await expect(clip.locator('[data-field="duration"]')).toHaveText(/^длительность 0:0[12]$/);
  // The first frame is green (drawn before the colour changes to blue).
  const firstFrame = await clip
    .locator('[data-field="preview"] img')
    .evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const c = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return Array.from(
        ctx.getImageData(img.naturalWidth >> 1, img.naturalHeight >> 1, 1, 1).data.slice(0, 3),
      );
    });
  expect(firstFrame[1]).toBeGreaterThan(100);
  expect(firstFrame[2]).toBeLessThan(80);

  // A page capture: it opens in a sandboxed frame, where its scripts and handlers never run.
  const capture = Buffer.from(
    `<!doctype html><html><head><title>Рашгард черный</title><style>h1{color:red}</style>
<script>document.documentElement.setAttribute('data-ran', 'script'); parent.postMessage('ran', '*')</script></head>
<body><h1>Рашгард черный</h1><p>2 810 ₸</p>
<img alt="Фото товара" src="data:image/png;base64,${png.toString('base64')}" onload="document.body.setAttribute('data-ran','onload')">
<img src="x" onerror="document.body.setAttribute('data-ran','onerror')"></body></html>`,
  );
  await section.getByLabel('Что это').selectOption({ label: 'Снимок карточки товара' });
  await section
    .getByLabel('Добавить файлы')
    .setInputFiles({ name: 'kaspi-121207970.html', mimeType: 'text/html', buffer: capture });
  await expect(items).toHaveCount(3);
  const pageItem = items.nth(2);
  await expect(pageItem.locator('[data-field="preview"]')).toHaveCount(0);
  await page.evaluate(() => {
    (window as unknown as { __messages: unknown[] }).__messages = [];
    window.addEventListener('message', (e) =>
      (window as unknown as { __messages: unknown[] }).__messages.push(e.data),
    );
  });
  await pageItem.getByRole('button', { name: 'Просмотр страницы' }).click();
  const frameEl = pageItem.locator('iframe[data-field="page-preview"]');
  // Sandboxed without scripts (the one flag lets it show its pictures' blob: URLs).
  await expect(frameEl).toHaveAttribute('sandbox', 'allow-same-origin');
  const frame = pageItem.frameLocator('iframe[data-field="page-preview"]');
  await expect(frame.locator('h1')).toHaveText('Рашгард черный');
  const inlined = frame.locator('img[alt="Фото товара"]');
  await expect(inlined).toHaveAttribute('src', /^blob:chrome-extension:\/\//);
  await expect.poll(() => inlined.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1280);
  await page.waitForTimeout(300);
  expect(await frame.locator('html').getAttribute('data-ran')).toBeNull();
  expect(await frame.locator('body').getAttribute('data-ran')).toBeNull();
  expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([]);
  await expect(pageItem.locator('[data-field="styles-removed"]')).toBeVisible();
  // The stored file is untouched by the preview.
  const pageRow = (await readRows(page, 'evidence')).find((r) => r.fileName === 'kaspi-121207970.html')!;
  expect(pageRow.sha256).toBe(sha256(capture));

  // Removing a file: gone, and the timeline says what, its hash, when.
  await clip.getByRole('button', { name: 'Удалить' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Удалить' }).click();
  await expect(items).toHaveCount(2);
  const removed = page.locator('.timeline li[data-event="evidence-removed"]');
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText('Удалено доказательство');
  await expect(removed).toContainText(`распаковка.webm · SHA-256 ${sha256(webm)}`);
  await expect(removed.getByRole('button')).toHaveCount(0);
  const [stored1] = await readRows(page, 'cases');
  const event = (stored1!.timeline as { kind: string; evidence?: unknown }[]).find(
    (e) => e.kind === 'evidence-removed',
  );
  expect(event?.evidence).toMatchObject({
    fileName: 'распаковка.webm',
    sha256: sha256(webm),
    kind: 'unboxing-video',
  });
  expect(await readRows(page, 'evidencePreviews')).toHaveLength(1);

  // The popup row shows the product's picture.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const rowPicture = popup.locator(`[data-case-id="${kase.id}"] img[data-field="picture"]`);
  await expect(rowPicture).toBeVisible();
  await expect.poll(() => rowPicture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
});

test('settings show used and free space', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/settings.html`);
  await expect(page.getByRole('heading', { name: 'Место для данных' })).toBeVisible();
  await expect(page.locator('[data-field="storage-used"]')).toHaveText(/^Занято .+, свободно .+\.$/);
});
