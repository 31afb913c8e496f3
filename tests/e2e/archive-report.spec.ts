/**
 * report.html in real Chromium (issue 12, item 1): a case with a photo, a video and a PDF is exported in
 * Kazakh from the case page; the unzipped report opens in a fresh browser with every request outside the
 * folder refused, shows each piece of evidence with its hash and its thumbnail drawn (the photo itself,
 * the video's first frame from thumbnails/), the product's picture beside the facts, and prints to a
 * PDF whose text layer holds the Kazakh words (pdftotext).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, expect, test } from './fixtures';
import { chooseKazakh, seedCaseWithPhotoAndPdf, unzipAndCheckSums } from './archive-support';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Every letter of the Kazakh alphabet that Russian lacks, in words. */
const KAZAKH = 'Шаһар қоймасынан келген тауардың әйнегі сынған, ұсынылған өнім үлгісіне сәйкес емес.';

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

test('report.html: every piece of evidence with its hash and thumbnail, offline, printed to PDF in Kazakh', async ({
  page,
  extensionId,
}) => {
  const { kase, png, pdf } = await seedCaseWithPhotoAndPdf(page, extensionId, {
    description: KAZAKH,
    photoName: 'сынған <әйнек> #1.png',
  });
  // A WebM of about a second recorded by the browser: its preview is its first frame.
  const webm = new Uint8Array(
    await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 240;
      const ctx = canvas.getContext('2d')!;
      const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm' });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (e) => chunks.push(e.data);
      const stopped = new Promise((r) => (recorder.onstop = r));
      recorder.start(100);
      const start = performance.now();
      await new Promise<void>((resolve) => {
        const frame = () => {
          ctx.fillStyle = 'rgb(0, 160, 0)';
          ctx.fillRect(0, 0, 320, 240);
          if (performance.now() - start < 1000) requestAnimationFrame(frame);
          else resolve();
        };
        frame();
      });
      recorder.stop();
      await stopped;
      return [...new Uint8Array(await new Blob(chunks).arrayBuffer())];
    }),
  );
  await page.getByLabel('Что это').selectOption({ label: 'Видео распаковки' });
  await page
    .getByLabel('Добавить файлы')
    .setInputFiles({ name: 'ашу.webm', mimeType: 'video/webm', buffer: Buffer.from(webm) });
  await expect(page.locator('.evidence-item')).toHaveCount(3);
  // Its first frame was drawn and stored when it was added.
  await expect(page.locator('[data-field="preview"][data-source="video"] img')).toBeVisible();

  await chooseKazakh(page, extensionId, kase.id);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Шағым мұрағатын жүктеп алу (ZIP)' }).click();
  const download = await downloading;

  const dir = mkdtempSync(join(tmpdir(), 'shagym-report-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
  try {
    const zipPath = join(dir, download.suggestedFilename());
    await download.saveAs(zipPath);
    const { folder, sums } = unzipAndCheckSums(zipPath, dir);
    expect(sums).toContain('report.html: OK');

    // A fresh browser, nothing but the unzipped folder: any other request is refused and counted.
    const context = await browser.newContext();
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file://')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const report = await context.newPage();
    await report.goto(pathToFileURL(join(folder, 'report.html')).href);
    await expect(report.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(report.getByRole('heading', { name: 'Бұл файлдарды қалай тексеруге болады' })).toBeVisible();
    await expect(report.locator('.case .text').first()).toHaveText(KAZAKH);

    const entries = report.locator('article.evidence');
    await expect(entries).toHaveCount(3);
    const caseFolder = readdirSync(join(folder, 'cases'))[0]!;
    const files = readdirSync(join(folder, 'cases', caseFolder, 'evidence'));
    expect(files.sort()).toEqual(['01-сынған _әйнек_ _1.png', '02-чек.pdf', '03-ашу.webm']);
    // Thumbnails Shagym drew: the photo's preview, the video's first frame, the product's picture.
    expect(readdirSync(join(folder, 'thumbnails', 'cases', caseFolder)).sort()).toEqual([
      '01-сынған _әйнек_ _1.png.jpg',
      '03-ашу.webm.jpg',
      'product.jpg',
    ]);
    expect(sums).toContain(`thumbnails/cases/${caseFolder}/03-ашу.webm.jpg: OK`);
    for (const [bytes, name] of [
      [png, '01-сынған _әйнек_ _1.png'],
      [pdf, '02-чек.pdf'],
      [webm, '03-ашу.webm'],
    ] as const) {
      const entry = entries.filter({ hasText: name });
      await expect(entry).toHaveAttribute('data-sha256', sha256(bytes));
      await expect(entry.locator('.hash')).toHaveText(sha256(bytes));
    }
    // The photo's thumbnail is the file beside the report, decoded; the PDF has none; the video's is its
    // first frame, said to be Shagym's.
    const thumbs = report.locator('article.evidence img');
    await expect(thumbs).toHaveCount(2);
    const drawn = (img: HTMLImageElement) => img.complete && img.naturalWidth;
    await expect.poll(() => thumbs.first().evaluate(drawn)).toBe(64);
    const frame = entries.filter({ hasText: '03-ашу.webm' }).locator('.thumb[data-thumb="preview"]');
    await expect(frame.locator('img')).toHaveAttribute('src', /^thumbnails\/cases\/.*03-/);
    await expect.poll(() => frame.locator('img').evaluate(drawn)).toBe(320);
    await expect(frame).toContainText('Shagym жасаған шағын кескін');
    // The product's picture (the first photo's preview) beside the order's facts.
    const product = report.locator('.case [data-field="product-picture"] img');
    await expect(product).toHaveAttribute('src', /product\.jpg$/);
    await expect.poll(() => product.evaluate(drawn)).toBe(64);
    expect(outside).toEqual([]);

    // Print to PDF; its text layer holds the Kazakh text, letter for letter.
    const printed = join(dir, 'report.pdf');
    await report.pdf({ path: printed, format: 'A4', printBackground: true });
    expect(readFileSync(printed).subarray(0, 5).toString()).toBe('%PDF-');
    if (!hasPdftotext) {
      test.info().annotations.push({
        type: 'skipped check',
        description:
          'pdftotext is not installed (apt-get install poppler-utils): the PDF text layer was not checked',
      });
      return;
    }
    const extracted = spawnSync('pdftotext', ['-enc', 'UTF-8', printed, '-'], { encoding: 'utf8' });
    expect(extracted.status, extracted.stderr).toBe(0);
    const pdfText = extracted.stdout.replace(/\s+/g, ' ');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і']) expect(pdfText).toContain(letter);
    expect(pdfText).toContain('Бұл файлдарды қалай тексеруге болады');
    expect(pdfText).toContain('Шаһар қоймасынан келген тауардың әйнегі сынған');
    // A hash may wrap at the end of a line: compare without white space.
    const compact = pdfText.replace(/ /g, '');
    expect(compact).toContain(sha256(png));
    expect(compact).toContain(sha256(pdf));
    expect(compact).toContain(sha256(webm));
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
