/**
 * Issue 12, "Done when", in real Chromium: a case with a photo, a PDF, a page capture and ~300 MB of
 * generated video (a 250 MB one — evidence is at most 256 MiB — and a 50 MB one), generated in the
 * browser, never stored in the repository. The export streams (progress in bytes, a Cancel midway
 * downloads nothing); the ZIP passes
 * `unzip -t` and `sha256sum -c`; report.html opens in a fresh browser with no network and lists every
 * piece of evidence with its hash (and the photo's thumbnail drawn) and prints to a PDF whose text
 * layer holds the Kazakh text; the archive imports into a fresh profile with the same hashes and the
 * same bytes, and importing it again adds nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH, expect, launchWithExtension, serviceWorker, test } from './fixtures';
import { putRows, readRows } from '../support/extension-db';
import { chooseKazakh, seedCaseWithPhotoAndPdf, unzipAndCheckSums } from './archive-support';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const KAZAKH = 'Шаһар қоймасынан келген тауардың әйнегі сынған, ұсынылған өнім үлгісіне сәйкес емес.';
const MB = 1_000_000;

/**
 * Generates a video-like file of `size` bytes in the page (xorshift, 1 MiB at a time: incompressible)
 * and stores it as evidence of the case, as addEvidence would (metadata + Blob). Returns its SHA-256.
 */
async function seedVideo(page: Page, caseId: string, fileName: string, size: number, capturedAt: number) {
  return page.evaluate(
    async ({ caseId, fileName, size, capturedAt }) => {
      const parts: Uint8Array[] = [];
      let x = (size ^ 0x9e3779b9) >>> 0 || 1;
      for (let at = 0; at < size; at += 1 << 20) {
        const n = Math.min(1 << 20, size - at);
        const chunk = new Uint8Array(n);
        const words = new Uint32Array(chunk.buffer, 0, n >>> 2);
        for (let i = 0; i < words.length; i++) {
          x ^= x << 13;
          x ^= x >>> 17;
          x ^= x << 5;
          words[i] = x >>> 0;
        }
        parts.push(chunk);
      }
      const blob = new Blob(parts as BlobPart[], { type: 'video/mp4' });
      parts.length = 0;
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
      const sha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
      const id = crypto.randomUUID();
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['evidence', 'evidenceBlobs'], 'readwrite');
          tx.objectStore('evidence').put({
            id,
            caseId,
            kind: 'unboxing-video',
            fileName,
            mime: 'video/mp4',
            size,
            sha256,
            capturedAt,
            importedAt: null,
            sourceUrl: null,
            note: '',
            takenAt: null,
            camera: null,
            capture: null,
          });
          tx.objectStore('evidenceBlobs').put({ id, bytes: blob });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
      return sha256;
    },
    { caseId, fileName, size, capturedAt },
  );
}

/** SHA-256 of every stored evidence Blob, hashed in the page: the bytes themselves, not the metadata. */
async function storedHashes(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('evidenceBlobs').objectStore('evidenceBlobs').getAll();
          all.onsuccess = async () => {
            const out: string[] = [];
            for (const row of all.result as { bytes: Blob }[]) {
              const d = new Uint8Array(await crypto.subtle.digest('SHA-256', await row.bytes.arrayBuffer()));
              out.push([...d].map((b) => b.toString(16).padStart(2, '0')).join(''));
            }
            open.result.close();
            resolve(out.sort());
          };
        };
      }),
  );
}

test('~300 MB of evidence: streamed export, unzip -t, sha256sum -c, report offline and in PDF, import in a fresh profile', async ({
  page,
  extensionId,
}) => {
  test.setTimeout(300_000);
  const { kase, png, pdf } = await seedCaseWithPhotoAndPdf(page, extensionId, {
    description: KAZAKH,
    photoName: 'сынған.png',
  });
  const capture = new TextEncoder().encode('<!doctype html><title>Kaspi</title><p>Тауар беті</p>');

  const now = Date.now();
  const captureId = crypto.randomUUID();
  await putRows(page, 'evidence', [
    {
      id: captureId,
      caseId: kase.id,
      kind: 'listing-snapshot',
      fileName: 'kaspi-page.html',
      mime: 'text/html',
      size: capture.length,
      sha256: sha256(capture),
      capturedAt: now,
      importedAt: null,
      sourceUrl: 'https://kaspi.kz/shop/p/item-117420207/',
      note: '',
      takenAt: null,
      camera: null,
      capture: {
        method: 'page-html',
        url: 'https://kaspi.kz/shop/p/item-117420207/',
        title: 'Kaspi',
        viewport: { width: 1280, height: 900 },
        pageSize: { width: 1280, height: 3000 },
        devicePixelRatio: 1,
        browser: 'Chrome 140.0.0.0',
        extensionVersion: '0.1.0',
        resources: [],
      },
    },
  ]);
  await page.evaluate(
    async ({ id, text }) => {
      const blob = new Blob([text], { type: 'text/html' });
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shagym');
        open.onsuccess = () => {
          const tx = open.result.transaction('evidenceBlobs', 'readwrite');
          tx.objectStore('evidenceBlobs').put({ id, bytes: blob });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { id: captureId, text: new TextDecoder().decode(capture) },
  );
  const bigSha = await seedVideo(page, kase.id, 'распаковка.mp4', 250 * MB, now + 1);
  const smallSha = await seedVideo(page, kase.id, 'распаковка-2.mp4', 50 * MB, now + 2);
  const expected = [sha256(png), sha256(pdf), sha256(capture), bigSha, smallSha].sort();

  // Kazakh, so the report and the PDF are in Kazakh.
  await chooseKazakh(page, extensionId, kase.id);
  await expect(page.locator('.evidence-item')).toHaveCount(5);

  const dir = mkdtempSync(join(tmpdir(), 'shagym-large-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
  let fresh: Awaited<ReturnType<typeof launchWithExtension>> | null = null;
  try {
    // Cancel midway (these videos were stored without their CRC-32, as before it was kept: the export
    // reads them, for seconds): no download, the status says nothing was saved.
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: 'Шағым мұрағатын жүктеп алу (ZIP)' }).click();
    await page.locator('[data-action="cancel-export"]').click();
    await expect(page.locator('[data-field="export"]')).toHaveAttribute('data-state', 'cancelled');
    await expect(page.locator('[data-field="export"]')).toHaveText('Экспорт тоқтатылды: ештеңе сақталмады.');
    expect(downloads).toBe(0);

    const downloading = page.waitForEvent('download', { timeout: 120_000 });
    const started = Date.now();
    await page.getByRole('button', { name: 'Шағым мұрағатын жүктеп алу (ZIP)' }).click();
    // Progress in bytes while it streams (the status says how much of the total is read).
    await expect(page.locator('[data-field="export"][data-state="busy"]')).toContainText('/');
    const download = await downloading;
    const exportSeconds = (Date.now() - started) / 1000;
    await expect(page.locator('[data-field="export"]')).toHaveAttribute('data-state', 'ok');
    const zipPath = join(dir, download.suggestedFilename());
    await download.saveAs(zipPath);
    const zipSize = statSync(zipPath).size;
    expect(zipSize).toBeGreaterThan(300 * MB);
    test.info().annotations.push({
      type: 'figure',
      description: `export of ${(zipSize / MB).toFixed(0)} MB: ${exportSeconds.toFixed(1)} s to the download`,
    });

    const t = spawnSync('unzip', ['-t', zipPath], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(t.status, t.stdout + t.stderr).toBe(0);
    expect(t.stdout).toContain('No errors detected');
    const { folder, sums } = unzipAndCheckSums(zipPath, dir);
    expect(sums).toMatch(/распаковка\.mp4: OK/);

    // report.html in a fresh browser, nothing but the unzipped folder.
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
    const entries = report.locator('article.evidence');
    await expect(entries).toHaveCount(5);
    for (const hash of expected)
      await expect(report.locator(`article.evidence[data-sha256="${hash}"] .hash`)).toHaveText(hash);
    const thumbs = report.locator('article.evidence img');
    await expect
      .poll(() => thumbs.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(64);
    const printed = join(dir, 'report.pdf');
    await report.pdf({ path: printed, format: 'A4', printBackground: true });
    const extracted = spawnSync('pdftotext', ['-enc', 'UTF-8', printed, '-'], { encoding: 'utf8' });
    expect(extracted.status, extracted.stderr).toBe(0);
    const pdfText = extracted.stdout.replace(/\s+/g, ' ');
    expect(pdfText).toContain('Шаһар қоймасынан келген тауардың әйнегі сынған');
    const compact = pdfText.replace(/ /g, '');
    for (const hash of expected) expect(compact).toContain(hash);
    expect(outside).toEqual([]);
    rmSync(join(dir, 'out'), { recursive: true, force: true });

    // A fresh profile: the archive page imports it, and the stored bytes hash the same.
    fresh = await launchWithExtension(join(dir, 'profile'));
    const id = new URL((await serviceWorker(fresh)).url()).host;
    const archive = await fresh.newPage();
    await archive.goto(`chrome-extension://${id}/archive.html`);
    await expect(archive.locator('[data-field="storage"]')).toContainText('Занято');
    await archive.getByLabel('Архив Shagym (ZIP)').setInputFiles(zipPath);
    const preview = archive.locator('[data-field="preview"]');
    await expect(preview.locator('[data-count="add-files"]')).toHaveText('Будет добавлено доказательств: 5', {
      timeout: 60_000,
    });
    await archive.getByRole('button', { name: 'Импортировать' }).click();
    await expect(archive.getByText('Импортировано: жалоб — 1, доказательств — 5.')).toBeVisible({
      timeout: 60_000,
    });
    expect((await readRows(archive, 'evidence')).map((e) => e.sha256).sort()).toEqual(expected);
    expect(await storedHashes(archive)).toEqual(expected);
    const [back] = await readRows(archive, 'cases');
    expect(back).toEqual(JSON.parse(JSON.stringify(kase)));

    // The same archive again: nothing to add.
    await archive.getByLabel('Архив Shagym (ZIP)').setInputFiles(zipPath);
    await expect(archive.getByText('Импортировать нечего: всё из архива уже есть.')).toBeVisible({
      timeout: 60_000,
    });
  } finally {
    await fresh?.close();
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
