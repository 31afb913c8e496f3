/**
 * Zero network, asserted (Chromium): every request made by the extension's own contexts — the service
 * worker, the extension pages (popup, case, archive) and the panel framed on kaspi.kz — is recorded
 * through a whole complaint, a page capture, an evidence file, a ZIP export and its import, and the test
 * fails on any whose URL is not the extension's own, data: or blob: — with one exception, asked for by the
 * buyer: the page capture copies the pictures, styles and fonts of the page from Kaspi's CDN
 * (resources.cdn-kaspi.kz, ks-static.cdn-kaspi.kz, an optional host permission granted here as the
 * buyer's "Allow" grants it, served from tests/fixtures/kaspi-cdn): those requests are allowed only from
 * the framed panel, only to those two hosts, and only while the capture runs. Requests of the kaspi.kz
 * page itself (its top frame, served from fixtures) are not ours and are left out.
 *
 * Recorded with Playwright's context `request` event, which reports page and frame requests and, in
 * Chromium, the service worker's (`request.serviceWorker()`), before any routing decides their fate.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page, Request } from '@playwright/test';
import { REAL_PRODUCTS } from '../support/kaspi-fixtures';
import { clearTables, readRows } from '../support/extension-db';
import { expect, launcher, panelFrame, test } from './fixtures';
import { CDN } from './page-capture-support';

const product = REAL_PRODUCTS[2]!; // Комплект ALPIKA черный, серый — one seller, Lux Auto
const isoDaysAgo = (n: number) =>
  new Date(Date.now() + 5 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

interface Seen {
  url: string;
  from: string;
}

/**
 * Who made the request: the worker, or the URL of the extension frame; 'opened' for the first navigation
 * of a new tab (ours when an extension page opened it: checked at the end); null when it is not ours.
 */
function origin(request: Request, extensionOrigin: string): string | null {
  const worker = request.serviceWorker();
  if (worker) return `worker ${worker.url()}`;
  let frame: Frame;
  try {
    frame = request.frame();
  } catch {
    return 'navigation without a frame'; // counted as ours: better a false alarm than a miss
  }
  const frameUrl = frame.url();
  if (frameUrl.startsWith(extensionOrigin)) return frameUrl; // an extension page or the framed panel
  if (frameUrl === '' || frameUrl.startsWith('about:')) {
    if (frame.parentFrame()) return frame.page().url().startsWith(extensionOrigin) ? 'subframe' : null;
    return 'opened';
  }
  return null; // the kaspi.kz page's own requests
}

/**
 * Records every request of the extension's contexts; `check()` lists those that left the extension, but
 * for the page capture's requests to Kaspi's CDN from the framed panel while `capturing()` is true.
 */
function recordRequests(context: BrowserContext, extensionId: string, capturing: () => boolean) {
  const extensionOrigin = `chrome-extension://${extensionId}/`;
  const local = (url: string) =>
    url.startsWith(extensionOrigin) || url.startsWith('data:') || url.startsWith('blob:');
  const cdn: Seen[] = [];
  const ours: Seen[] = [];
  const opened: { url: string; page: Page }[] = [];
  context.on('request', (request) => {
    const from = origin(request, extensionOrigin);
    if (from === 'opened') opened.push({ url: request.url(), page: request.frame().page() });
    else if (from !== null && capturing() && CDN.test(request.url()) && from.includes('/panel.html'))
      cdn.push({ url: request.url(), from });
    else if (from !== null) ours.push({ url: request.url(), from });
  });
  return {
    ours,
    cdn,
    async check(): Promise<Seen[]> {
      const offending = ours.filter((r) => !local(r.url));
      for (const { url, page } of opened) {
        if (local(url)) continue;
        // A tab the test opened (kaspi.kz) is not ours; one an extension page opened is.
        const opener = await page.opener();
        if (opener?.url().startsWith(extensionOrigin))
          offending.push({ url, from: `tab opened by ${opener.url()}` });
      }
      return offending;
    },
  };
}

async function next(panel: Frame) {
  await panel.getByRole('button', { name: 'Далее' }).click();
}

test.describe.configure({ timeout: 120_000 });
// The page capture's access to Kaspi's CDN, granted as the buyer's "Allow" grants it (tests/e2e/fixtures.ts).
test.use({ grantCdn: true });

test('zero network: no request leaves the extension through a whole complaint, capture, evidence, export and import', async ({
  context,
  extensionId,
  sw,
}) => {
  let capturing = false;
  const recorder = recordRequests(context, extensionId, () => capturing);

  // The launcher and the framed panel on a real product page, through every step.
  const page = await context.newPage();
  await page.goto(product.url);
  await launcher(page).click();
  const panel = await panelFrame(page);
  await expect(panel.locator('input[name="sellerName"]')).toHaveValue('Lux Auto');
  await panel.locator('input[name="orderNumber"]').fill('612345678');
  await next(panel);
  await panel.getByLabel('Не соответствует описанию').check();
  await next(panel);
  await panel.getByLabel('Вернуть деньги').check();
  await next(panel);
  await panel.locator('textarea[name="description"]').fill('Пришёл серый комплект вместо чёрного.');
  await panel.locator('input[name="orderDate"]').fill(isoDaysAgo(8));
  await panel.locator('input[name="receivedDate"]').fill(isoDaysAgo(3));
  await next(panel);
  // Capture of the listing (panel → service worker → content script) and a file picked in the panel.
  await panel.locator('[data-proof="photo"] input').check();
  capturing = true;
  await panel.getByRole('button', { name: 'Сохранить снимок этой страницы' }).click();
  await expect(panel.locator('[data-field="capture"]')).toHaveText(/^Снимок страницы сохранён \(/);
  capturing = false;
  // The capture asked Kaspi's CDN (pictures, styles, fonts of the page), from the panel, nothing else.
  expect(recorder.cdn.length).toBeGreaterThan(0);
  await panel.getByLabel('Добавить файлы').setInputFiles({
    name: 'цвет.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
  });
  await expect(panel.locator('.evidence-item')).toHaveCount(2);
  await next(panel);
  // Texts: the claim letter with the buyer's details, downloaded as .txt.
  await expect(panel.locator('pre.text-out')).toContainText('612345678');
  await panel.getByRole('tab', { name: 'Претензия продавцу' }).click();
  // Framed, the panel takes no personal details: they go in on the case page, in a tab of its own.
  const detailsTab = context.waitForEvent('page', (p) => p.url().includes('/case.html'));
  await panel.getByRole('button', { name: 'Ввести свои данные в отдельной вкладке' }).click();
  const details = await detailsTab;
  await details.getByRole('tab', { name: 'Претензия продавцу' }).click();
  await details.locator('input[name="buyerName"]').fill('Айгерим Нурланова');
  await details.locator('input[name="buyerAddress"]').fill('г. Алматы, ул. Абая, д. 10, кв. 5');
  await expect
    .poll(async () => ((await readRows(details, 'cases'))[0]?.buyer as { address?: string } | null)?.address)
    .toBe('г. Алматы, ул. Абая, д. 10, кв. 5');
  await details.close();
  await page.bringToFront();
  await expect(panel.locator('pre.text-out')).toContainText('Айгерим Нурланова');
  const letter = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Скачать .txt' }).click();
  await letter;
  await next(panel);
  // "I sent it": the background plans the reminders.
  await panel.locator('select[name="sentChannel"]').selectOption('app');
  await panel.getByRole('button', { name: 'Отметить как отправленное' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Отмечено' })).toBeVisible();

  // The popup lists the case.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.case-item')).toHaveCount(1);
  await expect.poll(async () => (await readRows(popup, 'reminders')).length).toBeGreaterThan(0);

  // The case page: one more evidence file, then the ZIP export.
  const opened = context.waitForEvent('page', (p) => p.url().includes('/case.html'));
  await panel.getByRole('button', { name: 'Открыть жалобу' }).click();
  const casePage = await opened;
  const section = casePage.locator('section.evidence');
  await section.getByLabel('Что это').selectOption({ label: 'Чек или документ о покупке' });
  await section.getByLabel('Добавить файлы').setInputFiles({
    name: 'чек.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 чек'),
  });
  await expect(section.locator('.evidence-item')).toHaveCount(3);
  const downloading = casePage.waitForEvent('download');
  await casePage.getByRole('button', { name: 'Скачать архив жалобы (ZIP)' }).click();
  const download = await downloading;
  const dir = mkdtempSync(join(tmpdir(), 'shagym-zero-network-'));
  try {
    const zipPath = join(dir, download.suggestedFilename());
    await download.saveAs(zipPath);

    // Import it back into an emptied database on the archive page.
    await clearTables(casePage, ['cases', 'evidence', 'evidenceBlobs', 'reminders']);
    const archive = await context.newPage();
    await archive.goto(`chrome-extension://${extensionId}/archive.html`);
    await archive.getByLabel('Архив Shagym (ZIP)').setInputFiles(zipPath);
    await expect(archive.locator('[data-count="add-files"]')).toHaveText('Будет добавлено доказательств: 3');
    await archive.getByRole('button', { name: 'Импортировать' }).click();
    await expect(archive.getByText('Импортировано: жалоб — 1, доказательств — 3.')).toBeVisible();
    await expect.poll(async () => (await readRows(archive, 'reminders')).length).toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The service worker has been busy (capture, reminders) and is still the one recorded.
  expect(sw.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  // The recorder saw the extension's own loads (so it was listening), and nothing else.
  expect(recorder.ours.some((r) => r.from.includes('/panel.html'))).toBe(true);
  expect(recorder.ours.some((r) => r.from.includes('/archive.html'))).toBe(true);
  const offending = await recorder.check();
  expect(offending, JSON.stringify(offending, null, 2)).toEqual([]);
});
